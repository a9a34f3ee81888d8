package org.govweb.scoring.newmedia;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A falsification found on the account (VM3).
 *
 * @param id the finding's id
 * @param kind what kind
 * @param note the inspector's note; never copied into a report (optional)
 */
public record Falsification(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "kind", required = true) FalsificationKind kind,
        @JsonProperty("note") String note) {
    /** Checks required components and copies lists (immutable). */
    public Falsification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
