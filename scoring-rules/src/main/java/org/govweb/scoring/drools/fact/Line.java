package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One deduction or award, inserted by the rule that found it; the amount is written in the rule.
 *
 * @param indicator the rule's {@code @indicator}
 * @param rule the rule's name
 * @param amount points deducted or awarded (positive)
 * @param reasonZh why, in Chinese
 * @param reasonEn why, in English
 * @param evidenceIds ids, dates and counts that show it
 */
public record Line(String indicator, String rule, BigDecimal amount, String reasonZh, String reasonEn,
        List<String> evidenceIds) {
    /** Copies the evidence. */
    public Line {
        evidenceIds = List.copyOf(evidenceIds);
    }

    /**
     * @param drools the firing rule's context (gives the indicator and the rule's name)
     * @param amount the points, as a decimal literal of the rule file ("0.5")
     * @param reasonZh why, in Chinese
     * @param reasonEn why, in English
     * @param evidence ids, items, dates, counts or collections of them
     * @return the line
     */
    public static Line of(RuleContext drools, String amount, String reasonZh, String reasonEn, Object... evidence) {
        return new Line(Rules.indicator(drools), Rules.name(drools), new BigDecimal(amount), reasonZh, reasonEn,
                Evidence.of(evidence));
    }
}
