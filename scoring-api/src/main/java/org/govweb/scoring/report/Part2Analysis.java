package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How Part 2 (the deduction part) was computed: out of the applicable points, scaled.
 *
 * @param outOf the applicable points: 100, or 75 without the service groups
 * @param deducted capped deductions
 * @param raw outOf minus deducted
 * @param scaleNumerator scaling factor numerator (4 for 4/3)
 * @param scaleDenominator scaling factor denominator (3 for 4/3)
 * @param scaled raw × numerator / denominator, to 10 decimals (half-up); thresholds are compared exactly on raw × numerator against threshold × denominator
 */
public record Part2Analysis(
        @JsonProperty(value = "outOf", required = true) BigDecimal outOf,
        @JsonProperty(value = "deducted", required = true) BigDecimal deducted,
        @JsonProperty(value = "raw", required = true) BigDecimal raw,
        @JsonProperty(value = "scaleNumerator", required = true) BigDecimal scaleNumerator,
        @JsonProperty(value = "scaleDenominator", required = true) BigDecimal scaleDenominator,
        @JsonProperty(value = "scaled", required = true) BigDecimal scaled) {
    /** Checks required components and copies lists (immutable). */
    public Part2Analysis {
        Objects.requireNonNull(outOf, "outOf");
        Objects.requireNonNull(deducted, "deducted");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(scaleNumerator, "scaleNumerator");
        Objects.requireNonNull(scaleDenominator, "scaleDenominator");
        Objects.requireNonNull(scaled, "scaled");
    }
}
