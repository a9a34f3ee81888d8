package org.govweb.scoring.newmedia;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A post of the account (VM2).
 *
 * @param id the post's id
 * @param publishedOn when it was posted
 */
public record Post(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "publishedOn", required = true) LocalDate publishedOn) {
    /** Checks required components and copies lists (immutable). */
    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedOn, "publishedOn");
    }
}
