package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Published service statistics (办事统计, D2.3).
 *
 * @param published statistics are published
 * @param lastUpdatedOn last update; null = never
 */
public record ServiceStatistics(
        @JsonProperty(value = "published", required = true) boolean published,
        @JsonProperty(value = "lastUpdatedOn", required = true) LocalDate lastUpdatedOn) {
}
