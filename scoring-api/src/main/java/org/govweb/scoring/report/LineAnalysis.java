package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One deduction or award: the rule that made it, the amount and the evidence (like Timefold's
 * MatchAnalysis).
 *
 * @param rule the rule's name in its DRL file
 * @param amount points deducted or awarded by this line (positive)
 * @param reasonZh why, in Chinese
 * @param reasonEn why, in English
 * @param evidenceIds ids of the evidence (columns, messages, items, dates …)
 */
public record LineAnalysis(
        @JsonProperty(value = "rule", required = true) String rule,
        @JsonProperty(value = "amount", required = true) BigDecimal amount,
        @JsonProperty(value = "reasonZh", required = true) String reasonZh,
        @JsonProperty(value = "reasonEn", required = true) String reasonEn,
        @JsonProperty(value = "evidenceIds", required = true) List<String> evidenceIds) {
    /** Checks required components and copies lists (immutable). */
    public LineAnalysis {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        evidenceIds = List.copyOf(Objects.requireNonNull(evidenceIds, "evidenceIds"));
    }
}
