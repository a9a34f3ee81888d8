package org.govweb.scoring.drools.fact;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Something a rule wants the reader to know that does not change the score (a warning or advisory).
 *
 * @param code a stable code, e.g. {@code VW2_FEW_PROBES}
 * @param indicator the rule's {@code @indicator}
 * @param messageZh Chinese message
 * @param messageEn English message
 * @param evidenceIds ids or dates it concerns
 */
public record Notice(String code, String indicator, String messageZh, String messageEn, List<String> evidenceIds) {
    /** Copies the evidence. */
    public Notice {
        evidenceIds = List.copyOf(evidenceIds);
    }

    /**
     * @param drools the firing rule's context
     * @param code a stable code
     * @param messageZh Chinese message
     * @param messageEn English message
     * @param evidence ids, dates, counts or collections of them
     * @return the notice
     */
    public static Notice of(RuleContext drools, String code, String messageZh, String messageEn, Object... evidence) {
        return new Notice(code, Rules.indicator(drools), messageZh, messageEn, Evidence.of(evidence));
    }
}
