package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A report filed through the 我为政府网站找错 entry (D4.5).
 *
 * @param id the report's id
 * @param submittedOn when it was filed
 * @param repliedOn when it was answered; null = unanswered
 * @param replyQuality the inspector's judgement of the reply
 */
public record ErrorReport(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "submittedOn", required = true) LocalDate submittedOn,
        @JsonProperty(value = "repliedOn", required = true) LocalDate repliedOn,
        @JsonProperty(value = "replyQuality", required = true) ReplyQuality replyQuality) {
    /** Checks required components and copies lists (immutable). */
    public ErrorReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(replyQuality, "replyQuality");
    }
}
