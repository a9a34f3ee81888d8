package org.govweb.scoring.drools.fact;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A veto sub-condition (or an annual-assessment rule) that holds, inserted by the rule that found it.
 *
 * @param indicator the rule's {@code @indicator}
 * @param rule the rule's name
 * @param conditionZh the sub-condition, in Chinese
 * @param conditionEn the sub-condition, in English
 * @param evidenceIds ids, dates and counts that show it
 */
public record VetoHit(String indicator, String rule, String conditionZh, String conditionEn, List<String> evidenceIds) {
    /** Copies the evidence. */
    public VetoHit {
        evidenceIds = List.copyOf(evidenceIds);
    }

    /**
     * @param drools the firing rule's context (gives the indicator and the rule's name)
     * @param conditionZh the sub-condition, in Chinese
     * @param conditionEn the sub-condition, in English
     * @param evidence ids, items, dates, counts or collections of them
     * @return the hit
     */
    public static VetoHit of(RuleContext drools, String conditionZh, String conditionEn, Object... evidence) {
        return new VetoHit(Rules.indicator(drools), Rules.name(drools), conditionZh, conditionEn, Evidence.of(evidence));
    }
}
