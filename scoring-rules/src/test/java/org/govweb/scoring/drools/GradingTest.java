package org.govweb.scoring.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.govweb.scoring.calendar.WorkingDayCalendar;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.testing.Synthetic;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Incident;
import org.govweb.scoring.website.Site;
import org.govweb.scoring.website.WebsiteIncidentKind;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;

/**
 * The procedure (P-procedure.drl) alone, on a synthetic rule set whose indicators deduct or award what the
 * inspection's id says: caps, the 60 and 80 thresholds compared exactly, the 4/3 scaling, the bonus stage.
 */
class GradingTest {

    static final DroolsScoringEngine ENGINE = DroolsScoringEngine.create(RuleSetLoader.loadPartial(Synthetic.ruleFiles()),
            WorkingDayCalendar.bundled());
    static final WebsiteInspection BASE = TestEngine.countyPortal();

    static ScoreReport score(String lines) {
        return ENGINE.score(BASE.toBuilder().id(lines).build());
    }

    static ScoreReport scoreNoService(String lines) {
        Site s = BASE.site();
        return ENGINE.score(BASE.toBuilder().id(lines).site(new Site(s.id(), s.name(), s.url(), s.unit(), false)).build());
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @Test
    void exactly60IsQualifiedWithoutBonus() {
        ScoreReport r = score("D1.1=31,D3.1=9");
        assertThat(r.part2()).isEqualByComparingTo("60");
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(r.reason()).isNull();
        assertThat(r.part3()).isNull();
        assertThat(r.finalScore()).isEqualByComparingTo("60");
    }

    @Test
    void below60IsUnqualified() {
        ScoreReport r = score("D1.1=31,D3.1=9.1");
        assertThat(r.part2()).isEqualByComparingTo("59.9");
        assertThat(r.verdict()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(r.reason()).isEqualTo(VerdictReason.BELOW_60);
        assertThat(r.part3()).isNull();
    }

    @Test
    void exactly80HasNoBonusStage() {
        ScoreReport r = score("D1.1=20,B1.1=5");
        assertThat(r.part2()).isEqualByComparingTo("80");
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(r.part3()).isNull();
        assertThat(r.finalScore()).isEqualByComparingTo("80");
        assertThat(r.indicator("B1.1").orElseThrow().status()).isEqualTo(IndicatorStatus.NOT_SCORED);
        assertThat(r.indicator("B1.1").orElseThrow().raw()).isEqualByComparingTo("5");
        assertThat(r.group("B1").orElseThrow().status()).isEqualTo(IndicatorStatus.NOT_SCORED);
    }

    @Test
    void above80EntersTheBonusStage() {
        ScoreReport r = score("D1.1=19.9,B1.1=5");
        assertThat(r.part2()).isEqualByComparingTo("80.1");
        assertThat(r.part3()).isEqualByComparingTo("5");
        assertThat(r.finalScore()).isEqualByComparingTo("85.1");
        assertThat(r.indicator("B1.1").orElseThrow().status()).isEqualTo(IndicatorStatus.HIT);
        assertThat(r.indicator("B2.1").orElseThrow().status()).isEqualTo(IndicatorStatus.CLEAN);
    }

    @Test
    void eachIndicatorIsCappedAtItsPoints() {
        ScoreReport r = score("D4.1=15,D4.1=10");
        var d41 = r.indicator("D4.1").orElseThrow();
        assertThat(d41.raw()).isEqualByComparingTo("25");
        assertThat(d41.counted()).isEqualByComparingTo("21");
        assertThat(d41.capped()).isTrue();
        assertThat(d41.score()).isEqualByComparingTo("0");
        assertThat(d41.lines()).hasSize(2);
        assertThat(r.part2()).isEqualByComparingTo("79");
        assertThat(r.group("D4").orElseThrow().counted()).isEqualByComparingTo("21");
    }

    @Test
    void deductionsOfOneFindingBelowTheCapAreNotCapped() {
        var d11 = score("D1.1=30.9").indicator("D1.1").orElseThrow();
        assertThat(d11.counted()).isEqualByComparingTo("30.9");
        assertThat(d11.capped()).isFalse();
        assertThat(score("D1.1=31").indicator("D1.1").orElseThrow().capped()).isFalse();
        assertThat(score("D1.1=31.1").indicator("D1.1").orElseThrow().capped()).isTrue();
    }

    @Test
    void part3IsAtMost30() {
        ScoreReport r = score("B1.1=99,B2.1=99,B3.1=99,B4.1=99,B5.1=99");
        assertThat(r.part2()).isEqualByComparingTo("100");
        assertThat(r.part3()).isEqualByComparingTo("30");
        assertThat(r.finalScore()).isEqualByComparingTo("130");
    }

    @Test
    void noServiceUnit45of75IsExactly60AndQualified() {
        ScoreReport r = scoreNoService("D1.1=30");
        assertThat(r.part2Detail().outOf()).isEqualByComparingTo("75");
        assertThat(r.part2Detail().raw()).isEqualByComparingTo("45");
        assertThat(r.part2()).isEqualByComparingTo("60");
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(scoreNoService("D1.1=30.1").reason()).isEqualTo(VerdictReason.BELOW_60);
    }

    @Test
    void noServiceUnit60of75IsExactly80WithoutBonus() {
        ScoreReport r = scoreNoService("D1.1=15,B1.1=3");
        assertThat(r.part2()).isEqualByComparingTo("80");
        assertThat(r.part3()).isNull();
    }

    @Test
    void noServiceUnit60point1of75Is80point13WithBonus() {
        ScoreReport r = scoreNoService("D1.1=14.9,B1.1=3");
        assertThat(r.part2()).isEqualByComparingTo("80.1333333333");
        assertThat(r.display().part2()).isEqualTo("80.13");
        assertThat(r.part3()).isEqualByComparingTo("3");
        assertThat(r.finalScore()).isEqualByComparingTo("83.1333333333");
        assertThat(r.display().finalScore()).isEqualTo("83.13");
    }

    @Test
    void noServiceUnitHasTheServiceGroupsNotApplicableAndPart3AtMost24() {
        ScoreReport r = scoreNoService("D2.1=25,B1.1=99,B2.1=99,B3.1=99,B4.1=99,B5.1=99");
        assertThat(r.indicator("D2.1").orElseThrow().status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(r.indicator("B2.1").orElseThrow().status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(r.group("D2").orElseThrow().status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(r.part2()).isEqualByComparingTo("100");
        assertThat(r.part3()).isEqualByComparingTo("24");
        assertThat(r.finalScore()).isEqualByComparingTo("124");
    }

    @Test
    void aVetoLeavesEveryOtherIndicatorNotScored() {
        WebsiteInspection w = BASE.toBuilder().id("D1.1=5,B1.1=2")
                .incidents(List.of(new Incident("i1", WebsiteIncidentKind.STATE_SECRET_LEAK, null, null, null))).build();
        ScoreReport r = ENGINE.score(w);
        assertThat(r.verdict()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(r.reason()).isEqualTo(VerdictReason.VETO);
        assertThat(r.part2()).isNull();
        assertThat(r.part3()).isNull();
        assertThat(r.finalScore()).isNull();
        assertThat(r.display()).isNull();
        assertThat(r.indicators()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(IndicatorStatus.NOT_SCORED);
            assertThat(i.counted()).isEqualByComparingTo("0");
            assertThat(i.score()).isNull();
        });
        // what would have been deducted stays visible
        assertThat(r.indicator("D1.1").orElseThrow().raw()).isEqualByComparingTo("5");
        assertThat(r.groups()).allSatisfy(g -> assertThat(g.status()).isEqualTo(IndicatorStatus.NOT_SCORED));
    }

    @Test
    void finalIsExactlyPart2PlusPart3() {
        ScoreReport r = scoreNoService("D1.1=0.1,B3.1=1");
        assertThat(r.finalScore()).isEqualByComparingTo(r.part2().add(r.part3()));
    }
}
