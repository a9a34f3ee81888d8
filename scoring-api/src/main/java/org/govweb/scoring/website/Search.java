package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The site search (站内搜索).
 *
 * @param available site-wide search exists and works (D4.6)
 * @param resultsGrouped results are grouped by kind (D4.6)
 * @param fuzzy fuzzy keyword search (B4.1)
 * @param aggregatesServices results aggregate information and services, 搜索即服务 (B4.1)
 * @param tests titles searched for
 */
public record Search(
        @JsonProperty(value = "available", required = true) boolean available,
        @JsonProperty(value = "resultsGrouped", required = true) boolean resultsGrouped,
        @JsonProperty(value = "fuzzy", required = true) boolean fuzzy,
        @JsonProperty(value = "aggregatesServices", required = true) boolean aggregatesServices,
        @JsonProperty(value = "tests", required = true) List<SearchTest> tests) {
    /** Checks required components and copies lists (immutable). */
    public Search {
        tests = List.copyOf(Objects.requireNonNull(tests, "tests"));
    }
}
