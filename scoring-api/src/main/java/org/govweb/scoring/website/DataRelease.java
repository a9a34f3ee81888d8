package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Data release evidence (B1.1; the update part comes from DATA_RELEASE columns).
 *
 * @param visualisedOn dates data was shown and explained visually
 * @param datasetsDownloadable data sets are updated regularly and offered for download or an API
 */
public record DataRelease(
        @JsonProperty(value = "visualisedOn", required = true) List<LocalDate> visualisedOn,
        @JsonProperty(value = "datasetsDownloadable", required = true) boolean datasetsDownloadable) {
    /** Checks required components and copies lists (immutable). */
    public DataRelease {
        visualisedOn = List.copyOf(Objects.requireNonNull(visualisedOn, "visualisedOn"));
    }
}
