package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.TestEngine.countyPortal;
import static org.govweb.scoring.testing.TestEngine.engine;
import static org.govweb.scoring.testing.TestEngine.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.govweb.scoring.drools.fact.Sample;
import org.govweb.scoring.drools.fact.StratifiedSample;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.website.Design;
import org.govweb.scoring.website.ErrorReport;
import org.govweb.scoring.website.FooterElement;
import org.govweb.scoring.website.Link;
import org.govweb.scoring.website.PageTag;
import org.govweb.scoring.website.PageType;
import org.govweb.scoring.website.ReplyQuality;
import org.govweb.scoring.website.Search;
import org.govweb.scoring.website.SearchTest;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 功能设计 D4.1–D4.10 on the spec's county portal (monitoring date 2019-12-18, Wednesday). */
class D4DesignTest {

    static final WebsiteInspection BASE = countyPortal();
    static final LocalDate MD = BASE.monitoringDate();

    // ------------------------------------------------------------------ helpers

    static IndicatorAnalysis d4(WebsiteInspection in, String id) {
        ScoreReport r = score(in);
        assertThat(r.vetoes()).as("the changed example must stay free of vetoes").isEmpty();
        return r.indicator(id).orElseThrow();
    }

    static WebsiteInspection design(Design.Builder changed) {
        return BASE.toBuilder().design(changed.build()).build();
    }

    static Design.Builder designOf() {
        return BASE.design().toBuilder();
    }

    static WebsiteInspection errorReports(ErrorReport... reports) {
        return BASE.toBuilder()
                .interaction(BASE.interaction().toBuilder().errorReports(List.of(reports)).build())
                .build();
    }

    static ErrorReport report(String id, LocalDate submitted, LocalDate replied) {
        return new ErrorReport(id, submitted, replied, ReplyQuality.OK);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static List<BigDecimal> amounts(IndicatorAnalysis a) {
        return a.lines().stream().map(LineAnalysis::amount).toList();
    }

    static List<List<String>> evidence(IndicatorAnalysis a) {
        return a.lines().stream().map(LineAnalysis::evidenceIds).toList();
    }

    static void assertClean(IndicatorAnalysis a) {
        assertThat(a.status()).isEqualTo(IndicatorStatus.CLEAN);
        assertThat(a.lines()).isEmpty();
        assertThat(a.raw()).isEqualByComparingTo("0");
        assertThat(a.counted()).isEqualByComparingTo("0");
        assertThat(a.capped()).isFalse();
        assertThat(a.score()).isEqualByComparingTo(a.points());
    }

    static void assertHit(IndicatorAnalysis a, String raw, String counted, boolean capped) {
        assertThat(a.status()).isEqualTo(IndicatorStatus.HIT);
        assertThat(a.raw()).isEqualByComparingTo(raw);
        assertThat(a.counted()).isEqualByComparingTo(counted);
        assertThat(a.capped()).isEqualTo(capped);
        assertThat(a.score()).isEqualByComparingTo(a.points().subtract(new BigDecimal(counted)));
    }

    // ------------------------------------------------------------------ the spec's example

    @Nested
    class TheExample {
        final ScoreReport r = score(BASE);

        @Test
        void reproducesTheExpectedOutcomeOfEveryD4Indicator() {
            assertThat(r.vetoes()).isEmpty();
            assertThat(r.indicators().stream().filter(i -> i.group().equals("D4")).map(IndicatorAnalysis::indicator))
                    .containsExactly("D4.1", "D4.2", "D4.3", "D4.4", "D4.5", "D4.6", "D4.7", "D4.8", "D4.9", "D4.10");
            for (String clean : List.of("D4.1", "D4.2", "D4.4", "D4.5", "D4.7", "D4.9", "D4.10")) {
                assertClean(r.indicator(clean).orElseThrow());
            }
            assertHit(r.indicator("D4.3").orElseThrow(), "0.1", "0.1", false);
            assertHit(r.indicator("D4.6").orElseThrow(), "1", "1", false);
            assertHit(r.indicator("D4.8").orElseThrow(), "0.1", "0.1", false);
            assertThat(r.group("D4").orElseThrow().counted()).isEqualByComparingTo("1.2");
            assertThat(r.group("D4").orElseThrow().score()).isEqualByComparingTo("19.8");
        }

        @Test
        void itemisesTheFindingsWithTheirEvidence() {
            assertThat(evidence(r.indicator("D4.3").orElseThrow()))
                    .containsExactly(List.of("http://www.cqfd.gov.cn/old/a.pdf"));
            assertThat(evidence(r.indicator("D4.6").orElseThrow())).containsExactly(List.of("t4"));
            assertThat(r.indicator("D4.6").orElseThrow().sampledIds()).containsExactly("t1", "t2", "t3", "t4");
            assertThat(evidence(r.indicator("D4.8").orElseThrow()))
                    .containsExactly(List.of("http://www.cqfd.gov.cn/yw/2.html", "ownTag=false"));
            assertThat(r.indicator("D4.8").orElseThrow().sampledIds()).hasSize(10);
        }

        @Test
        void e2IsOnTimeBecauseOfTheNationalDayScheduleAndWouldBeLateByPlainMondayToFriday() {
            // filed Friday 2019-09-27: Sunday 09-29 (调休) 1, Monday 09-30 2, 10-01..07 holidays, Tuesday 10-08 3
            assertClean(r.indicator("D4.5").orElseThrow());
            // one day later is late
            IndicatorAnalysis late = d4(errorReports(report("e2", LocalDate.of(2019, 9, 27), LocalDate.of(2019, 10, 9))),
                    "D4.5");
            assertHit(late, "1", "1", false);
            assertThat(evidence(late)).containsExactly(
                    List.of("due=2019-10-08", "e2", "repliedOn=2019-10-09", "submittedOn=2019-09-27"));
        }

        @Test
        void cataloguesTheGroupWithD45MarkedInferred() {
            List<IndicatorInfo> cat = engine().catalogue();
            IndicatorInfo group = cat.stream().filter(i -> i.id().equals("D4")).findFirst().orElseThrow();
            assertThat(group.kind()).isEqualTo(IndicatorKind.DEDUCTION);
            assertThat(group.points()).isEqualByComparingTo("21");
            assertThat(group.service()).isFalse();
            List<IndicatorInfo> members = cat.stream().filter(i -> "D4".equals(i.group())).toList();
            assertThat(members.stream().map(IndicatorInfo::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("21");
            IndicatorInfo d45 = members.stream().filter(i -> i.id().equals("D4.5")).findFirst().orElseThrow();
            assertThat(d45.nameInferred()).isTrue();
            assertThat(d45.nameZh()).isEqualTo("“我为政府网站找错”留言办理");
            assertThat(d45.points()).isEqualByComparingTo("3");
            assertThat(members.stream().filter(i -> !i.id().equals("D4.5"))).noneMatch(IndicatorInfo::nameInferred);
        }
    }

    // ------------------------------------------------------------------ D4.1

    @Nested
    class D41DomainAndName {
        @Test
        void clean() {
            assertClean(d4(BASE, "D4.1"));
        }

        @Test
        void oneFalseFlagCostsOne() {
            IndicatorAnalysis a = d4(design(designOf().namedAfterUnit(false)), "D4.1");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("design.namedAfterUnit=false"));
        }

        @Test
        void allThreeFalseCostTheFullThreeWithoutCapping() {
            IndicatorAnalysis a = d4(design(designOf().domainCompliant(false).namedAfterUnit(false)
                    .nameInHeaderOnAllPages(false)), "D4.1");
            assertHit(a, "3", "3", false);
            assertThat(amounts(a)).containsExactly(bd("1"), bd("1"), bd("1"));
            assertThat(a.score()).isEqualByComparingTo("0");
        }
    }

    // ------------------------------------------------------------------ D4.2

    @Nested
    class D42SiteIdentification {
        @Test
        void clean() {
            assertClean(d4(BASE, "D4.2"));
        }

        @Test
        void oneMissingElementCostsHalfAPoint() {
            IndicatorAnalysis a = d4(design(designOf().footerElements(List.of(FooterElement.PARTY_GOV_MARK,
                    FooterElement.SITE_CODE, FooterElement.ICP_NUMBER, FooterElement.PSB_FILING, FooterElement.SPONSOR))),
                    "D4.2");
            assertHit(a, "0.5", "0.5", false);
            assertThat(evidence(a)).containsExactly(List.of("CONTACT"));
        }

        @Test
        void allSixMissingCostTheFullThreeOneLineEach() {
            IndicatorAnalysis a = d4(design(designOf().footerElements(List.of())), "D4.2");
            assertHit(a, "3", "3", false);
            assertThat(a.lines()).hasSize(6);
            assertThat(evidence(a).stream().flatMap(List::stream))
                    .containsExactlyInAnyOrder("PARTY_GOV_MARK", "SITE_CODE", "ICP_NUMBER", "PSB_FILING", "SPONSOR", "CONTACT");
        }
    }

    // ------------------------------------------------------------------ D4.3

    @Nested
    class D43Usability {
        List<Link> links(int homeBroken, int otherBroken) {
            List<Link> out = new ArrayList<>();
            out.add(new Link("http://ok/", "http://www.cqfd.gov.cn/", true, true));
            for (int i = 0; i < homeBroken; i++) {
                out.add(new Link("http://home/" + i, "http://www.cqfd.gov.cn/", true, false));
            }
            for (int i = 0; i < otherBroken; i++) {
                out.add(new Link("http://other/" + i, "http://www.cqfd.gov.cn/zc/", false, false));
            }
            return out;
        }

        @Test
        void clean() {
            assertClean(d4(design(designOf().links(links(0, 0))), "D4.3"));
        }

        @Test
        void oneBrokenLinkOnTheHomepageCostsTwoTenths() {
            IndicatorAnalysis a = d4(design(designOf().links(links(1, 0))), "D4.3");
            assertHit(a, "0.2", "0.2", false);
            assertThat(evidence(a)).containsExactly(List.of("http://home/0"));
        }

        @Test
        void oneBrokenLinkElsewhereCostsOneTenth() {
            IndicatorAnalysis a = d4(design(designOf().links(links(0, 1))), "D4.3");
            assertHit(a, "0.1", "0.1", false);
            assertThat(evidence(a)).containsExactly(List.of("http://other/0"));
        }

        @Test
        void tenBrokenOffHomepageLinksReachTheCapExactly() {
            assertHit(d4(design(designOf().links(links(0, 10))), "D4.3"), "1.0", "1", false);
        }

        @Test
        void elevenBrokenOffHomepageLinksAreCappedAtOne() {
            IndicatorAnalysis a = d4(design(designOf().links(links(0, 11))), "D4.3");
            assertHit(a, "1.1", "1", true);
            assertThat(a.lines()).hasSize(11);
            assertThat(a.score()).isEqualByComparingTo("0");
        }

        @Test
        void homepageAndOtherLinksAddUp() {
            // 4 × 0.2 + 2 × 0.1 = 1.0 (at the cap); one more off-homepage link passes it
            assertHit(d4(design(designOf().links(links(4, 2))), "D4.3"), "1.0", "1", false);
            assertHit(d4(design(designOf().links(links(4, 3))), "D4.3"), "1.1", "1", true);
        }
    }

    // ------------------------------------------------------------------ D4.4

    @Nested
    class D44ErrorReportEntry {
        List<String> pages(int n) {
            return IntStream.range(0, n).mapToObj(i -> "http://www.cqfd.gov.cn/p/" + i).toList();
        }

        @Test
        void clean() {
            assertClean(d4(BASE, "D4.4"));
        }

        @Test
        void missingOnTheHomepageCostsOne() {
            IndicatorAnalysis a = d4(design(designOf().errorReportEntryOnHomepage(false)), "D4.4");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("homepage"));
        }

        @Test
        void oneOtherPageMissingItCostsTwoTenths() {
            IndicatorAnalysis a = d4(design(designOf().pagesMissingErrorReportEntry(pages(1))), "D4.4");
            assertHit(a, "0.2", "0.2", false);
            assertThat(evidence(a)).containsExactly(List.of("http://www.cqfd.gov.cn/p/0"));
        }

        @Test
        void fivePagesReachTheCapSixPassIt() {
            assertHit(d4(design(designOf().pagesMissingErrorReportEntry(pages(5))), "D4.4"), "1.0", "1", false);
            IndicatorAnalysis a = d4(design(designOf().pagesMissingErrorReportEntry(pages(6))), "D4.4");
            assertHit(a, "1.2", "1", true);
            assertThat(a.lines()).hasSize(6);
        }

        @Test
        void homepageAndOtherPagesAreCappedTogether() {
            assertHit(d4(design(designOf().errorReportEntryOnHomepage(false).pagesMissingErrorReportEntry(pages(1))),
                    "D4.4"), "1.2", "1", true);
        }
    }

    // ------------------------------------------------------------------ D4.5

    @Nested
    class D45HandlingOfErrorReports {
        @Test
        void clean() {
            assertClean(d4(errorReports(), "D4.5"));
            assertClean(d4(BASE, "D4.5"));
        }

        @Test
        void nationalDay2019TheThirdWorkingDayAfterFridaySeptember27IsOctober8() {
            LocalDate fri = LocalDate.of(2019, 9, 27);
            assertClean(d4(errorReports(report("r", fri, LocalDate.of(2019, 10, 8))), "D4.5"));
            assertHit(d4(errorReports(report("r", fri, LocalDate.of(2019, 10, 9))), "D4.5"), "1", "1", false);
        }

        @Test
        void aDayBeforeTheHolidayTheThirdWorkingDayIsStillOctober8() {
            // filed Saturday 09-28: Sunday 09-29 (调休) 1, Monday 09-30 2, Tuesday 10-08 3
            LocalDate sat = LocalDate.of(2019, 9, 28);
            assertClean(d4(errorReports(report("r", sat, LocalDate.of(2019, 10, 8))), "D4.5"));
            assertHit(d4(errorReports(report("r", sat, LocalDate.of(2019, 10, 9))), "D4.5"), "1", "1", false);
            // filed Monday 09-30: 10-08 1, 10-09 2, 10-10 3
            LocalDate mon = LocalDate.of(2019, 9, 30);
            assertClean(d4(errorReports(report("r", mon, LocalDate.of(2019, 10, 10))), "D4.5"));
            assertHit(d4(errorReports(report("r", mon, LocalDate.of(2019, 10, 11))), "D4.5"), "1", "1", false);
        }

        @Test
        void theMakeUpSaturdayOctober12IsAWorkingDay() {
            // filed Wednesday 10-09: Thursday 10-10 1, Friday 10-11 2, Saturday 10-12 (调休) 3
            LocalDate wed = LocalDate.of(2019, 10, 9);
            assertClean(d4(errorReports(report("r", wed, LocalDate.of(2019, 10, 12))), "D4.5"));
            // by plain Monday–Friday Monday 10-14 would be on time; by the schedule it is late
            IndicatorAnalysis a = d4(errorReports(report("r", wed, LocalDate.of(2019, 10, 14))), "D4.5");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(
                    List.of("due=2019-10-12", "r", "repliedOn=2019-10-14", "submittedOn=2019-10-09"));
        }

        @Test
        void unansweredIsLateOnlyOnceTheMonitoringDateIsPastTheThirdWorkingDay() {
            // md Wednesday 12-18. Filed Friday 12-13: Monday 1, Tuesday 2, Wednesday 12-18 3 → not late yet
            assertClean(d4(errorReports(report("r", LocalDate.of(2019, 12, 13), null)), "D4.5"));
            // filed Thursday 12-12: Friday 1, Monday 2, Tuesday 12-17 3 → md is past it
            IndicatorAnalysis a = d4(errorReports(report("r", LocalDate.of(2019, 12, 12), null)), "D4.5");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("due=2019-12-17", "r", "submittedOn=2019-12-12", "unanswered"));
        }

        @Test
        void theSixMonthWindowIncludesItsFirstDayAndNothingBefore() {
            LocalDate first = MD.minusMonths(6); // 2019-06-18
            assertThat(first).isEqualTo(LocalDate.of(2019, 6, 18));
            assertHit(d4(errorReports(report("in", first, null)), "D4.5"), "1", "1", false);
            assertClean(d4(errorReports(report("out", first.minusDays(1), null)), "D4.5"));
            ErrorReport perfunctoryBefore = new ErrorReport("out", first.minusDays(1), first, ReplyQuality.PERFUNCTORY);
            assertClean(d4(errorReports(perfunctoryBefore), "D4.5"));
            ErrorReport perfunctoryFirst = new ErrorReport("in", first, first.plusDays(1), ReplyQuality.PERFUNCTORY);
            assertHit(d4(errorReports(perfunctoryFirst), "D4.5"), "1", "1", false);
        }

        @Test
        void aPerfunctoryReplyCostsOneAndALatePerfunctoryOneCostsTwo() {
            ErrorReport onTime = new ErrorReport("p1", LocalDate.of(2019, 11, 4), LocalDate.of(2019, 11, 5),
                    ReplyQuality.PERFUNCTORY);
            IndicatorAnalysis a = d4(errorReports(onTime), "D4.5");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("p1"));
            ErrorReport late = new ErrorReport("p2", LocalDate.of(2019, 11, 4), LocalDate.of(2019, 11, 15),
                    ReplyQuality.PERFUNCTORY);
            assertHit(d4(errorReports(late), "D4.5"), "2", "2", false);
        }

        @Test
        void anUnansweredReportIsNeverJudgedPerfunctory() {
            ErrorReport unanswered = new ErrorReport("u", LocalDate.of(2019, 12, 13), null, ReplyQuality.PERFUNCTORY);
            assertClean(d4(errorReports(unanswered), "D4.5"));
        }

        @Test
        void fourLateReportsAreCappedAtThree() {
            IndicatorAnalysis three = d4(errorReports(
                    report("a", LocalDate.of(2019, 11, 1), null),
                    report("b", LocalDate.of(2019, 11, 4), null),
                    report("c", LocalDate.of(2019, 11, 5), null)), "D4.5");
            assertHit(three, "3", "3", false);
            IndicatorAnalysis four = d4(errorReports(
                    report("a", LocalDate.of(2019, 11, 1), null),
                    report("b", LocalDate.of(2019, 11, 4), null),
                    report("c", LocalDate.of(2019, 11, 5), null),
                    report("d", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 11, 20))), "D4.5");
            assertHit(four, "4", "3", true);
            assertThat(four.lines()).hasSize(4);
            assertThat(four.score()).isEqualByComparingTo("0");
        }
    }

    // ------------------------------------------------------------------ D4.6

    @Nested
    class D46SiteSearch {
        static SearchTest test(String id, boolean subordinate, boolean found, String... sampledFor) {
            return new SearchTest(id, "标题" + id, subordinate, found, List.of(sampledFor));
        }

        WebsiteInspection withSearch(boolean available, boolean grouped, List<SearchTest> tests) {
            Search s = BASE.design().search();
            return design(designOf().search(new Search(available, grouped, s.fuzzy(), s.aggregatesServices(), tests)));
        }

        List<SearchTest> allFound(int n) {
            return IntStream.range(0, n).mapToObj(i -> test("t" + (char) ('a' + i), false, true)).toList();
        }

        @Test
        void clean() {
            IndicatorAnalysis a = d4(withSearch(true, true, allFound(4)), "D4.6");
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("ta", "tb", "tc", "td");
        }

        @Test
        void searchNotAvailableCostsFour() {
            IndicatorAnalysis a = d4(withSearch(false, true, allFound(4)), "D4.6");
            assertHit(a, "4", "4", false);
            assertThat(evidence(a)).containsExactly(List.of("design.search.available=false"));
        }

        @Test
        void resultsNotGroupedCostsOne() {
            assertHit(d4(withSearch(true, false, allFound(4)), "D4.6"), "1", "1", false);
        }

        @Test
        void eachSampledTitleNotFoundCostsOne() {
            List<SearchTest> tests = List.of(test("a", false, true), test("b", false, false), test("c", false, false));
            IndicatorAnalysis a = d4(withSearch(true, true, tests), "D4.6");
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactly(List.of("b"), List.of("c"));
        }

        @Test
        void unavailableAndEverythingElseFailingIsCappedAtFour() {
            List<SearchTest> none = List.of(test("a", false, false), test("b", false, false));
            IndicatorAnalysis a = d4(withSearch(false, false, none), "D4.6");
            assertHit(a, "7", "4", true);
            assertThat(a.score()).isEqualByComparingTo("0");
        }

        @Test
        void subordinateSiteTitlesAreNotPartOfTheSample() {
            List<SearchTest> tests = List.of(test("a", false, true), test("sub", true, false));
            IndicatorAnalysis a = d4(withSearch(true, true, tests), "D4.6");
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("a");
        }

        @Test
        void fewerThanFourAreAllChecked() {
            assertThat(d4(withSearch(true, true, allFound(3)), "D4.6").sampledIds()).containsExactly("ta", "tb", "tc");
        }

        @Test
        void moreThanFourDrawFourTheSameWhateverTheOrder() {
            List<SearchTest> tests = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                tests.add(test("t" + i, false, i % 2 == 0));
            }
            IndicatorAnalysis a = d4(withSearch(true, true, tests), "D4.6");
            assertThat(a.sampledIds()).hasSize(4).isSorted().doesNotHaveDuplicates();
            assertThat(a.sampledIds()).allMatch(id -> id.matches("t[0-8]"));
            // a finding exactly for each drawn title not found (odd numbers)
            long notFound = a.sampledIds().stream().filter(id -> (id.charAt(1) - '0') % 2 == 1).count();
            assertThat(a.raw()).isEqualByComparingTo(BigDecimal.valueOf(notFound));
            for (long shuffleSeed = 1; shuffleSeed <= 3; shuffleSeed++) {
                List<SearchTest> shuffled = new ArrayList<>(tests);
                Collections.shuffle(shuffled, new Random(shuffleSeed));
                IndicatorAnalysis b = d4(withSearch(true, true, shuffled), "D4.6");
                assertThat(b.sampledIds()).isEqualTo(a.sampledIds());
                assertThat(b.lines()).isEqualTo(a.lines());
            }
        }

        @Test
        void marksAreRespectedEvenBeyondFour() {
            List<SearchTest> tests = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                tests.add(i < 5 ? test("t" + i, false, false, "D4.6") : test("t" + i, false, true, "B4.1"));
            }
            IndicatorAnalysis a = d4(withSearch(true, true, tests), "D4.6");
            assertThat(a.sampledIds()).containsExactly("t0", "t1", "t2", "t3", "t4");
            assertHit(a, "5", "4", true);
        }

        @Test
        void marksRespectedWhenFewerThanFourAreMarked() {
            List<SearchTest> tests = List.of(test("a", false, true), test("b", false, false, "D4.6"),
                    test("c", false, false));
            IndicatorAnalysis a = d4(withSearch(true, true, tests), "D4.6");
            assertThat(a.sampledIds()).containsExactly("b");
            assertHit(a, "1", "1", false);
        }
    }

    // ------------------------------------------------------------------ D4.7

    @Nested
    class D47SingleSignOn {
        @Test
        void clean() {
            assertClean(d4(BASE, "D4.7"));
        }

        @Test
        void noSingleSignOnCostsTheFullTwo() {
            IndicatorAnalysis a = d4(design(designOf().singleSignOn(false)), "D4.7");
            assertHit(a, "2", "2", false);
            assertThat(a.score()).isEqualByComparingTo("0");
            assertThat(evidence(a)).containsExactly(List.of("design.singleSignOn=false"));
        }
    }

    // ------------------------------------------------------------------ D4.8

    @Nested
    class D48PageTags {
        static PageTag page(String url, PageType type, boolean site, boolean own, String... sampledFor) {
            return new PageTag(url, type, site, own, List.of(sampledFor));
        }

        static List<PageTag> pages(PageType type, String prefix, int n, int lacking) {
            List<PageTag> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(page(prefix + i, type, true, i >= lacking));
            }
            return out;
        }

        static List<PageTag> concat(List<PageTag> a, List<PageTag> b) {
            List<PageTag> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        WebsiteInspection withPages(List<PageTag> pages) {
            return design(designOf().pageTags(pages));
        }

        @Test
        void clean() {
            IndicatorAnalysis a = d4(withPages(concat(pages(PageType.CONTENT, "n", 5, 0), pages(PageType.COLUMN, "c", 5, 0))),
                    "D4.8");
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("c0", "c1", "c2", "c3", "c4", "n0", "n1", "n2", "n3", "n4");
        }

        @Test
        void aContentPageWithoutItsSiteTagCostsOneTenth() {
            List<PageTag> p = List.of(page("n0", PageType.CONTENT, false, true), page("c0", PageType.COLUMN, true, true));
            IndicatorAnalysis a = d4(withPages(p), "D4.8");
            assertHit(a, "0.1", "0.1", false);
            assertThat(evidence(a)).containsExactly(List.of("n0", "siteTag=false"));
            assertThat(a.lines().get(0).reasonZh()).contains("内容页面");
        }

        @Test
        void aColumnPageWithoutBothTagsCostsOneTenthOnce() {
            List<PageTag> p = List.of(page("n0", PageType.CONTENT, true, true), page("c0", PageType.COLUMN, false, false));
            IndicatorAnalysis a = d4(withPages(p), "D4.8");
            assertHit(a, "0.1", "0.1", false);
            assertThat(evidence(a)).containsExactly(List.of("c0", "ownTag=false", "siteTag=false"));
            assertThat(a.lines().get(0).reasonZh()).contains("栏目页面");
        }

        @Test
        void everySampledPageLackingTagsReachesTheCapExactly() {
            IndicatorAnalysis a = d4(withPages(concat(pages(PageType.CONTENT, "n", 8, 8), pages(PageType.COLUMN, "c", 8, 8))),
                    "D4.8");
            // 5 + 5 drawn of 8 + 8, each lacking: 10 × 0.1 = 1.0
            assertThat(a.sampledIds()).hasSize(10);
            assertThat(a.sampledIds().stream().filter(id -> id.startsWith("n"))).hasSize(5);
            assertThat(a.sampledIds().stream().filter(id -> id.startsWith("c"))).hasSize(5);
            assertHit(a, "1.0", "1", false);
        }

        @Test
        void markedPagesBeyondFivePassTheCap() {
            List<PageTag> p = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                p.add(page("n" + i, PageType.CONTENT, true, false, "D4.8"));
                p.add(page("c" + i, PageType.COLUMN, true, false, "D4.8"));
            }
            IndicatorAnalysis a = d4(withPages(p), "D4.8");
            assertThat(a.sampledIds()).hasSize(12);
            assertHit(a, "1.2", "1", true);
        }

        @Test
        void fewerThanFiveOfAKindAreAllCheckedAndTheOtherKindIsDrawn() {
            List<PageTag> p = concat(pages(PageType.CONTENT, "n", 3, 3), pages(PageType.COLUMN, "c", 7, 0));
            IndicatorAnalysis a = d4(withPages(p), "D4.8");
            assertThat(a.sampledIds()).hasSize(8).isSorted().contains("n0", "n1", "n2");
            assertThat(a.sampledIds().stream().filter(id -> id.startsWith("c"))).hasSize(5);
            assertHit(a, "0.3", "0.3", false);
        }

        @Test
        void marksAreRespectedPerKind() {
            // content: n3 (lacking) and n5 marked of 8; column: none marked, 3 pages → all
            List<PageTag> p = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean marked = i == 3 || i == 5;
                p.add(marked ? page("n" + i, PageType.CONTENT, true, i != 3, "D4.8")
                        : page("n" + i, PageType.CONTENT, false, false));
            }
            p.addAll(pages(PageType.COLUMN, "c", 3, 1));
            IndicatorAnalysis a = d4(withPages(p), "D4.8");
            assertThat(a.sampledIds()).containsExactly("c0", "c1", "c2", "n3", "n5");
            assertHit(a, "0.2", "0.2", false);
            assertThat(evidence(a).stream().map(e -> e.get(0))).containsExactlyInAnyOrder("c0", "n3");
        }

        @Test
        void moreThanFiveDrawTheSamePagesWhateverTheOrder() {
            List<PageTag> p = concat(pages(PageType.CONTENT, "n", 9, 4), pages(PageType.COLUMN, "c", 12, 6));
            IndicatorAnalysis a = d4(withPages(p), "D4.8");
            assertThat(a.sampledIds()).hasSize(10).isSorted().doesNotHaveDuplicates();
            for (long shuffleSeed = 1; shuffleSeed <= 3; shuffleSeed++) {
                List<PageTag> shuffled = new ArrayList<>(p);
                Collections.shuffle(shuffled, new Random(shuffleSeed));
                IndicatorAnalysis b = d4(withPages(shuffled), "D4.8");
                assertThat(b.sampledIds()).isEqualTo(a.sampledIds());
                assertThat(b.lines()).isEqualTo(a.lines());
                assertThat(b.raw()).isEqualByComparingTo(a.raw());
            }
            // a different seed may draw differently, but always 5 + 5
            IndicatorAnalysis c = d4(withPages(p).toBuilder().samplingSeed(7L).build(), "D4.8");
            assertThat(c.sampledIds().stream().filter(id -> id.startsWith("n"))).hasSize(5);
            assertThat(c.sampledIds().stream().filter(id -> id.startsWith("c"))).hasSize(5);
        }

        @Test
        void noPagesNoFinding() {
            IndicatorAnalysis a = d4(withPages(List.of()), "D4.8");
            assertClean(a);
            assertThat(a.sampledIds()).isEmpty();
        }

        @Test
        void stratifiedSampleDrawsEachStratumOnItsOwn() {
            List<PageTag> content = pages(PageType.CONTENT, "n", 9, 0);
            List<PageTag> column = pages(PageType.COLUMN, "c", 2, 0);
            Sample s = StratifiedSample.draw("D4.8", 5, 42L, content, column);
            assertThat(s.how()).isEqualTo("DRAWN+ALL");
            assertThat(s.populationSize()).isEqualTo(11);
            assertThat(s.ids()).hasSize(7).isSorted().contains("c0", "c1");
            // the first stratum is drawn as Sample.draw would with the stratum's seed
            Sample alone = Sample.draw("D4.8", content, 5, 42L ^ Sample.seedOf("stratum:0"));
            assertThat(s.ids()).containsAll(alone.ids());
        }
    }

    // ------------------------------------------------------------------ D4.9

    @Nested
    class D49Compatibility {
        @Test
        void clean() {
            assertClean(d4(BASE, "D4.9"));
        }

        @Test
        void oneFailingBrowserClassCostsOne() {
            IndicatorAnalysis a = d4(design(designOf().browsersFailing(List.of("IE"))), "D4.9");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("IE"));
        }

        @Test
        void twoReachTheCapThreeAreCappedAtTwo() {
            assertHit(d4(design(designOf().browsersFailing(List.of("IE", "Firefox"))), "D4.9"), "2", "2", false);
            IndicatorAnalysis a = d4(design(designOf().browsersFailing(List.of("IE", "Firefox", "Safari"))), "D4.9");
            assertHit(a, "3", "2", true);
            assertThat(a.lines()).hasSize(3);
        }
    }

    // ------------------------------------------------------------------ D4.10

    @Nested
    class D410Ipv6 {
        @Test
        void clean() {
            assertClean(d4(BASE, "D4.10"));
        }

        @Test
        void noIpv6CostsTheFullPoint() {
            IndicatorAnalysis a = d4(design(designOf().ipv6(false)), "D4.10");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("design.ipv6=false"));
        }
    }
}
