package org.govweb.scoring.drools.fact;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/** Reads a firing rule's name and its {@code @indicator} metadata. */
final class Rules {
    private Rules() {
    }

    static String indicator(RuleContext drools) {
        Rule rule = drools.getRule();
        Object id = rule.getMetaData().get("indicator");
        if (id == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @indicator metadata");
        }
        return id.toString();
    }

    static String name(RuleContext drools) {
        return drools.getRule().getName();
    }
}
