package org.govweb.scoring.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.report.IndicatorStatus.CLEAN;
import static org.govweb.scoring.report.IndicatorStatus.HIT;
import static org.govweb.scoring.report.IndicatorStatus.NOT_APPLICABLE;
import static org.govweb.scoring.report.IndicatorStatus.NOT_SCORED;
import static org.govweb.scoring.testing.HandBuiltReports.bonus;
import static org.govweb.scoring.testing.HandBuiltReports.deduction;
import static org.govweb.scoring.testing.HandBuiltReports.line;
import static org.govweb.scoring.testing.HandBuiltReports.veto;
import static org.govweb.scoring.testing.HandBuiltReports.website;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.testing.HandBuiltReports;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rectification (整改清单) over hand-built reports: points regained respecting caps, order, vetoes first. */
class RectificationTest {

    static final LocalDate MD = LocalDate.of(2019, 12, 18);

    static ScoreReport scored(IndicatorAnalysis... indicators) {
        return website("insp-1", MD, Verdict.QUALIFIED, null, "90", null, "90", List.of(), List.of(indicators));
    }

    static ScoreReport vetoed(List<VetoAnalysis> vetoes, IndicatorAnalysis... indicators) {
        return website("insp-1", MD, Verdict.UNQUALIFIED, VerdictReason.VETO, null, null, null, vetoes,
                List.of(indicators));
    }

    /** D1.9 of 3 points with five findings of −1: raw 5, counted 3. */
    static IndicatorAnalysis fiveUnderThree(IndicatorStatus status) {
        return deduction("D1.9", "3", status, line("D1.9 blank", "1", "c1"), line("D1.9 blank", "1", "c2"),
                line("D1.9 blank", "1", "c3"), line("D1.9 blank", "1", "c4"), line("D1.9 blank", "1", "c5"));
    }

    @Nested
    class Caps {
        @Test
        void fixingOneOfFiveFindingsUnderAThreePointCapRegainsNothing() {
            Rectification r = Rectification.of(scored(fiveUnderThree(HIT)));
            assertThat(r.items()).hasSize(5).allSatisfy(i -> {
                assertThat(i.kind()).isEqualTo(RectificationKind.DEDUCTION);
                assertThat(i.amount()).isEqualByComparingTo("1");
                assertThat(i.regained()).isEqualByComparingTo("0");
                assertThat(i.cappedAway()).isTrue();
                assertThat(i.raw()).isEqualByComparingTo("5");
                assertThat(i.cappedTotal()).isEqualByComparingTo("3");
                assertThat(i.overCap()).isEqualByComparingTo("2");
            });
            // fixing all five regains the 3 that count
            assertThat(r.totalRegainable()).isEqualByComparingTo("3");
        }

        @Test
        void twoLinesUnderTheCapRegainEachLinesAmount() {
            Rectification r = Rectification.of(scored(deduction("D2.4", "8", HIT, line("D2.4 fees", "0.5", "s2"),
                    line("D2.4 format", "1", "s3"))));
            assertThat(r.items()).extracting(RectificationItem::evidenceIds)
                    .containsExactly(List.of("s3"), List.of("s2"));
            assertThat(r.items().get(0).regained()).isEqualByComparingTo("1");
            assertThat(r.items().get(1).regained()).isEqualByComparingTo("0.5");
            assertThat(r.items()).noneMatch(RectificationItem::cappedAway);
            assertThat(r.items()).allSatisfy(i -> assertThat(i.overCap()).isEqualByComparingTo("0"));
            assertThat(r.totalRegainable()).isEqualByComparingTo("1.5");
        }

        @Test
        void linesExactlyAtTheCapRegainTheirAmount() {
            Rectification r = Rectification.of(scored(deduction("D4.3", "2", HIT, line("D4.3 r", "1", "a"),
                    line("D4.3 r", "1", "b"))));
            assertThat(r.items()).extracting(RectificationItem::regained)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("1"), new BigDecimal("1"));
        }

        @Test
        void aLineLargerThanTheExcessOverTheCapRegainsTheDifference() {
            // points 3, lines 2.5 and 1: raw 3.5, counted 3, excess 0.5
            Rectification r = Rectification.of(scored(deduction("D1.3", "3", HIT, line("D1.3 big", "2.5", "x"),
                    line("D1.3 small", "1", "y"))));
            assertThat(r.items()).extracting(RectificationItem::rule).containsExactly("D1.3 big", "D1.3 small");
            assertThat(r.items().get(0).regained()).isEqualByComparingTo("2");
            assertThat(r.items().get(1).regained()).isEqualByComparingTo("0.5");
            assertThat(r.items()).noneMatch(RectificationItem::cappedAway);
            assertThat(r.items().get(0).overCap()).isEqualByComparingTo("0.5");
            assertThat(r.totalRegainable()).isEqualByComparingTo("3");
        }

        @Test
        void aLineEqualToTheExcessOverTheCapRegainsNothing() {
            // points 3, lines 3 and 0.5: raw 3.5, excess 0.5; fixing the 0.5 line leaves raw 3, still the cap
            Rectification r = Rectification.of(scored(deduction("D1.3", "3", HIT, line("D1.3 a", "3", "x"),
                    line("D1.3 b", "0.5", "y"))));
            assertThat(r.items().get(0).rule()).isEqualTo("D1.3 a");
            assertThat(r.items().get(0).regained()).isEqualByComparingTo("2.5");
            assertThat(r.items().get(1).regained()).isEqualByComparingTo("0");
            assertThat(r.items().get(1).cappedAway()).isTrue();
        }
    }

    @Nested
    class Order {
        @Test
        void byPointsRegainedThenIndicatorOrderThenRuleThenEvidence() {
            Rectification r = Rectification.of(scored(
                    deduction("D1.2", "2", HIT, line("D1.2 z", "0.5", "b"), line("D1.2 z", "0.5", "a"),
                            line("D1.2 a", "0.5", "c")),
                    deduction("D1.10", "4", HIT, line("D1.10 r", "2", "x")),
                    deduction("D2.1", "2", HIT, line("D2.1 r", "0.5", "y"))));
            assertThat(r.items()).extracting(i -> i.indicator() + "|" + i.rule() + "|" + i.evidenceIds())
                    .containsExactly("D1.10|D1.10 r|[x]", "D1.2|D1.2 a|[c]", "D1.2|D1.2 z|[a]", "D1.2|D1.2 z|[b]",
                            "D2.1|D2.1 r|[y]");
            assertThat(r.items()).extracting(RectificationItem::rank).containsExactly(1, 2, 3, 4, 5);
        }

        @Test
        void aCappedAwayFindingComesAfterOnesThatRegainPoints() {
            Rectification r = Rectification.of(scored(fiveUnderThree(HIT),
                    deduction("D4.8", "1", HIT, line("D4.8 tag", "0.1", "p1"))));
            assertThat(r.items().get(0).indicator()).isEqualTo("D4.8");
            assertThat(r.items().get(0).regained()).isEqualByComparingTo("0.1");
            assertThat(r.items().subList(1, 6)).allMatch(i -> i.indicator().equals("D1.9"));
        }

        @Test
        void bonusCleanAndNotApplicableIndicatorsAreNotListed() {
            Rectification r = Rectification.of(scored(deduction("D1.1", "2", CLEAN),
                    deduction("D2.1", "2", NOT_APPLICABLE), bonus("B1.1", "3", HIT, line("B1.1 r", "3", "x")),
                    deduction("D4.3", "2", HIT, line("D4.3 r", "0.1", "l1"))));
            assertThat(r.items()).extracting(RectificationItem::indicator).containsExactly("D4.3");
        }

        @Test
        void nothingToFix() {
            Rectification r = Rectification.of(scored(deduction("D1.1", "2", CLEAN)));
            assertThat(r.items()).isEmpty();
            assertThat(r.vetoed()).isFalse();
            assertThat(r.totalRegainable()).isEqualByComparingTo("0");
            assertThat(RectificationText.render(r)).contains("nothing to fix");
        }
    }

    @Nested
    class UnderAVeto {
        Rectification list() {
            return Rectification.of(vetoed(
                    List.of(veto("VW4", "VW4.3 blank", "c1", "c2", "c3", "c4", "c5"), veto("VW5", "VW5.2 late", "m1")),
                    deduction("D1.8", "2", NOT_SCORED, line("D1.8 r", "1", "doc2")),
                    fiveUnderThree(NOT_SCORED)));
        }

        @Test
        void theVetoesComeFirstEachSubConditionAnItem() {
            Rectification r = list();
            assertThat(r.vetoed()).isTrue();
            assertThat(r.items()).hasSize(8);
            assertThat(r.items().subList(0, 2)).extracting(RectificationItem::kind)
                    .containsOnly(RectificationKind.VETO);
            assertThat(r.items().subList(0, 2)).extracting(RectificationItem::rule)
                    .containsExactly("VW4.3 blank", "VW5.2 late");
            RectificationItem first = r.items().get(0);
            assertThat(first.rank()).isEqualTo(1);
            assertThat(first.reasonEn()).isEqualTo("condition VW4.3 blank");
            assertThat(first.evidenceIds()).containsExactly("c1", "c2", "c3", "c4", "c5");
            assertThat(first.regained()).isNull();
            assertThat(first.status()).isNull();
            assertThat(first.cappedAway()).isFalse();
            assertThat(r.vetoItems()).hasSize(2);
        }

        @Test
        void thenWhatWouldBeDeductedMarkedNotScoredWithItsCapRespected() {
            Rectification r = list();
            List<RectificationItem> deductions = r.deductionItems();
            assertThat(deductions).hasSize(6).allMatch(i -> i.status() == NOT_SCORED);
            assertThat(deductions.get(0).indicator()).isEqualTo("D1.8");
            assertThat(deductions.get(0).rank()).isEqualTo(3);
            assertThat(deductions.get(0).regained()).isEqualByComparingTo("1");
            // the report counts 0 under the veto; the list uses what would count: min(5, 3)
            assertThat(deductions.subList(1, 6)).allSatisfy(i -> {
                assertThat(i.regained()).isEqualByComparingTo("0");
                assertThat(i.cappedTotal()).isEqualByComparingTo("3");
            });
            assertThat(r.totalRegainable()).isEqualByComparingTo("4");
        }

        @Test
        void aNewMediaVetoAloneIsAList() {
            ScoreReport account = new ScoreReport("newMedia", "nm-1", "acct-1", "某公众号", null, MD, Verdict.UNQUALIFIED,
                    VerdictReason.VETO, null, null, null, null, List.of(veto("VM2", "VM2 stale", "posts=0")), List.of(),
                    List.of(), null, List.of(), HandBuiltReports.RULES);
            Rectification r = Rectification.of(account);
            assertThat(r.items()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(RectificationKind.VETO);
                assertThat(i.indicator()).isEqualTo("VM2");
            });
            assertThat(r.deductionItems()).isEmpty();
        }
    }

    @Nested
    class Text {
        @Test
        void aVetoSaysFixToBecomeScorableAndTheDeductionsAreMarkedNotScored() {
            String text = RectificationText.render(Rectification.of(vetoed(List.of(veto("VW4", "VW4.3 blank", "c1")),
                    deduction("D1.8", "2", NOT_SCORED, line("D1.8 r", "1", "doc2")))));
            assertThat(text).startsWith("整改清单  Rectification list\n");
            assertThat(text).contains("fix the vetoes first");
            assertThat(text).contains("   1   否决 veto    VW4 否决VW4 / Veto VW4\n");
            assertThat(text).contains("→ 整改后方可评分 / fix to become scorable\n");
            assertThat(text).contains("   2        1.00    D1.8 指标D1.8 Indicator D1.8");
            assertThat(text).contains(" −1  [不计分 NOT_SCORED]\n");
            assertThat(text).contains("理由D1.8 r / reason D1.8 r\n");
            assertThat(text).contains("evidence: doc2\n");
            assertThat(text).contains("fixing every deduction finding regains 1.00 points (once the vetoes are fixed)");
        }

        @Test
        void aCappedAwayFindingSaysItRegainsNothing() {
            String text = RectificationText.render(Rectification.of(scored(fiveUnderThree(HIT))));
            assertThat(text).contains("        0.00    D1.9 指标D1.9 Indicator D1.9");
            assertThat(text).contains("单独整改此项不挽回分数: 本项扣分已封顶(原始 5.00, 计入 3.00), 须整改超过 2.00 分的问题才开始挽回");
            assertThat(text).contains("fixing this alone regains nothing: the indicator is capped (raw 5.00, counted 3.00);"
                    + " fix findings worth more than 2.00 before points come back");
            assertThat(text).contains("fixing every deduction finding regains 3.00 points\n");
            assertThat(text).doesNotContain("NOT_SCORED");
        }

        @Test
        void belowTheQualifyingLineIsSaid() {
            ScoreReport below = website("insp-1", MD, Verdict.UNQUALIFIED, VerdictReason.BELOW_60, "55", null, "55",
                    List.of(), List.of(deduction("D1.1", "2", HIT, line("D1.1 r", "2", "x"))));
            assertThat(RectificationText.render(Rectification.of(below))).contains("Part 2 is below the qualifying line");
        }
    }

    @Test
    void theListIsWrittenAndReadAsJson() {
        Rectification r = Rectification.of(vetoed(List.of(veto("VW4", "VW4.3 blank", "c1")),
                fiveUnderThree(NOT_SCORED)));
        String json = ScoringJson.writePretty(r);
        assertThat(json).contains("\"regained\": 0").contains("\"cappedTotal\": 3").doesNotContain("cappedAway")
                .doesNotContain("overCap").doesNotContain("vetoItems");
        assertThat(ScoringJson.read(json, Rectification.class)).isEqualTo(r);
    }
}
