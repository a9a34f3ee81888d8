package org.govweb.scoring.annual;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Falsification in managing the unit's websites or new media (A3).
 *
 * @param id the finding's id
 * @param note the inspector's note; never copied into a report (optional)
 */
public record AnnualFalsification(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty("note") String note) {
    /** Checks required components and copies lists (immutable). */
    public AnnualFalsification {
        Objects.requireNonNull(id, "id");
    }
}
