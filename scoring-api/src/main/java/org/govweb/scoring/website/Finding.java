package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * An inspector's finding that needs human judgement (D1.1–D1.3).
 *
 * @param id the finding's id
 * @param indicator the indicator it belongs to
 * @param url where it was found (optional)
 * @param note the inspector's note; never copied into a report (optional)
 */
public record Finding(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "indicator", required = true) FindingIndicator indicator,
        @JsonProperty("url") String url,
        @JsonProperty("note") String note) {
    /** Checks required components and copies lists (immutable). */
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
    }
}
