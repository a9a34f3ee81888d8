package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.GuideElement;
import org.govweb.scoring.website.ServiceGuide;
import org.govweb.scoring.website.ServiceItem;
import org.govweb.scoring.website.ServiceStatistics;
import org.govweb.scoring.website.Services;
import org.govweb.scoring.website.Site;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 办事服务 (D2.1–D2.6) on the spec's county portal (monitoring date 2019-12-18), changed one fact at a time.
 * The example has seven items s1–s7, each with a guide; s1–s5 are marked for D2.4 and D2.5, s1 and s4
 * for D2.6.
 */
class D2ServicesTest {

    private static final LocalDate MD = LocalDate.of(2019, 12, 18);

    // ------------------------------------------------------------------ helpers

    private static ScoreReport score(WebsiteInspection w) {
        return TestEngine.score(w);
    }

    private static IndicatorAnalysis ind(ScoreReport r, String id) {
        return r.indicator(id).orElseThrow();
    }

    private static IndicatorAnalysis scoreServices(String id, UnaryOperator<Services.Builder> change) {
        WebsiteInspection w = TestEngine.countyPortal();
        return ind(score(w.toBuilder().services(change.apply(w.services().toBuilder()).build()).build()), id);
    }

    private static IndicatorAnalysis scoreItems(String id, List<ServiceItem> items) {
        return scoreServices(id, b -> b.items(items));
    }

    private static List<ServiceItem> exampleItems() {
        return TestEngine.countyPortal().services().items();
    }

    /** A guide with all ten elements and nothing wrong. */
    private static ServiceGuide goodGuide() {
        return ServiceGuide.builder().elements(Arrays.asList(GuideElement.values())).materialsFormatClear(true)
                .requiresForms(true).formsObtainable(true).policyBasisLinked(true).build();
    }

    private static ServiceItem item(String id, ServiceGuide guide, String... sampledFor) {
        return new ServiceItem(id, "事项" + id, guide, List.of(sampledFor));
    }

    /** The items with the guide of one of them changed. */
    private static List<ServiceItem> changeGuide(List<ServiceItem> items, String id,
            UnaryOperator<ServiceGuide.Builder> change) {
        return items.stream().map(i -> i.id().equals(id)
                ? new ServiceItem(i.id(), i.name(), change.apply(i.guide().toBuilder()).build(), i.sampledFor()) : i)
                .toList();
    }

    /** The example's items with the guide of one of them changed. */
    private static List<ServiceItem> withGuide(String id, UnaryOperator<ServiceGuide.Builder> change) {
        return changeGuide(exampleItems(), id, change);
    }

    /** The items without guide for the given ids. */
    private static List<ServiceItem> dropGuides(List<ServiceItem> items, String... ids) {
        List<String> none = List.of(ids);
        return items.stream()
                .map(i -> none.contains(i.id()) ? new ServiceItem(i.id(), i.name(), null, i.sampledFor()) : i).toList();
    }

    /** The example's items without guide for the given ids. */
    private static List<ServiceItem> withoutGuide(String... ids) {
        return dropGuides(exampleItems(), ids);
    }

    /** The example's items with no sampledFor marks. */
    private static List<ServiceItem> unmarked(List<ServiceItem> items) {
        return items.stream().map(i -> new ServiceItem(i.id(), i.name(), i.guide(), List.of())).toList();
    }

    private static List<ServiceItem> reversed(List<ServiceItem> items) {
        List<ServiceItem> out = new ArrayList<>(items);
        Collections.reverse(out);
        return out;
    }

    private static List<ServiceItem> rotated(List<ServiceItem> items) {
        List<ServiceItem> out = new ArrayList<>(items);
        Collections.rotate(out, 3);
        return out;
    }

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    private static void assertClean(IndicatorAnalysis a) {
        assertThat(a.status()).isEqualTo(IndicatorStatus.CLEAN);
        assertThat(a.lines()).isEmpty();
        assertThat(a.raw()).isEqualByComparingTo("0");
        assertThat(a.counted()).isEqualByComparingTo("0");
        assertThat(a.capped()).isFalse();
        assertThat(a.score()).isEqualByComparingTo(a.points());
    }

    private static void assertHit(IndicatorAnalysis a, String raw, String counted, boolean capped) {
        assertThat(a.status()).isEqualTo(IndicatorStatus.HIT);
        assertThat(a.raw()).isEqualByComparingTo(raw);
        assertThat(a.counted()).isEqualByComparingTo(counted);
        assertThat(a.capped()).isEqualTo(capped);
        assertThat(a.score()).isEqualByComparingTo(a.points().subtract(bd(counted)));
    }

    private static List<BigDecimal> amounts(IndicatorAnalysis a) {
        return a.lines().stream().map(LineAnalysis::amount).map(BigDecimal::stripTrailingZeros).toList();
    }

    private static List<List<String>> evidence(IndicatorAnalysis a) {
        return a.lines().stream().map(LineAnalysis::evidenceIds).toList();
    }

    // ------------------------------------------------------------------ the spec's example

    @Nested
    class TheSpecExample {
        private final ScoreReport r = score(TestEngine.countyPortal());

        @Test
        void reproducesTheExpectedDeductions() {
            assertClean(ind(r, "D2.1"));
            assertClean(ind(r, "D2.2"));
            assertHit(ind(r, "D2.3"), "1", "1", false);
            assertHit(ind(r, "D2.4"), "1.5", "1.5", false);
            assertHit(ind(r, "D2.5"), "1", "1", false);
            assertHit(ind(r, "D2.6"), "1", "1", false);
            assertThat(r.group("D2").orElseThrow().counted()).isEqualByComparingTo("4.5");
        }

        @Test
        void itemisesTheLinesWithTheirEvidence() {
            assertThat(evidence(ind(r, "D2.3"))).containsExactly(
                    List.of("from=2019-11-18", "lastUpdatedOn=2019-11-03", "to=2019-12-18"));
            IndicatorAnalysis d24 = ind(r, "D2.4");
            assertThat(amounts(d24)).containsExactly(bd("0.5"), bd("1"));
            assertThat(evidence(d24)).containsExactly(List.of("FEES", "s2"), List.of("s3"));
            assertThat(evidence(ind(r, "D2.5"))).containsExactly(List.of("accuracyErrors[0]", "s5"));
            assertThat(evidence(ind(r, "D2.6"))).containsExactly(List.of("s4"));
        }

        @Test
        void checksTheMarkedItems() {
            assertThat(ind(r, "D2.4").sampledIds()).containsExactly("s1", "s2", "s3", "s4", "s5");
            assertThat(ind(r, "D2.5").sampledIds()).containsExactly("s1", "s2", "s3", "s4", "s5");
            assertThat(ind(r, "D2.6").sampledIds()).containsExactly("s1", "s4");
            assertThat(ind(r, "D2.1").sampledIds()).isEmpty();
        }
    }

    // ------------------------------------------------------------------ no public-service function

    @Test
    void aUnitWithNoPublicServiceFunctionIsNotCheckedOnAnyServiceIndicator() {
        WebsiteInspection w = TestEngine.countyPortal();
        Site s = w.site();
        // every service fact would deduct if it were looked at
        Services bad = w.services().toBuilder().categorisedCatalogue(false).registrationWorks(false)
                .registeredUsersCanApply(false).statistics(new ServiceStatistics(false, null))
                .items(unmarked(withoutGuide("s1", "s2"))).build();
        ScoreReport r = score(w.toBuilder().site(new Site(s.id(), s.name(), s.url(), s.unit(), false)).services(bad).build());
        for (String id : List.of("D2.1", "D2.2", "D2.3", "D2.4", "D2.5", "D2.6")) {
            IndicatorAnalysis a = ind(r, id);
            assertThat(a.status()).as(id).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertThat(a.lines()).as(id).isEmpty();
            assertThat(a.raw()).as(id).isEqualByComparingTo("0");
            assertThat(a.counted()).as(id).isEqualByComparingTo("0");
            assertThat(a.score()).as(id).isNull();
            assertThat(a.sampledIds()).as(id).isEmpty();
        }
        assertThat(r.group("D2").orElseThrow().status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(r.part2Detail().scaleNumerator()).isEqualByComparingTo("4");
        assertThat(r.part2Detail().scaleDenominator()).isEqualByComparingTo("3");
    }

    // ------------------------------------------------------------------ D2.1 事项公开 (3)

    @Nested
    class D21ServiceCatalogue {
        @Test
        void clean() {
            assertClean(scoreServices("D2.1", b -> b.categorisedCatalogue(true)));
        }

        @Test
        void notCategorised() {
            IndicatorAnalysis a = scoreServices("D2.1", b -> b.categorisedCatalogue(false));
            assertHit(a, "3", "3", false);
            assertThat(evidence(a)).containsExactly(List.of("services.categorisedCatalogue=false"));
            assertThat(a.score()).isEqualByComparingTo("0");
        }
    }

    // ------------------------------------------------------------------ D2.2 在线申请 (5)

    @Nested
    class D22OnlineApplication {
        @Test
        void clean() {
            assertClean(scoreServices("D2.2", b -> b.registrationWorks(true).registeredUsersCanApply(true)));
        }

        @Test
        void registrationDoesNotWork() {
            IndicatorAnalysis a = scoreServices("D2.2", b -> b.registrationWorks(false));
            assertHit(a, "5", "5", false);
            assertThat(evidence(a)).containsExactly(List.of("services.registrationWorks=false"));
        }

        @Test
        void registeredUsersCannotApply() {
            IndicatorAnalysis a = scoreServices("D2.2", b -> b.registeredUsersCanApply(false));
            assertHit(a, "5", "5", false);
            assertThat(evidence(a)).containsExactly(List.of("services.registeredUsersCanApply=false"));
        }

        @Test
        void bothFindingsAreCappedAtFive() {
            IndicatorAnalysis a = scoreServices("D2.2", b -> b.registrationWorks(false).registeredUsersCanApply(false));
            assertHit(a, "10", "5", true);
            assertThat(amounts(a)).containsExactly(bd("5"), bd("5"));
        }
    }

    // ------------------------------------------------------------------ D2.3 办事统计 (2)

    @Nested
    class D23ServiceStatistics {
        private IndicatorAnalysis lastUpdated(LocalDate d) {
            return scoreServices("D2.3", b -> b.statistics(new ServiceStatistics(true, d)));
        }

        @Test
        void updatedOnTheMonitoringDateIsClean() {
            assertClean(lastUpdated(MD));
        }

        @Test
        void oneMonthWindowIncludesItsFirstDay() {
            assertClean(lastUpdated(LocalDate.of(2019, 11, 19)));
            assertClean(lastUpdated(LocalDate.of(2019, 11, 18)));
            IndicatorAnalysis a = lastUpdated(LocalDate.of(2019, 11, 17));
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("from=2019-11-18", "lastUpdatedOn=2019-11-17", "to=2019-12-18"));
        }

        @Test
        void threeMonthWindowIncludesItsFirstDay() {
            IndicatorAnalysis inside = lastUpdated(LocalDate.of(2019, 9, 18));
            assertHit(inside, "1", "1", false);
            assertThat(inside.lines()).singleElement().extracting(LineAnalysis::rule)
                    .isEqualTo("D2.3 办事统计前1个月内未更新 −1");
            IndicatorAnalysis outside = lastUpdated(LocalDate.of(2019, 9, 17));
            assertHit(outside, "2", "2", false);
            assertThat(outside.lines()).singleElement().extracting(LineAnalysis::rule)
                    .isEqualTo("D2.3 办事统计前3个月内未更新 −2");
            assertThat(evidence(outside)).containsExactly(
                    List.of("from=2019-09-18", "lastUpdatedOn=2019-09-17", "to=2019-12-18"));
        }

        @Test
        void neverUpdatedCountsAsNotUpdatedInThreeMonths() {
            IndicatorAnalysis a = lastUpdated(null);
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactly(List.of("from=2019-09-18", "lastUpdatedOn=null", "to=2019-12-18"));
        }

        @Test
        void notPublishedIsOneFindingWhateverTheDate() {
            IndicatorAnalysis a = scoreServices("D2.3", b -> b.statistics(new ServiceStatistics(false, null)));
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactly(List.of("services.statistics.published=false"));
            assertHit(scoreServices("D2.3", b -> b.statistics(new ServiceStatistics(false, LocalDate.of(2019, 1, 1)))),
                    "2", "2", false);
        }
        // The sub-conditions of D2.3 exclude each other, so its raw total never exceeds its 2 points.
    }

    // ------------------------------------------------------------------ D2.4 办事指南 (8)

    @Nested
    class D24ServiceGuides {
        /** The example's items with its two D2.4 findings (s2 FEES, s3 format) repaired. */
        private List<ServiceItem> cleanItems() {
            return changeGuide(withGuide("s3", g -> g.materialsFormatClear(true)), "s2",
                    g -> g.elements(Arrays.asList(GuideElement.values())));
        }

        @Test
        void clean() {
            IndicatorAnalysis a = scoreItems("D2.4", cleanItems());
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("s1", "s2", "s3", "s4", "s5");
        }

        @Test
        void anItemWithoutGuideLosesFourAndNothingElse() {
            IndicatorAnalysis a = scoreItems("D2.4", dropGuides(cleanItems(), "s1"));
            assertHit(a, "4", "4", false);
            assertThat(a.lines()).singleElement().satisfies(l -> {
                assertThat(l.amount()).isEqualByComparingTo("4");
                assertThat(l.evidenceIds()).containsExactly("s1");
            });
        }

        @Test
        void eachMissingElementIsOneLine() {
            IndicatorAnalysis a = scoreItems("D2.4", changeGuide(cleanItems(), "s4",
                    g -> g.elements(List.of(GuideElement.NAME, GuideElement.CONDITIONS, GuideElement.MATERIALS,
                            GuideElement.LOCATION, GuideElement.AGENCY, GuideElement.FEES, GuideElement.HOURS))));
            assertHit(a, "1.5", "1.5", false);
            assertThat(amounts(a)).containsExactly(bd("0.5"), bd("0.5"), bd("0.5"));
            assertThat(evidence(a)).containsExactlyInAnyOrder(List.of("LEGAL_BASIS", "s4"), List.of("PHONE", "s4"),
                    List.of("PROCESS", "s4"));
        }

        @Test
        void unclearFormatVagueWordingAndPolicyNamedOnly() {
            IndicatorAnalysis format = scoreItems("D2.4", changeGuide(cleanItems(), "s1", g -> g.materialsFormatClear(false)));
            assertHit(format, "1", "1", false);
            assertThat(evidence(format)).containsExactly(List.of("s1"));

            IndicatorAnalysis vague = scoreItems("D2.4", changeGuide(cleanItems(), "s5", g -> g.vagueWording(true)));
            assertHit(vague, "2", "2", false);
            assertThat(evidence(vague)).containsExactly(List.of("s5"));

            IndicatorAnalysis named = scoreItems("D2.4", changeGuide(cleanItems(), "s2", g -> g.policyNamedOnly(true)));
            assertHit(named, "0.5", "0.5", false);
            assertThat(evidence(named)).containsExactly(List.of("s2"));
        }

        @Test
        void allFindingsOfOneItemAddUp() {
            IndicatorAnalysis a = scoreItems("D2.4", changeGuide(cleanItems(), "s1", g -> g.materialsFormatClear(false)
                    .vagueWording(true).policyNamedOnly(true).elements(List.of(GuideElement.values()).subList(0, 9))));
            // 1 + 2 + 0.5 + 0.5 (PROCESS missing)
            assertHit(a, "4", "4", false);
            assertThat(a.lines()).hasSize(4);
        }

        @Test
        void justAtEightIsNotCapped() {
            IndicatorAnalysis a = scoreItems("D2.4", dropGuides(cleanItems(), "s1", "s2"));
            assertHit(a, "8", "8", false);
            assertThat(a.score()).isEqualByComparingTo("0");
        }

        @Test
        void findingsPastEightAreCappedAtEight() {
            // three of seven items without a guide (fewer than VW6's five): 3 × 4, plus s4's vague wording
            IndicatorAnalysis a = scoreItems("D2.4",
                    dropGuides(changeGuide(cleanItems(), "s4", g -> g.vagueWording(true)), "s1", "s2", "s3"));
            assertHit(a, "14", "8", true);
            assertThat(a.score()).isEqualByComparingTo("0");
            assertThat(amounts(a)).containsExactly(bd("4"), bd("4"), bd("4"), bd("2"));
            assertThat(evidence(a)).containsExactly(List.of("s1"), List.of("s2"), List.of("s3"), List.of("s4"));
        }

        @Test
        void fewerThanFiveItemsAreAllChecked() {
            ServiceGuide vague = goodGuide().toBuilder().vagueWording(true).build();
            IndicatorAnalysis a = scoreItems("D2.4", List.of(item("c", vague), item("a", goodGuide()), item("b", vague)));
            assertThat(a.sampledIds()).containsExactly("a", "b", "c");
            assertHit(a, "4", "4", false);
            assertThat(evidence(a)).containsExactlyInAnyOrder(List.of("b"), List.of("c"));
        }

        @Test
        void exactlyFiveUnmarkedItemsAreAllChecked() {
            ServiceGuide named = goodGuide().toBuilder().policyNamedOnly(true).build();
            List<ServiceItem> items = List.of(item("i1", named), item("i2", named), item("i3", named), item("i4", named),
                    item("i5", named));
            IndicatorAnalysis a = scoreItems("D2.4", items);
            assertThat(a.sampledIds()).containsExactly("i1", "i2", "i3", "i4", "i5");
            assertHit(a, "2.5", "2.5", false);
        }

        @Test
        void marksAreRespected() {
            // only s6 and s7 are marked for D2.4; the findings of the unmarked s2 and s3 are not looked at
            List<ServiceItem> items = new ArrayList<>();
            for (ServiceItem i : exampleItems()) {
                List<String> marks = new ArrayList<>(i.sampledFor());
                marks.remove("D2.4");
                if (i.id().equals("s6") || i.id().equals("s7")) {
                    marks.add("D2.4");
                }
                ServiceGuide g = i.id().equals("s7") ? i.guide().toBuilder().vagueWording(true).build() : i.guide();
                items.add(new ServiceItem(i.id(), i.name(), g, marks));
            }
            IndicatorAnalysis a = scoreItems("D2.4", items);
            assertThat(a.sampledIds()).containsExactly("s6", "s7");
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactly(List.of("s7"));
        }

        @Test
        void moreThanFiveUnmarkedItemsDrawFiveWhateverTheOrder() {
            // every item has one finding: the lines name exactly the drawn items
            ServiceGuide named = goodGuide().toBuilder().policyNamedOnly(true).build();
            List<ServiceItem> items = new ArrayList<>();
            for (int k = 1; k <= 9; k++) {
                items.add(item("x" + k, named));
            }
            IndicatorAnalysis a = scoreItems("D2.4", items);
            assertThat(a.sampledIds()).hasSize(5).isSorted().isSubsetOf(items.stream().map(ServiceItem::id).toList());
            assertHit(a, "2.5", "2.5", false);
            assertThat(a.lines().stream().flatMap(l -> l.evidenceIds().stream()).toList())
                    .containsExactlyInAnyOrderElementsOf(a.sampledIds());

            assertThat(scoreItems("D2.4", reversed(items)).sampledIds()).isEqualTo(a.sampledIds());
            assertThat(scoreItems("D2.4", rotated(items)).sampledIds()).isEqualTo(a.sampledIds());
        }
    }

    // ------------------------------------------------------------------ D2.5 内容准确 (5)

    @Nested
    class D25Accuracy {
        @Test
        void clean() {
            IndicatorAnalysis a = scoreItems("D2.5", withGuide("s5", g -> g.accuracyErrors(List.of())));
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("s1", "s2", "s3", "s4", "s5");
        }

        @Test
        void eachErrorIsOneLineNamedByItsIndexNeverItsText() {
            IndicatorAnalysis a = scoreItems("D2.5", withGuide("s5", g -> g.accuracyErrors(List.of("投诉电话错误", "办理地点与实际不符"))));
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactlyInAnyOrder(List.of("accuracyErrors[0]", "s5"),
                    List.of("accuracyErrors[1]", "s5"));
            assertThat(a.lines()).allSatisfy(l -> {
                assertThat(String.join(" ", l.evidenceIds())).doesNotContain("电话", "地点");
                assertThat(l.reasonZh()).doesNotContain("投诉电话错误", "办理地点与实际不符");
                assertThat(l.reasonEn()).doesNotContain("投诉电话错误", "办理地点与实际不符");
            });
        }

        @Test
        void errorsPastFiveAreCappedAtFive() {
            List<ServiceItem> items = withGuide("s5", g -> g.accuracyErrors(List.of("e1", "e2", "e3", "e4")));
            IndicatorAnalysis at = scoreItems("D2.5", items);
            assertHit(at, "4", "4", false);
            IndicatorAnalysis five = scoreItems("D2.5", withGuide("s5", g -> g.accuracyErrors(List.of("e1", "e2", "e3", "e4", "e5"))));
            assertHit(five, "5", "5", false);
            List<ServiceItem> six = new ArrayList<>();
            for (ServiceItem i : items) {
                six.add(i.id().equals("s1")
                        ? new ServiceItem("s1", i.name(), i.guide().toBuilder().accuracyErrors(List.of("e1", "e2")).build(), i.sampledFor())
                        : i);
            }
            IndicatorAnalysis past = scoreItems("D2.5", six);
            assertHit(past, "6", "5", true);
            assertThat(past.score()).isEqualByComparingTo("0");
        }

        @Test
        void errorsOfUnsampledGuidesAreNotCounted() {
            // s6 is not marked for D2.5
            IndicatorAnalysis a = scoreItems("D2.5", withGuide("s6", g -> g.accuracyErrors(List.of("e1"))));
            assertThat(evidence(a)).containsExactly(List.of("accuracyErrors[0]", "s5"));
        }

        @Test
        void onlyItemsWithAGuideAreSampled() {
            // unmarked: seven items, two without a guide → the five guides are all checked, no draw
            List<ServiceItem> items = unmarked(withoutGuide("s1", "s2"));
            IndicatorAnalysis a = scoreItems("D2.5", items);
            assertThat(a.sampledIds()).containsExactly("s3", "s4", "s5", "s6", "s7");
            assertHit(a, "1", "1", false);
        }

        @Test
        void fewerThanFiveGuidesAreAllChecked() {
            ServiceGuide wrong = goodGuide().toBuilder().accuracyErrors(List.of("e")).build();
            IndicatorAnalysis a = scoreItems("D2.5", List.of(item("b", wrong), item("a", goodGuide()), item("n", null)));
            assertThat(a.sampledIds()).containsExactly("a", "b");
            assertHit(a, "1", "1", false);
        }

        @Test
        void marksAreRespected() {
            List<ServiceItem> items = withGuide("s7", g -> g.accuracyErrors(List.of("e"))).stream()
                    .map(i -> new ServiceItem(i.id(), i.name(), i.guide(),
                            i.id().equals("s7") || i.id().equals("s1") ? List.of("D2.5") : List.of()))
                    .toList();
            IndicatorAnalysis a = scoreItems("D2.5", items);
            assertThat(a.sampledIds()).containsExactly("s1", "s7");
            assertThat(evidence(a)).containsExactly(List.of("accuracyErrors[0]", "s7"));
        }

        @Test
        void moreThanFiveUnmarkedGuidesDrawFiveWhateverTheOrder() {
            ServiceGuide wrong = goodGuide().toBuilder().accuracyErrors(List.of("e")).build();
            List<ServiceItem> items = new ArrayList<>();
            for (int k = 1; k <= 8; k++) {
                items.add(item("g" + k, wrong));
            }
            items.add(item("n1", null));
            IndicatorAnalysis a = scoreItems("D2.5", items);
            assertThat(a.sampledIds()).hasSize(5).isSorted().doesNotContain("n1");
            assertHit(a, "5", "5", false);
            assertThat(a.lines().stream().map(l -> l.evidenceIds().get(1)).toList())
                    .containsExactlyInAnyOrderElementsOf(a.sampledIds());
            assertThat(scoreItems("D2.5", reversed(items)).sampledIds()).isEqualTo(a.sampledIds());
            assertThat(scoreItems("D2.5", rotated(items)).sampledIds()).isEqualTo(a.sampledIds());
        }
    }

    // ------------------------------------------------------------------ D2.6 表格样表 (2)

    @Nested
    class D26Forms {
        @Test
        void clean() {
            IndicatorAnalysis a = scoreItems("D2.6", withGuide("s4", g -> g.formsObtainable(true)));
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("s1", "s4");
        }

        @Test
        void noFormsAskedForIsClean() {
            assertClean(scoreItems("D2.6", withGuide("s4", g -> g.requiresForms(false).formsObtainable(false))));
        }

        @Test
        void bothSampledGuidesLackFormsReachesTheTwoPoints() {
            IndicatorAnalysis a = scoreItems("D2.6", withGuide("s1", g -> g.formsObtainable(false)));
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactly(List.of("s1"), List.of("s4"));
            assertThat(a.score()).isEqualByComparingTo("0");
        }

        @Test
        void threeMarkedGuidesLackingFormsAreCappedAtTwo() {
            List<ServiceItem> items = exampleItems().stream()
                    .map(i -> new ServiceItem(i.id(), i.name(), i.guide().toBuilder().formsObtainable(false).build(),
                            List.of("s1", "s2", "s3").contains(i.id()) ? List.of("D2.6") : List.of()))
                    .toList();
            IndicatorAnalysis a = scoreItems("D2.6", items);
            assertThat(a.sampledIds()).containsExactly("s1", "s2", "s3");
            assertHit(a, "3", "2", true);
            assertThat(a.score()).isEqualByComparingTo("0");
        }

        @Test
        void oneGuideIsAllChecked() {
            ServiceGuide lacking = goodGuide().toBuilder().formsObtainable(false).build();
            IndicatorAnalysis a = scoreItems("D2.6", List.of(item("a", lacking), item("n", null)));
            assertThat(a.sampledIds()).containsExactly("a");
            assertHit(a, "1", "1", false);
        }

        @Test
        void moreThanTwoUnmarkedGuidesDrawTwoWhateverTheOrder() {
            ServiceGuide lacking = goodGuide().toBuilder().formsObtainable(false).build();
            List<ServiceItem> items = new ArrayList<>();
            for (int k = 1; k <= 6; k++) {
                items.add(item("f" + k, lacking));
            }
            IndicatorAnalysis a = scoreItems("D2.6", items);
            assertThat(a.sampledIds()).hasSize(2).isSorted();
            assertHit(a, "2", "2", false);
            assertThat(a.lines().stream().flatMap(l -> l.evidenceIds().stream()).toList())
                    .containsExactlyInAnyOrderElementsOf(a.sampledIds());
            assertThat(scoreItems("D2.6", reversed(items)).sampledIds()).isEqualTo(a.sampledIds());
            assertThat(scoreItems("D2.6", rotated(items)).sampledIds()).isEqualTo(a.sampledIds());
        }
    }
}
