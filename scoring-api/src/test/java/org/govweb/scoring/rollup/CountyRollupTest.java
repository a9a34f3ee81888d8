package org.govweb.scoring.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govweb.scoring.rollup.Reports.account;
import static org.govweb.scoring.rollup.Reports.annual;
import static org.govweb.scoring.rollup.Reports.below;
import static org.govweb.scoring.rollup.Reports.newMedia;
import static org.govweb.scoring.rollup.Reports.qualified;
import static org.govweb.scoring.rollup.Reports.register;
import static org.govweb.scoring.rollup.Reports.vetoed;
import static org.govweb.scoring.rollup.Reports.website;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The roll-up of a small county computed by hand.
 *
 * <pre>
 * unit A局: websites a1 60 (older report: 40, BELOW_60), a2 80, a3 100, a4 80.01 — all qualified
 *           accounts am1 (checked, qualified), am2 (not checked)             → 1 / 2 = 50 %, not above
 * unit B镇: websites b1 59.9 BELOW_60, b2 VETO, b3 99.99 qualified
 *           accounts bm1 VETO, bm2, bm3 qualified, bm4 not checked            → 3 / 4 = 75 %, above
 * unit C办: website c1, not checked; no account
 * plus a report for zz, not registered
 *
 * A: scored 4, sum 60 + 80 + 100 + 80.01 = 320.01, mean 80.0025 (exact)         → 80.00
 * B: scored 2 (b2 vetoed), sum 59.9 + 99.99 = 159.89, mean 79.945 (exact)      → 79.95 (half-up)
 * county: registered 8, checked 7, qualified 5, unqualified 2 (1 VETO, 1 BELOW_60)
 *         scored 6, sum 479.90, mean 79.98333… → 79.9833333333 (10 decimals), shown 79.98
 *         bands: &lt;60: b1 | [60,80]: a1 (60), a2 (80) | (80,100): a4 (80.01), b3 (99.99) | ≥100: a3 (100)
 *         new media: 4 of 6 = 66.67 %, above 50 %
 * </pre>
 */
class CountyRollupTest {

    private static final LocalDate MAY = LocalDate.of(2024, 5, 20);

    static Register county() {
        return register("2024Q2",
                website("a1", "A局"), website("a2", "A局"), website("a3", "A局"), website("a4", "A局"),
                account("am1", "A局"), account("am2", "A局"),
                website("b3", "B镇"), website("b1", "B镇"), website("b2", "B镇"),
                account("bm1", "B镇"), account("bm2", "B镇"), account("bm3", "B镇"), account("bm4", "B镇"),
                website("c1", "C办"));
    }

    static List<Report> reports() {
        return List.of(
                below("a1-old", "a1", "A局", LocalDate.of(2024, 4, 2), "40"),
                qualified("a1-new", "a1", "A局", LocalDate.of(2024, 6, 10), "60"),
                qualified("a2-q2", "a2", "A局", MAY, "80"),
                qualified("a3-q2", "a3", "A局", MAY, "100"),
                qualified("a4-q2", "a4", "A局", MAY, "80.01"),
                newMedia("am1-q2", "am1", "A局", MAY, false),
                below("b1-q2", "b1", "B镇", MAY, "59.9"),
                vetoed("b2-q2", "b2", "B镇", MAY),
                qualified("b3-q2", "b3", "B镇", MAY, "99.99"),
                newMedia("bm1-q2", "bm1", "B镇", MAY, true),
                newMedia("bm2-q2", "bm2", "B镇", MAY, false),
                newMedia("bm3-q2", "bm3", "B镇", MAY, false),
                qualified("zz-q2", "zz", "Z局", MAY, "90"));
    }

    static CountyRollup rollup() {
        return CountyRollup.of(county(), reports(), List.of(annual("A局", 2024, "A2", "A1", "A2")));
    }

    @Test
    void countyWebsiteCounts() {
        WebsiteFigures w = rollup().total().websites();
        assertThat(w.registered()).isEqualTo(8);
        assertThat(w.checked()).isEqualTo(7);
        assertThat(w.unchecked()).isEqualTo(1);
        assertThat(w.qualified()).isEqualTo(5);
        assertThat(w.unqualified()).isEqualTo(2);
        assertThat(w.unqualifiedVeto()).isEqualTo(1);
        assertThat(w.unqualifiedBelow60()).isEqualTo(1);
        assertThat(w.scored()).isEqualTo(6);
    }

    @Test
    void countyMeanIsExactThenShownWithTwoDecimals() {
        WebsiteFigures w = rollup().total().websites();
        assertThat(w.scoreSum()).isEqualByComparingTo("479.90");
        // 479.90 / 6 = 79.98333… does not end: 10 decimals, half-up
        assertThat(w.meanScore()).isEqualTo(new BigDecimal("79.9833333333"));
        assertThat(w.meanScoreDisplay()).isEqualTo("79.98");
    }

    @Test
    void unitMeansAreExactWhenTheDecimalEnds() {
        CountyRollup r = rollup();
        WebsiteFigures a = unit(r, "A局").figures().websites();
        assertThat(a.scored()).isEqualTo(4);
        assertThat(a.scoreSum()).isEqualByComparingTo("320.01");
        assertThat(a.meanScore()).isEqualTo(new BigDecimal("80.0025"));
        assertThat(a.meanScoreDisplay()).isEqualTo("80.00");
        WebsiteFigures b = unit(r, "B镇").figures().websites();
        assertThat(b.scored()).isEqualTo(2);
        assertThat(b.meanScore()).isEqualTo(new BigDecimal("79.945"));
        assertThat(b.meanScoreDisplay()).isEqualTo("79.95");
        assertThat(b.unqualifiedVeto()).isEqualTo(1);
        assertThat(b.unqualifiedBelow60()).isEqualTo(1);
        WebsiteFigures c = unit(r, "C办").figures().websites();
        assertThat(c.registered()).isEqualTo(1);
        assertThat(c.checked()).isZero();
        assertThat(c.scored()).isZero();
        assertThat(c.scoreSum()).isEqualByComparingTo("0");
        assertThat(c.meanScore()).isNull();
        assertThat(c.meanScoreDisplay()).isNull();
    }

    @Test
    void distributionPutsBoundaryScoresInTheDocumentedBands() {
        CountyRollup r = rollup();
        assertThat(r.total().websites().distribution())
                .extracting(BandCount::label, BandCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("< 60", 1),
                        org.assertj.core.groups.Tuple.tuple("[60, 80]", 2),
                        org.assertj.core.groups.Tuple.tuple("(80, 100)", 2),
                        org.assertj.core.groups.Tuple.tuple("≥ 100", 1));
        assertThat(unit(r, "A局").figures().websites().distribution()).extracting(BandCount::count)
                .containsExactly(0, 2, 1, 1);
        assertThat(unit(r, "B镇").figures().websites().distribution()).extracting(BandCount::count)
                .containsExactly(1, 0, 1, 0);
        assertThat(site(r, "a1").band()).isEqualTo("[60, 80]");
        assertThat(site(r, "a2").band()).isEqualTo("[60, 80]");
        assertThat(site(r, "a4").band()).isEqualTo("(80, 100)");
        assertThat(site(r, "b3").band()).isEqualTo("(80, 100)");
        assertThat(site(r, "a3").band()).isEqualTo("≥ 100");
        assertThat(site(r, "b1").band()).isEqualTo("< 60");
        assertThat(site(r, "b2").band()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "59.99, < 60", "60, '[60, 80]'", "60.00, '[60, 80]'", "60.01, '[60, 80]'", "79.99, '[60, 80]'", "80, '[60, 80]'",
        "80.0000000001, '(80, 100)'", "99.99, '(80, 100)'", "100, ≥ 100", "100.01, ≥ 100", "0, < 60"})
    void bandOfOneScore(String score, String band) {
        Register reg = register("2024Q2", website("s", "U"));
        CountyRollup r = CountyRollup.of(reg, List.of(qualified("i", "s", "U", MAY, score)));
        assertThat(site(r, "s").band()).isEqualTo(band);
    }

    @Test
    void vetoedWebsiteHasNoScoreAndIsNotAveraged() {
        SubjectResult b2 = site(rollup(), "b2");
        assertThat(b2.checked()).isTrue();
        assertThat(b2.verdict()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(b2.reason()).isEqualTo(VerdictReason.VETO);
        assertThat(b2.score()).isNull();
        assertThat(b2.scoreDisplay()).isNull();
    }

    @Test
    void latestReportOfASubjectIsCounted() {
        CountyRollup r = rollup();
        SubjectResult a1 = site(r, "a1");
        assertThat(a1.inspectionId()).isEqualTo("a1-new");
        assertThat(a1.score()).isEqualByComparingTo("60");
        assertThat(a1.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(r.warnings()).filteredOn(w -> w.code() == RollupWarningCode.DUPLICATE_REPORT)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.subject()).isEqualTo("a1");
                    assertThat(w.inspectionIds()).containsExactly("a1-new", "a1-old");
                });
    }

    @Test
    void newMediaRatioPerUnitAndCounty() {
        CountyRollup r = rollup();
        NewMediaFigures a = unit(r, "A局").figures().newMedia();
        assertThat(a.registered()).isEqualTo(2);
        assertThat(a.checked()).isEqualTo(1);
        assertThat(a.spotCheckRatio()).isEqualByComparingTo("0.5");
        assertThat(a.spotCheckPercent()).isEqualTo("50.00");
        assertThat(a.aboveRequiredRatio()).isFalse();

        NewMediaFigures b = unit(r, "B镇").figures().newMedia();
        assertThat(b.checked()).isEqualTo(3);
        assertThat(b.qualified()).isEqualTo(2);
        assertThat(b.unqualified()).isEqualTo(1);
        assertThat(b.unqualifiedVeto()).isEqualTo(1);
        assertThat(b.spotCheckPercent()).isEqualTo("75.00");
        assertThat(b.aboveRequiredRatio()).isTrue();

        NewMediaFigures c = unit(r, "C办").figures().newMedia();
        assertThat(c.registered()).isZero();
        assertThat(c.spotCheckRatio()).isNull();
        assertThat(c.spotCheckPercent()).isNull();
        assertThat(c.aboveRequiredRatio()).isNull();

        NewMediaFigures total = r.total().newMedia();
        assertThat(total.registered()).isEqualTo(6);
        assertThat(total.checked()).isEqualTo(4);
        assertThat(total.spotCheckRatio()).isEqualTo(new BigDecimal("0.6666666667"));
        assertThat(total.spotCheckPercent()).isEqualTo("66.67");
        assertThat(total.requiredSpotCheckRatio()).isEqualByComparingTo("0.5");
        assertThat(total.aboveRequiredRatio()).isTrue();
    }

    /** 抽查比例大于50%: exactly 50 % is not above; one account more is. */
    @ParameterizedTest
    @CsvSource({"1, 2, false, 50.00", "2, 4, false, 50.00", "50, 100, false, 50.00", "51, 100, true, 51.00",
        "49, 100, false, 49.00", "1, 3, false, 33.33", "2, 3, true, 66.67", "3, 5, true, 60.00", "0, 1, false, 0.00",
        "1, 1, true, 100.00"})
    void spotCheckRatioMustBeStrictlyAboveHalf(int checked, int registered, boolean above, String percent) {
        List<RegisteredSubject> subjects = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < registered; i++) {
            String id = String.format("m%03d", i);
            subjects.add(account(id, "U"));
            if (i < checked) {
                reports.add(newMedia("i" + id, id, "U", MAY, false));
            }
        }
        Register reg = register("2024Q2", subjects.toArray(RegisteredSubject[]::new));
        NewMediaFigures n = CountyRollup.of(reg, reports).total().newMedia();
        assertThat(n.checked()).isEqualTo(checked);
        assertThat(n.aboveRequiredRatio()).isEqualTo(above);
        assertThat(n.spotCheckPercent()).isEqualTo(percent);
    }

    @Test
    void requiredRatioIsAParameter() {
        Register reg = register("2024Q2", account("m1", "U"), account("m2", "U"), account("m3", "U"));
        List<Report> two = List.of(newMedia("i1", "m1", "U", MAY, false), newMedia("i2", "m2", "U", MAY, false));
        RollupOptions twoThirds = RollupOptions.defaults().withRequiredSpotCheckRatio(new BigDecimal("0.6666666667"));
        assertThat(CountyRollup.of(reg, two, List.of(), twoThirds).total().newMedia().aboveRequiredRatio()).isFalse();
        RollupOptions sixty = RollupOptions.defaults().withRequiredSpotCheckRatio(new BigDecimal("0.6"));
        assertThat(CountyRollup.of(reg, two, List.of(), sixty).total().newMedia().aboveRequiredRatio()).isTrue();
        assertThat(CountyRollup.of(reg, two, List.of(), sixty).options().requiredSpotCheckRatio())
                .isEqualByComparingTo("0.6");
    }

    @Test
    void uncheckedRegisteredWebsitesAreListed() {
        CountyRollup r = rollup();
        assertThat(r.uncheckedWebsites()).extracting(RegisteredSubject::id).containsExactly("c1");
        SubjectResult c1 = site(r, "c1");
        assertThat(c1.checked()).isFalse();
        assertThat(c1.inspectionId()).isNull();
        assertThat(c1.verdict()).isNull();
    }

    @Test
    void reportsOfUnregisteredSubjectsAreWarnedAndNotCounted() {
        CountyRollup r = rollup();
        assertThat(r.warnings()).filteredOn(w -> w.code() == RollupWarningCode.UNREGISTERED_SUBJECT)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.subject()).isEqualTo("zz");
                    assertThat(w.inspectionIds()).containsExactly("zz-q2");
                });
        assertThat(r.units()).extracting(UnitRollup::unit).doesNotContain("Z局");
        assertThat(r.total().websites().checked()).isEqualTo(7);
    }

    @Test
    void reportOfTheWrongKindIsWarnedAndNotCounted() {
        Register reg = register("2024Q2", website("s", "U"), account("m", "U"));
        CountyRollup r = CountyRollup.of(reg, List.of(newMedia("i1", "s", "U", MAY, false),
                qualified("i2", "m", "U", MAY, "90")));
        assertThat(r.total().websites().checked()).isZero();
        assertThat(r.total().newMedia().checked()).isZero();
        assertThat(r.warnings()).extracting(RollupWarning::code, RollupWarning::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RollupWarningCode.KIND_MISMATCH, "m"),
                        org.assertj.core.groups.Tuple.tuple(RollupWarningCode.KIND_MISMATCH, "s"));
    }

    @Test
    void reportsOutsideTheQuarterAreCountedWithAWarning() {
        Register reg = register("2024Q2", website("s", "U"), website("t", "U"), website("u", "U"));
        CountyRollup r = CountyRollup.of(reg, List.of(
                qualified("before", "s", "U", LocalDate.of(2024, 3, 31), "70"),
                qualified("first", "t", "U", LocalDate.of(2024, 4, 1), "70"),
                qualified("after", "u", "U", LocalDate.of(2024, 7, 1), "70")));
        assertThat(r.total().websites().checked()).isEqualTo(3);
        assertThat(r.warnings()).filteredOn(w -> w.code() == RollupWarningCode.OUTSIDE_QUARTER)
                .extracting(RollupWarning::subject).containsExactly("s", "u");
    }

    @Test
    void reportNamingAnotherUnitCountsUnderTheRegisteredUnit() {
        Register reg = register("2024Q2", website("s", "登记单位"));
        CountyRollup r = CountyRollup.of(reg, List.of(qualified("i", "s", "别的单位", MAY, "70")));
        assertThat(r.units()).extracting(UnitRollup::unit).containsExactly("登记单位");
        assertThat(r.units().get(0).figures().websites().checked()).isEqualTo(1);
        assertThat(r.warnings()).extracting(RollupWarning::code).containsExactly(RollupWarningCode.UNIT_MISMATCH);
    }

    @Test
    void annualOutcomesAreListedPerUnitAndCountyWide() {
        CountyRollup r = CountyRollup.of(county(), reports(),
                List.of(annual("A局", 2024, "A2", "A1", "A2"), annual("Z单位", 2023), annual("B镇", 2024)));
        assertThat(r.annual()).extracting(AnnualOutcome::unit, AnnualOutcome::year, AnnualOutcome::verdict,
                AnnualOutcome::rules, AnnualOutcome::unitRegistered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A局", 2024, Verdict.UNQUALIFIED, List.of("A1", "A2"), true),
                        org.assertj.core.groups.Tuple.tuple("B镇", 2024, Verdict.QUALIFIED, List.of(), true),
                        org.assertj.core.groups.Tuple.tuple("Z单位", 2023, Verdict.QUALIFIED, List.of(), false));
        assertThat(unit(r, "A局").annual()).extracting(AnnualOutcome::reason).containsExactly(VerdictReason.ANNUAL_RULE);
        assertThat(unit(r, "C办").annual()).isEmpty();
        assertThat(r.warnings()).filteredOn(w -> w.subject().equals("Z单位")).extracting(RollupWarning::code)
                .containsExactly(RollupWarningCode.ANNUAL_UNIT_NOT_REGISTERED, RollupWarningCode.ANNUAL_OTHER_YEAR);
    }

    @Test
    void annualReportsAmongTheReportsAreTakenAsAnnualOutcomes() {
        List<Report> mixed = new ArrayList<>(reports());
        mixed.add(annual("B镇", 2024, "A3"));
        CountyRollup r = CountyRollup.of(county(), mixed);
        assertThat(r.annual()).extracting(AnnualOutcome::unit, AnnualOutcome::rules)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B镇", List.of("A3")));
    }

    @Test
    void orderIsDeterministic() {
        CountyRollup expected = rollup();
        assertThat(expected.units()).extracting(UnitRollup::unit).containsExactly("A局", "B镇", "C办");
        assertThat(unit(expected, "B镇").websites()).extracting(SubjectResult::id).containsExactly("b1", "b2", "b3");
        assertThat(expected.checkedWebsites()).extracting(SubjectResult::id)
                .containsExactly("a1", "a2", "a3", "a4", "b1", "b2", "b3");
        List<Report> shuffled = new ArrayList<>(reports());
        Collections.shuffle(shuffled, new Random(7));
        List<RegisteredSubject> subjects = new ArrayList<>(county().subjects());
        Collections.reverse(subjects);
        Register reversed = new Register(county().county(), county().quarter(), subjects);
        assertThat(CountyRollup.of(reversed, shuffled, List.of(annual("A局", 2024, "A2", "A1", "A2"))))
                .isEqualTo(expected);
    }

    @Test
    void aRegisterWithProblemsIsRefused() {
        Register dup = register("2024Q2", website("s", "U"), account("s", "V"));
        assertThatThrownBy(() -> CountyRollup.of(dup, List.<ScoreReport>of()))
                .isInstanceOf(InvalidInspectionException.class)
                .hasMessageContaining("$.subjects[1].id");
    }

    private static UnitRollup unit(CountyRollup r, String name) {
        return r.units().stream().filter(u -> u.unit().equals(name)).findFirst().orElseThrow();
    }

    private static SubjectResult site(CountyRollup r, String id) {
        return r.units().stream().flatMap(u -> u.websites().stream()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
