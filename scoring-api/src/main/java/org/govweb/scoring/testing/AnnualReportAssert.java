package org.govweb.scoring.testing;

import org.assertj.core.api.AbstractAssert;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VetoAnalysis;

/** AssertJ assertions on an {@link AnnualReport}: {@code assertThat(report).isUnqualifiedBy("A2")}. */
public class AnnualReportAssert extends AbstractAssert<AnnualReportAssert, AnnualReport> {

    /** @param actual the report under test */
    public AnnualReportAssert(AnnualReport actual) {
        super(actual, AnnualReportAssert.class);
    }

    /** @return this, when the unit is qualified for the year */
    public AnnualReportAssert isQualified() {
        isNotNull();
        if (actual.verdict() != Verdict.QUALIFIED) {
            failWithMessage("Expected %s %d to be QUALIFIED but %s held", actual.unit(), actual.year(),
                    actual.rules().stream().map(VetoAnalysis::indicator).toList());
        }
        return this;
    }

    /**
     * @param rule A1, A2 or A3
     * @return this, when that rule holds
     */
    public AnnualReportAssert isUnqualifiedBy(String rule) {
        isNotNull();
        if (actual.rules().stream().noneMatch(r -> r.indicator().equals(rule))) {
            failWithMessage("Expected rule %s to hold but %s held", rule,
                    actual.rules().stream().map(VetoAnalysis::indicator).toList());
        }
        return this;
    }
}
