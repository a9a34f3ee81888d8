package org.govweb.scoring.report;

/**
 * What scoring one document gives: a {@link ScoreReport} for a website or new-media inspection, an
 * {@link AnnualReport} for a unit's year.
 */
public interface Report {
    /** @return the verdict */
    Verdict verdict();

    /** @return which rule files produced this report */
    RuleSetIdentity ruleSet();
}
