package org.govweb.scoring.testing;

import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.ScoreReport;

/**
 * Entry point of the AssertJ assertions on reports ({@code import static
 * org.govweb.scoring.testing.ScoringAssertions.assertThat;}). Needs assertj-core on the test class path.
 */
public final class ScoringAssertions {
    private ScoringAssertions() {
    }

    /**
     * @param report a website or new-media report
     * @return assertions on it
     */
    public static ReportAssert assertThat(ScoreReport report) {
        return new ReportAssert(report);
    }

    /**
     * @param report an annual report
     * @return assertions on it
     */
    public static AnnualReportAssert assertThat(AnnualReport report) {
        return new AnnualReportAssert(report);
    }
}
