package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Subtotal of one indicator group (一级指标).
 *
 * @param group the group's ID, e.g. D2
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param kind DEDUCTION or BONUS
 * @param points the group's points
 * @param status NOT_APPLICABLE or NOT_SCORED for the whole group, else HIT or CLEAN
 * @param counted deducted or awarded after each indicator's cap
 * @param score points minus deductions, or awarded; null when not scored
 */
public record GroupSubtotal(
        @JsonProperty(value = "group", required = true) String group,
        @JsonProperty(value = "nameZh", required = true) String nameZh,
        @JsonProperty(value = "nameEn", required = true) String nameEn,
        @JsonProperty(value = "kind", required = true) IndicatorKind kind,
        @JsonProperty(value = "points", required = true) BigDecimal points,
        @JsonProperty(value = "status", required = true) IndicatorStatus status,
        @JsonProperty(value = "counted", required = true) BigDecimal counted,
        @JsonProperty(value = "score", required = true) BigDecimal score) {
    /** Checks required components and copies lists (immutable). */
    public GroupSubtotal {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counted, "counted");
    }
}
