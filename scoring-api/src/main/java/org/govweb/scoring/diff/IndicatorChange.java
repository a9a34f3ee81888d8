package org.govweb.scoring.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;

/**
 * One deduction or bonus indicator before and after: what it counted (the deduction or award after its
 * cap, zero when not scored) and how it came out. A side is null when that report does not have the
 * indicator (scored with a rule set that lacks it).
 *
 * @param indicator the indicator's ID
 * @param nameZh the checklist's Chinese name
 * @param nameEn English name
 * @param group its group's ID
 * @param kind DEDUCTION or BONUS
 * @param points its points
 * @param wasStatus how it came out in the earlier report, or null
 * @param nowStatus how it comes out in the later report, or null
 * @param counted the counted deduction or award before and after, and the change
 */
@JsonPropertyOrder({"indicator", "nameZh", "nameEn", "group", "kind", "points", "wasStatus", "nowStatus", "counted"})
public record IndicatorChange(
        @JsonProperty(value = "indicator", required = true) String indicator,
        @JsonProperty(value = "nameZh", required = true) String nameZh,
        @JsonProperty(value = "nameEn", required = true) String nameEn,
        @JsonProperty(value = "group", required = true) String group,
        @JsonProperty(value = "kind", required = true) IndicatorKind kind,
        @JsonProperty(value = "points", required = true) BigDecimal points,
        @JsonProperty(value = "wasStatus", required = true) IndicatorStatus wasStatus,
        @JsonProperty(value = "nowStatus", required = true) IndicatorStatus nowStatus,
        @JsonProperty(value = "counted", required = true) ScoreChange counted) {

    /** Checks required components. */
    public IndicatorChange {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(counted, "counted");
    }

    /**
     * @param was the indicator in the earlier report, or null
     * @param now the indicator in the later report, or null
     * @return the change (names, group, kind and points from the later report when it has the indicator)
     * @throws IllegalArgumentException when both are null
     */
    static IndicatorChange of(IndicatorAnalysis was, IndicatorAnalysis now) {
        IndicatorAnalysis names = now != null ? now : was;
        if (names == null) {
            throw new IllegalArgumentException("an indicator change needs at least one side");
        }
        return new IndicatorChange(names.indicator(), names.nameZh(), names.nameEn(), names.group(), names.kind(),
                names.points(), was == null ? null : was.status(), now == null ? null : now.status(),
                ScoreChange.of(was == null ? null : was.counted(), now == null ? null : now.counted()));
    }

    /** @return whether the status or the counted amount differs */
    public boolean changed() {
        return wasStatus != nowStatus || counted.changed();
    }
}
