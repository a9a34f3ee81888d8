package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.rectification.Rectification;
import org.govweb.scoring.rectification.RectificationItem;
import org.govweb.scoring.rectification.RectificationKind;
import org.govweb.scoring.render.TextReport;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.Publication;
import org.junit.jupiter.api.Test;

/** {@code score --rectification}: the list under the score sheet, or wrapped with the report in JSON. */
class RectificationOutputTest {

    static final ScoreReport PORTAL = TestEngine.score(TestEngine.countyPortal());

    @Test
    void theListFollowsTheScoreSheet() {
        String text = RectificationOutput.render(PORTAL, false);
        assertThat(text).startsWith(TextReport.render(PORTAL) + "\n整改清单  Rectification list\n");
        // the example's 11 deduction lines (README: D1.3 1, D1.8 2 × 0.5, D2.3 1, D2.4 1 + 0.5, D2.5 1, D2.6 1,
        // D4.3 0.1, D4.6 1, D4.8 0.1), none capped: fixing them all regains the 7.70 deducted
        assertThat(text).contains("   1        1.00    D1.3 领导信息 Leaders");
        assertThat(text).contains("  11        0.10    D4.8 页面标签 Page tags");
        assertThat(text).contains("fixing every deduction finding regains 7.70 points\n");
        assertThat(text).doesNotContain("  12 ");
    }

    @Test
    void theExamplesListRegainsEachLineUnderTheCaps() {
        Rectification list = Rectification.of(PORTAL);
        assertThat(list.items()).hasSize(11).allMatch(i -> i.kind() == RectificationKind.DEDUCTION)
                .noneMatch(RectificationItem::cappedAway);
        assertThat(list.items()).extracting(i -> i.indicator() + " " + i.regained().stripTrailingZeros().toPlainString())
                .containsExactly("D1.3 1", "D2.3 1", "D2.4 1", "D2.5 1", "D2.6 1", "D4.6 1", "D1.8 0.5", "D1.8 0.5",
                        "D2.4 0.5", "D4.3 0.1", "D4.8 0.1");
        assertThat(list.totalRegainable()).isEqualByComparingTo(PORTAL.part2Detail().deducted());
    }

    @Test
    void underAVetoTheVetoComesFirstAndACappedFindingSaysItRegainsNothing() {
        // five blank columns: VW4.3 holds; D1.9 would deduct 2 for each (10, capped at its points)
        List<Column> cols = new ArrayList<>(TestEngine.countyPortal().columns());
        for (int i = 0; i < 5; i++) {
            cols.add(new Column("blank" + i, "空白" + i, ColumnKind.OTHER, false, false, List.<Publication>of()));
        }
        ScoreReport vetoed = TestEngine.score(TestEngine.countyPortal().toBuilder().columns(cols).build());
        Rectification list = Rectification.of(vetoed);
        assertThat(list.items().get(0).kind()).isEqualTo(RectificationKind.VETO);
        assertThat(list.items().get(0).rule()).startsWith("VW4.3");
        assertThat(list.deductionItems()).allMatch(i -> i.status() == IndicatorStatus.NOT_SCORED);
        List<RectificationItem> d19 = list.deductionItems().stream().filter(i -> i.indicator().equals("D1.9")).toList();
        assertThat(d19).hasSize(5).allSatisfy(i -> {
            assertThat(i.raw()).isEqualByComparingTo("10");
            assertThat(i.cappedTotal()).isEqualByComparingTo(i.points());
        });
        String text = RectificationOutput.render(vetoed, false);
        assertThat(text).contains("→ 整改后方可评分 / fix to become scorable");
        assertThat(text).contains("[不计分 NOT_SCORED]");
    }

    @Test
    void asJsonTheReportAndTheListAreWrappedInOneObject() throws Exception {
        String json = RectificationOutput.render(PORTAL, true);
        JsonNode node = ScoringJson.mapper().readTree(json);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("report", "rectification");
        assertThat(ScoringJson.read(node.get("report").toString(), ScoreReport.class)).isEqualTo(PORTAL);
        assertThat(ScoringJson.read(node.get("rectification").toString(), Rectification.class))
                .isEqualTo(Rectification.of(PORTAL));
    }

    @Test
    void anAnnualReportPrintsAsItIs() {
        AnnualReport annual = TestEngine.assess(TestEngine.annualUnit());
        assertThat(RectificationOutput.render(annual, false)).isEqualTo(TextReport.render(annual));
        assertThat(RectificationOutput.render(annual, true)).isEqualTo(ScoringJson.writePretty(annual));
        StringWriter out = new StringWriter();
        RectificationOutput.print(new PrintWriter(out), annual, false);
        assertThat(out.toString()).isEqualTo(TextReport.render(annual));
    }
}
