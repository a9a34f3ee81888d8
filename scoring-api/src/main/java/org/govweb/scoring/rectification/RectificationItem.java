package org.govweb.scoring.rectification;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.govweb.scoring.report.IndicatorStatus;

/**
 * One item of a rectification list (整改清单): a veto sub-condition to fix before anything is scored,
 * or one deduction line with the points fixing it alone would regain, respecting the indicator's cap.
 *
 * <p>For a deduction line of amount {@code a} under an indicator of points {@code P} whose lines sum to
 * {@code R}, the indicator counts {@code C = min(R, P)}; without the line it would count
 * {@code min(R − a, P)}, so fixing it regains {@code C − min(R − a, P)}, which is zero while the other
 * findings still reach the cap.
 *
 * @param rank 1 for the first item to fix
 * @param kind VETO or DEDUCTION
 * @param indicator the indicator's ID
 * @param nameZh the indicator's Chinese name
 * @param nameEn the indicator's English name
 * @param rule the rule that found it
 * @param reasonZh the veto sub-condition or the line's reason, in Chinese
 * @param reasonEn the same in English
 * @param evidenceIds ids of the evidence
 * @param status for a deduction: HIT when it counts, NOT_SCORED when a veto holds (it would count once
 *     the vetoes are fixed); null for a veto
 * @param amount the line's amount; null for a veto
 * @param regained points fixing this line alone regains (would regain, when not scored); null for a veto
 * @param points the indicator's points, its cap; null for a veto
 * @param raw the sum of the indicator's lines; null for a veto
 * @param cappedTotal what the indicator deducts after its cap, {@code min(raw, points)} (what it would
 *     deduct, when not scored); null for a veto
 */
@JsonPropertyOrder({"rank", "kind", "indicator", "nameZh", "nameEn", "rule", "reasonZh", "reasonEn", "evidenceIds",
    "status", "amount", "regained", "points", "raw", "cappedTotal"})
public record RectificationItem(
        @JsonProperty(value = "rank", required = true) int rank,
        @JsonProperty(value = "kind", required = true) RectificationKind kind,
        @JsonProperty(value = "indicator", required = true) String indicator,
        @JsonProperty(value = "nameZh", required = true) String nameZh,
        @JsonProperty(value = "nameEn", required = true) String nameEn,
        @JsonProperty(value = "rule", required = true) String rule,
        @JsonProperty(value = "reasonZh", required = true) String reasonZh,
        @JsonProperty(value = "reasonEn", required = true) String reasonEn,
        @JsonProperty(value = "evidenceIds", required = true) List<String> evidenceIds,
        @JsonProperty(value = "status", required = true) IndicatorStatus status,
        @JsonProperty(value = "amount", required = true) BigDecimal amount,
        @JsonProperty(value = "regained", required = true) BigDecimal regained,
        @JsonProperty(value = "points", required = true) BigDecimal points,
        @JsonProperty(value = "raw", required = true) BigDecimal raw,
        @JsonProperty(value = "cappedTotal", required = true) BigDecimal cappedTotal) {

    /** Checks required components and copies lists (immutable). */
    public RectificationItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        evidenceIds = List.copyOf(Objects.requireNonNull(evidenceIds, "evidenceIds"));
        if (kind == RectificationKind.DEDUCTION) {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(regained, "regained");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(cappedTotal, "cappedTotal");
        }
    }

    /**
     * @return whether fixing this deduction line alone regains nothing because the indicator's other
     *     findings still reach its cap
     */
    public boolean cappedAway() {
        return kind == RectificationKind.DEDUCTION && regained.signum() == 0 && amount.signum() > 0;
    }

    /**
     * @return for a capped indicator, how much of its findings must be fixed before any point comes back
     *     (fixing more than this regains points): {@code raw − points}; zero when not capped or for a veto
     */
    public BigDecimal overCap() {
        if (kind != RectificationKind.DEDUCTION || points == null || raw.compareTo(points) <= 0) {
            return BigDecimal.ZERO;
        }
        return raw.subtract(points);
    }

    /** @return a copy of this item at another rank */
    RectificationItem withRank(int newRank) {
        return new RectificationItem(newRank, kind, indicator, nameZh, nameEn, rule, reasonZh, reasonEn, evidenceIds,
                status, amount, regained, points, raw, cappedTotal);
    }
}
