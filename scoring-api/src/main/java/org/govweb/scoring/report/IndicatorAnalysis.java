package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One deduction or bonus indicator as scored (like Timefold's ConstraintAnalysis): its lines, the
 * raw total and the total after its cap.
 *
 * @param indicator the indicator's ID
 * @param nameZh the checklist's Chinese name
 * @param nameEn English name
 * @param group its group's ID
 * @param kind DEDUCTION or BONUS
 * @param points its points, which cap it
 * @param status how it came out
 * @param lines each deduction or award, sorted by rule and evidence
 * @param raw sum of the lines
 * @param counted what counts after the cap (min of raw and points); zero when not scored
 * @param capped the cap cut the raw total
 * @param score points minus deductions, or points awarded; null when not scored or not applicable
 * @param sampledIds ids checked where the indicator samples (随机抽查)
 */
public record IndicatorAnalysis(
        @JsonProperty(value = "indicator", required = true) String indicator,
        @JsonProperty(value = "nameZh", required = true) String nameZh,
        @JsonProperty(value = "nameEn", required = true) String nameEn,
        @JsonProperty(value = "group", required = true) String group,
        @JsonProperty(value = "kind", required = true) IndicatorKind kind,
        @JsonProperty(value = "points", required = true) BigDecimal points,
        @JsonProperty(value = "status", required = true) IndicatorStatus status,
        @JsonProperty(value = "lines", required = true) List<LineAnalysis> lines,
        @JsonProperty(value = "raw", required = true) BigDecimal raw,
        @JsonProperty(value = "counted", required = true) BigDecimal counted,
        @JsonProperty(value = "capped", required = true) boolean capped,
        @JsonProperty(value = "score", required = true) BigDecimal score,
        @JsonProperty(value = "sampledIds", required = true) List<String> sampledIds) {
    /** Checks required components and copies lists (immutable). */
    public IndicatorAnalysis {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(counted, "counted");
        sampledIds = List.copyOf(Objects.requireNonNull(sampledIds, "sampledIds"));
    }
}
