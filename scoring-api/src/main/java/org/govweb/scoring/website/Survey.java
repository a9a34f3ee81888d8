package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A survey or consultation activity (调查征集, B3.2).
 *
 * @param id the activity's id
 * @param online an online channel (not e-mail)
 * @param startedOn when it started
 * @param endedOn when it ended; null = not ended
 * @param feedbackPublishedOn when its feedback was published; null = not
 */
public record Survey(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "online", required = true) boolean online,
        @JsonProperty(value = "startedOn", required = true) LocalDate startedOn,
        @JsonProperty(value = "endedOn", required = true) LocalDate endedOn,
        @JsonProperty(value = "feedbackPublishedOn", required = true) LocalDate feedbackPublishedOn) {
    /** Checks required components and copies lists (immutable). */
    public Survey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedOn, "startedOn");
    }
}
