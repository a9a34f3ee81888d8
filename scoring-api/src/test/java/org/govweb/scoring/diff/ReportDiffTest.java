package org.govweb.scoring.diff;

import org.govweb.scoring.render.TextColumns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govweb.scoring.report.IndicatorStatus.CLEAN;
import static org.govweb.scoring.report.IndicatorStatus.HIT;
import static org.govweb.scoring.report.IndicatorStatus.NOT_SCORED;
import static org.govweb.scoring.testing.HandBuiltReports.bonus;
import static org.govweb.scoring.testing.HandBuiltReports.deduction;
import static org.govweb.scoring.testing.HandBuiltReports.line;
import static org.govweb.scoring.testing.HandBuiltReports.veto;
import static org.govweb.scoring.testing.HandBuiltReports.website;

import java.time.LocalDate;
import java.util.List;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.testing.HandBuiltReports;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ReportDiff and DiffText over hand-built reports: every number is the test's own. */
class ReportDiffTest {

    static final LocalDate FIRST = LocalDate.of(2019, 12, 18);
    static final LocalDate SECOND = LocalDate.of(2020, 3, 18);

    /** First inspection: vetoed for 5 blank columns; D1.9 would deduct 5 × 1 (capped at 3), B1.1 not scored. */
    static ScoreReport vetoed() {
        return website("insp-1", FIRST, Verdict.UNQUALIFIED, VerdictReason.VETO, null, null, null,
                List.of(veto("VW4", "VW4.3 空白栏目超过(含)5个", "c1", "c2", "c3", "c4", "c5")),
                List.of(deduction("D1.8", "2", NOT_SCORED, line("D1.8 r", "1", "doc2")),
                        deduction("D1.9", "3", NOT_SCORED, line("D1.9 blank", "1", "c1"), line("D1.9 blank", "1", "c2"),
                                line("D1.9 blank", "1", "c3"), line("D1.9 blank", "1", "c4"),
                                line("D1.9 blank", "1", "c5")),
                        bonus("B1.1", "3", NOT_SCORED, line("B1.1 r", "3", "x"))));
    }

    /** Re-inspection: the columns are filled; D1.8 still deducts 1, D1.9 clean, B1.1 awarded 3. */
    static ScoreReport fixed() {
        return website("insp-2", SECOND, Verdict.QUALIFIED, null, "99", "3", "102", List.of(),
                List.of(deduction("D1.8", "2", HIT, line("D1.8 r", "1", "doc2")),
                        deduction("D1.9", "3", CLEAN),
                        bonus("B1.1", "3", HIT, line("B1.1 r", "3", "x"))));
    }

    @Nested
    class VerdictAndScores {
        @Test
        void fromVetoedToQualified() {
            ReportDiff d = ReportDiff.of(vetoed(), fixed());
            assertThat(d.subjectId()).isEqualTo("site-1");
            assertThat(d.before().inspectionId()).isEqualTo("insp-1");
            assertThat(d.after().monitoringDate()).isEqualTo(SECOND);
            assertThat(d.verdict()).isEqualTo(new VerdictChange(Verdict.UNQUALIFIED, VerdictReason.VETO,
                    Verdict.QUALIFIED, null));
            assertThat(d.verdict().changed()).isTrue();
            assertThat(d.part2().was()).isNull();
            assertThat(d.part2().now()).isEqualByComparingTo("99");
            assertThat(d.part2().change()).isNull();
            assertThat(d.part2().changed()).isTrue();
            assertThat(d.finalScore().now()).isEqualByComparingTo("102");
            assertThat(d.changed()).isTrue();
        }

        @Test
        void scoreChangesAreExact() {
            ScoreReport before = website("a", FIRST, Verdict.QUALIFIED, null, "85.0000000001", null, "85.0000000001",
                    List.of(), List.of());
            ScoreReport after = website("b", SECOND, Verdict.QUALIFIED, null, "90.5", "2.25", "92.75", List.of(),
                    List.of());
            ReportDiff d = ReportDiff.of(before, after);
            assertThat(d.part2().change()).isEqualByComparingTo("5.4999999999");
            assertThat(d.part3().was()).isNull();
            assertThat(d.part3().now()).isEqualByComparingTo("2.25");
            assertThat(d.finalScore().change()).isEqualByComparingTo("7.7499999999");
            assertThat(d.verdict().changed()).isFalse();
        }

        @Test
        void theSameReportTwiceChangesNothing() {
            ReportDiff d = ReportDiff.of(fixed(), fixed());
            assertThat(d.changed()).isFalse();
            assertThat(d.changedIndicators()).isEmpty();
            assertThat(d.part2().change()).isEqualByComparingTo("0");
            assertThat(d.part2().changed()).isFalse();
            assertThat(d.indicators()).hasSize(3);
        }

        @Test
        void aScoreEqualInValueButNotInScaleIsUnchanged() {
            ScoreReport a = website("a", FIRST, Verdict.QUALIFIED, null, "90.0", null, "90.0", List.of(), List.of());
            ScoreReport b = website("b", SECOND, Verdict.QUALIFIED, null, "90", null, "90", List.of(), List.of());
            assertThat(ReportDiff.of(a, b).changed()).isFalse();
        }

        @Test
        void belowTheLineToQualifiedIsAVerdictChange() {
            ScoreReport a = website("a", FIRST, Verdict.UNQUALIFIED, VerdictReason.BELOW_60, "59.9", null, "59.9",
                    List.of(), List.of());
            ScoreReport b = website("b", SECOND, Verdict.QUALIFIED, null, "60", null, "60", List.of(), List.of());
            ReportDiff d = ReportDiff.of(a, b);
            assertThat(d.verdict().wasReason()).isEqualTo(VerdictReason.BELOW_60);
            assertThat(d.verdict().nowReason()).isNull();
            assertThat(d.part2().change()).isEqualByComparingTo("0.1");
        }
    }

    @Nested
    class Vetoes {
        @Test
        void removedAddedAndRemainingAreKeyedByIndicatorAndRule() {
            ScoreReport a = website("a", FIRST, Verdict.UNQUALIFIED, VerdictReason.VETO, null, null, null,
                    List.of(veto("VW4", "VW4.3 blank", "c1", "c2", "c3", "c4", "c5"), veto("VW5", "VW5.2 late", "m1")),
                    List.of());
            ScoreReport b = website("b", SECOND, Verdict.UNQUALIFIED, VerdictReason.VETO, null, null, null,
                    List.of(veto("VW2", "VW2 unreachable", "probes=140"), veto("VW5", "VW5.2 late", "m7", "m8")),
                    List.of());
            ReportDiff d = ReportDiff.of(a, b);
            assertThat(d.vetoesRemoved()).extracting(VetoAnalysis::rule).containsExactly("VW4.3 blank");
            assertThat(d.vetoesAdded()).extracting(VetoAnalysis::rule).containsExactly("VW2 unreachable");
            // the same sub-condition with other evidence still holds: shown as in the later report
            assertThat(d.vetoesRemaining()).singleElement()
                    .satisfies(v -> assertThat(v.evidenceIds()).containsExactly("m7", "m8"));
            assertThat(d.verdict().changed()).isFalse();
            assertThat(d.changed()).isTrue();
        }

        @Test
        void aVetoOfTheSameIndicatorByAnotherSubConditionIsAddedAndRemoved() {
            ScoreReport a = website("a", FIRST, Verdict.UNQUALIFIED, VerdictReason.VETO, null, null, null,
                    List.of(veto("VW4", "VW4.3 blank", "c1")), List.of());
            ScoreReport b = website("b", SECOND, Verdict.UNQUALIFIED, VerdictReason.VETO, null, null, null,
                    List.of(veto("VW4", "VW4.2 stale", "c9")), List.of());
            ReportDiff d = ReportDiff.of(a, b);
            assertThat(d.vetoesRemoved()).extracting(VetoAnalysis::rule).containsExactly("VW4.3 blank");
            assertThat(d.vetoesAdded()).extracting(VetoAnalysis::rule).containsExactly("VW4.2 stale");
            assertThat(d.vetoesRemaining()).isEmpty();
        }
    }

    @Nested
    class Indicators {
        @Test
        void eachIndicatorHasItsCountedAmountBeforeAndAfterAndItsStatus() {
            ReportDiff d = ReportDiff.of(vetoed(), fixed());
            // under the veto nothing counted; now D1.8 counts 1
            IndicatorChange d18 = d.indicator("D1.8").orElseThrow();
            assertThat(d18.wasStatus()).isEqualTo(NOT_SCORED);
            assertThat(d18.nowStatus()).isEqualTo(HIT);
            assertThat(d18.counted().was()).isEqualByComparingTo("0");
            assertThat(d18.counted().now()).isEqualByComparingTo("1");
            assertThat(d18.counted().change()).isEqualByComparingTo("1");
            IndicatorChange d19 = d.indicator("D1.9").orElseThrow();
            assertThat(d19.counted().change()).isEqualByComparingTo("0");
            assertThat(d19.changed()).as("status NOT_SCORED → CLEAN is a change").isTrue();
            IndicatorChange b11 = d.indicator("B1.1").orElseThrow();
            assertThat(b11.counted().now()).isEqualByComparingTo("3");
            assertThat(d.changedIndicators()).extracting(IndicatorChange::indicator)
                    .containsExactly("D1.8", "D1.9", "B1.1");
        }

        @Test
        void aCappedIndicatorChangesOnlyOnceBelowItsCap() {
            ScoreReport five = website("a", FIRST, Verdict.QUALIFIED, null, "97", null, "97", List.of(),
                    List.of(deduction("D1.9", "3", HIT, line("r", "1", "c1"), line("r", "1", "c2"), line("r", "1", "c3"),
                            line("r", "1", "c4"), line("r", "1", "c5"))));
            ScoreReport four = website("b", SECOND, Verdict.QUALIFIED, null, "97", null, "97", List.of(),
                    List.of(deduction("D1.9", "3", HIT, line("r", "1", "c1"), line("r", "1", "c2"), line("r", "1", "c3"),
                            line("r", "1", "c4"))));
            ScoreReport two = website("c", SECOND, Verdict.QUALIFIED, null, "98", null, "98", List.of(),
                    List.of(deduction("D1.9", "3", HIT, line("r", "1", "c1"), line("r", "1", "c2"))));
            assertThat(ReportDiff.of(five, four).indicator("D1.9").orElseThrow().changed()).isFalse();
            assertThat(ReportDiff.of(five, two).indicator("D1.9").orElseThrow().counted().change())
                    .isEqualByComparingTo("-1");
        }

        @Test
        void anIndicatorInOneReportOnlyHasANullSide() {
            ScoreReport a = website("a", FIRST, Verdict.QUALIFIED, null, "99", null, "99", List.of(),
                    List.of(deduction("D1.1", "2", HIT, line("r", "1", "x")), deduction("D9.9", "1", CLEAN)));
            ScoreReport b = website("b", SECOND, Verdict.QUALIFIED, null, "99", null, "99", List.of(),
                    List.of(deduction("D0.1", "1", CLEAN), deduction("D1.1", "2", HIT, line("r", "1", "x"))));
            ReportDiff d = ReportDiff.of(a, b);
            // the later report's order first, then what only the earlier report has
            assertThat(d.indicators()).extracting(IndicatorChange::indicator).containsExactly("D0.1", "D1.1", "D9.9");
            IndicatorChange gone = d.indicator("D9.9").orElseThrow();
            assertThat(gone.nowStatus()).isNull();
            assertThat(gone.counted().now()).isNull();
            assertThat(gone.counted().change()).isNull();
            assertThat(gone.changed()).isTrue();
            assertThat(d.indicator("D0.1").orElseThrow().wasStatus()).isNull();
            assertThat(d.indicator("D1.1").orElseThrow().changed()).isFalse();
        }
    }

    @Nested
    class Refusals {
        @Test
        void reportsOfDifferentSitesAreRefused() {
            ScoreReport other = new ScoreReport("website", "x", "site-2", "另一网站", null, SECOND, Verdict.QUALIFIED,
                    null, null, null, null, null, List.of(), List.of(), List.of(), null, List.of(),
                    HandBuiltReports.RULES);
            assertThatThrownBy(() -> ReportDiff.of(fixed(), other)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("different sites").hasMessageContaining("site-1").hasMessageContaining("site-2");
        }

        @Test
        void aWebsiteAndANewMediaReportAreRefused() {
            ScoreReport account = new ScoreReport("newMedia", "x", "site-1", "公众号", null, SECOND, Verdict.QUALIFIED,
                    null, null, null, null, null, List.of(), List.of(), List.of(), null, List.of(),
                    HandBuiltReports.RULES);
            assertThatThrownBy(() -> ReportDiff.of(fixed(), account)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("website").hasMessageContaining("newMedia");
        }
    }

    @Nested
    class RuleSets {
        @Test
        void differentRuleFilesAreFlagged() {
            ScoreReport a = fixed();
            ScoreReport b = new ScoreReport(a.type(), "insp-3", a.subjectId(), a.subjectName(), a.unit(), SECOND,
                    a.verdict(), a.reason(), a.part2(), a.part3(), a.finalScore(), a.display(), a.vetoes(),
                    a.indicators(), a.groups(), a.part2Detail(), a.warnings(),
                    new RuleSetIdentity("govweb-checklist", "1.1.0", "f".repeat(64), "/rules"));
            assertThat(ReportDiff.of(a, a).sameRuleSet()).isTrue();
            assertThat(ReportDiff.of(a, b).sameRuleSet()).isFalse();
            assertThat(DiffText.render(ReportDiff.of(a, b))).contains("the rule files differ");
        }
    }

    @Nested
    class Text {
        @Test
        void rendersVerdictScoresVetoesAndChangedIndicatorsAligned() {
            String text = DiffText.render(ReportDiff.of(vetoed(), fixed()));
            assertThat(text).contains("复查对比  Re-inspection comparison\n");
            assertThat(text).contains("站点 Site:        某县人民政府 (site-1)\n");
            assertThat(text).contains("之前 Before:      insp-1  2019-12-18\n");
            assertThat(text).contains("结论 Verdict:     不合格 UNQUALIFIED (VETO)  →  合格 QUALIFIED\n");
            assertThat(text).contains("第二部分 Part 2             —      99.00            —\n");
            assertThat(text).contains("最后得分 Final              —     102.00            —\n");
            assertThat(text).contains("  已消除 removed:\n    − VW4 否决VW4 / Veto VW4\n");
            assertThat(text).contains("        evidence: c1, c2, c3, c4, c5\n");
            assertThat(text).contains("  新增 added: 无 none\n");
            assertThat(text).contains("二、扣分指标变化 Deduction indicators changed  (2 项变化 changed, 0 项未变 unchanged)\n");
            assertThat(text).contains("三、加分指标变化 Bonus indicators changed  (1 项变化 changed, 0 项未变 unchanged)\n");
            String d18 = text.lines().filter(l -> l.startsWith("  D1.8 ")).findFirst().orElseThrow();
            assertThat(d18).isEqualTo("  " + TextColumns.pad("D1.8 指标D1.8 Indicator D1.8", 44)
                    + "       0.00       1.00        +1.00  NOT_SCORED → HIT");
            String d19 = text.lines().filter(l -> l.startsWith("  D1.9 ")).findFirst().orElseThrow();
            assertThat(d19).endsWith("       0.00       0.00         0.00  NOT_SCORED → CLEAN");
            // every indicator row is as wide as the header (CJK counts two columns)
            String header = text.lines().filter(l -> l.startsWith("  指标 Indicator (计入扣分")).findFirst().orElseThrow();
            assertThat(TextColumns.width(d18.substring(0, d18.indexOf("  NOT_SCORED"))))
                    .isEqualTo(TextColumns.width(header.substring(0, header.indexOf("  状态 status"))));
        }

        @Test
        void negativeChangesUseTheMinusSign() {
            String text = DiffText.render(ReportDiff.of(fixed(), vetoed()));
            assertThat(text).contains("       −1.00  HIT → NOT_SCORED");
            assertThat(text).contains("  新增 added:\n    + VW4 否决VW4 / Veto VW4\n");
        }
    }

    @Test
    void theDiffIsWrittenAndReadAsJson() {
        ReportDiff d = ReportDiff.of(vetoed(), fixed());
        String json = ScoringJson.writePretty(d);
        assertThat(json).contains("\"final\": {").contains("\"vetoesRemoved\": [").doesNotContain("changedIndicators")
                .doesNotContain("\"changed\"");
        assertThat(ScoringJson.read(json, ReportDiff.class)).isEqualTo(d);
    }
}
