package org.govweb.scoring.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.ScoringAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.testing.TestEngine;
import org.junit.jupiter.api.Test;

/** The spec's worked examples (shared/spec/examples/README.md) are acceptance tests. */
class SpecExamplesTest {

    @Test
    void theCountyPortalScores92point30Plus19() {
        ScoreReport r = TestEngine.score(TestEngine.countyPortal());
        assertThat(r).isQualified().hasNoVeto().hasPart2("92.30").hasPart3("19").hasFinal("111.30");
        Map<String, String> deductions = new LinkedHashMap<>();
        Map<String, String> awards = new LinkedHashMap<>();
        for (IndicatorAnalysis i : r.indicators()) {
            if (i.counted().signum() != 0) {
                (i.kind() == IndicatorKind.DEDUCTION ? deductions : awards).put(i.indicator(),
                        i.counted().stripTrailingZeros().toPlainString());
            }
        }
        assertThat(deductions).containsExactlyEntriesOf(Map.of("D1.3", "1", "D1.8", "1", "D2.3", "1", "D2.4", "1.5",
                "D2.5", "1", "D2.6", "1", "D4.3", "0.1", "D4.6", "1", "D4.8", "0.1").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(IndicatorOrder.INSTANCE))
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        assertThat(awards).containsExactlyEntriesOf(Map.of("B1.1", "3", "B1.2", "2", "B2.1", "1", "B2.2", "1",
                "B2.3", "2", "B3.1", "3", "B3.2", "3", "B4.1", "2", "B4.2", "2").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(IndicatorOrder.INSTANCE))
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        assertThat(r.display().part2()).isEqualTo("92.30");
        assertThat(r.display().finalScore()).isEqualTo("111.30");
    }

    @Test
    void e2IsOnTimeOnlyBecauseOfTheOfficialSchedule() {
        ScoreReport r = TestEngine.score(TestEngine.countyPortal());
        assertThat(r.indicator("D4.5").orElseThrow().lines()).isEmpty();
        assertThat(r.warnings()).noneMatch(w -> w.code().equals("CALENDAR_YEAR_NOT_COVERED"));
    }

    @Test
    void theWechatAccountIsQualified() {
        assertThat(TestEngine.score(TestEngine.wechat())).isQualified().hasNoVeto();
    }

    @Test
    void theUnitIsQualifiedForTheYear() {
        assertThat(TestEngine.assess(TestEngine.annualUnit())).isQualified();
    }
}
