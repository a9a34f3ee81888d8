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
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.DataRelease;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.InterpretationForm;
import org.govweb.scoring.website.LiveTest;
import org.govweb.scoring.website.PolicyDocument;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.Search;
import org.govweb.scoring.website.SearchTest;
import org.govweb.scoring.website.ServiceGuide;
import org.govweb.scoring.website.ServiceItem;
import org.govweb.scoring.website.Services;
import org.govweb.scoring.website.Site;
import org.govweb.scoring.website.Survey;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bonus indicators B1.1–B5.1 (加分指标) on the spec's county portal (monitoring date 2019-12-18), each
 * changed with the records' builders. These tests assert each indicator's award lines and {@code raw}
 * (the sum of its lines, computed whether or not the bonus stage is entered) and the sampled ids; the
 * capped values, statuses and Part 3 are asserted by {@link BonusStageTest}.
 */
class BonusTest {

    static final WebsiteInspection BASE = countyPortal();
    static final LocalDate MD = BASE.monitoringDate();

    static IndicatorAnalysis indicator(WebsiteInspection w, String id) {
        return score(w).indicator(id).orElseThrow();
    }

    static List<BigDecimal> amounts(IndicatorAnalysis a) {
        return a.lines().stream().map(LineAnalysis::amount).toList();
    }

    static void assertRaw(IndicatorAnalysis a, String raw) {
        assertThat(a.raw()).as(a.indicator() + " raw").isEqualByComparingTo(raw);
        assertThat(a.lines().stream().map(LineAnalysis::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(raw);
    }

    static void assertNoLine(IndicatorAnalysis a) {
        assertThat(a.lines()).as(a.indicator() + " lines").isEmpty();
        assertThat(a.raw()).isEqualByComparingTo("0");
    }

    static LineAnalysis singleLine(IndicatorAnalysis a) {
        assertThat(a.lines()).as(a.indicator() + " lines").hasSize(1);
        return a.lines().get(0);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    @Test
    void theCatalogueListsTheBonusGroupsWithTheirPoints() {
        Map<String, IndicatorInfo> byId = engine().catalogue().stream()
                .filter(i -> i.kind() == IndicatorKind.BONUS)
                .collect(Collectors.toMap(IndicatorInfo::id, i -> i));
        assertThat(byId.keySet()).containsExactlyInAnyOrder("B1", "B1.1", "B1.2", "B2", "B2.1", "B2.2", "B2.3",
                "B3", "B3.1", "B3.2", "B4", "B4.1", "B4.2", "B5", "B5.1");
        Map<String, String> points = Map.ofEntries(Map.entry("B1", "7"), Map.entry("B1.1", "4"), Map.entry("B1.2", "3"),
                Map.entry("B2", "6"), Map.entry("B2.1", "2"), Map.entry("B2.2", "2"), Map.entry("B2.3", "2"),
                Map.entry("B3", "8"), Map.entry("B3.1", "5"), Map.entry("B3.2", "3"), Map.entry("B4", "6"),
                Map.entry("B4.1", "4"), Map.entry("B4.2", "2"), Map.entry("B5", "3"), Map.entry("B5.1", "3"));
        points.forEach((id, p) -> assertThat(byId.get(id).points()).as(id).isEqualByComparingTo(p));
        for (String g : List.of("B1", "B2", "B3", "B4", "B5")) {
            BigDecimal sum = byId.values().stream().filter(i -> g.equals(i.group())).map(IndicatorInfo::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(g + " = sum of its indicators").isEqualByComparingTo(byId.get(g).points());
        }
        assertThat(byId.values().stream().filter(i -> i.group() == null).map(IndicatorInfo::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("30");
        assertThat(byId.values().stream().filter(IndicatorInfo::service).map(IndicatorInfo::id))
                .containsExactlyInAnyOrder("B2", "B2.1", "B2.2", "B2.3");
        assertThat(byId.get("B1.1").nameZh()).isEqualTo("数据发布");
        assertThat(byId.get("B1.2").nameZh()).isEqualTo("解读回应");
        assertThat(byId.get("B2").nameZh()).isEqualTo("办事服务");
        assertThat(byId.get("B2.3").nameZh()).isEqualTo("服务关联");
        assertThat(byId.get("B3.1").nameZh()).isEqualTo("实时互动");
        assertThat(byId.get("B3.2").nameZh()).isEqualTo("调查征集");
        assertThat(byId.get("B4.1").nameZh()).isEqualTo("智能搜索");
        assertThat(byId.get("B4.2").nameZh()).isEqualTo("用户空间");
        assertThat(byId.get("B5.1").nameZh()).isEqualTo("创新发展");
    }

    @Test
    void theExampleEarnsTheAwardsOfTheSpec() {
        ScoreReport r = score(BASE);
        Map<String, String> expected = Map.of("B1.1", "3", "B1.2", "2", "B2.1", "1", "B2.2", "1", "B2.3", "2",
                "B3.1", "3", "B3.2", "3", "B4.1", "2", "B4.2", "2", "B5.1", "0");
        expected.forEach((id, raw) -> assertRaw(r.indicator(id).orElseThrow(), raw));
        assertThat(r.indicators().stream().filter(i -> i.kind() == IndicatorKind.BONUS)
                .map(IndicatorAnalysis::raw).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("19");
        assertThat(r.indicator("B1.2").orElseThrow().sampledIds()).containsExactly("doc1", "doc2", "doc3");
        assertThat(r.indicator("B2.3").orElseThrow().sampledIds()).containsExactly("s1", "s2");
        assertThat(r.indicator("B4.1").orElseThrow().sampledIds()).containsExactly("t5", "t6");
    }

    // ------------------------------------------------------------------------------------------ B1.1

    @Nested
    class B1_1 {
        static Column dataColumn(String id, LocalDate... dates) {
            List<Publication> pubs = new ArrayList<>();
            for (int i = 0; i < dates.length; i++) {
                pubs.add(new Publication(id + "-" + i, "数据", dates[i]));
            }
            return new Column(id, "数据发布" + id, ColumnKind.DATA_RELEASE, true, true, pubs);
        }

        static WebsiteInspection with(List<Column> dataColumns, List<LocalDate> visualised, boolean downloadable) {
            List<Column> cols = new ArrayList<>(BASE.columns().stream()
                    .filter(c -> c.kind() != ColumnKind.DATA_RELEASE).toList());
            cols.addAll(dataColumns);
            return BASE.toBuilder().columns(cols).dataRelease(new DataRelease(visualised, downloadable)).build();
        }

        static IndicatorAnalysis b11(List<Column> dataColumns, List<LocalDate> visualised, boolean downloadable) {
            return indicator(with(dataColumns, visualised, downloadable), "B1.1");
        }

        @Test
        void theExample() {
            IndicatorAnalysis a = indicator(BASE, "B1.1");
            assertRaw(a, "3");
            assertThat(a.lines()).extracting(LineAnalysis::rule).containsExactly(
                    "B1.1 前6个月内通过图表图解等可视化方式展现和解读数据 +1", "B1.1 数据发布类栏目前3个月内有更新 +2");
            assertThat(a.lines().get(0).evidenceIds()).containsExactly("2019-11-28");
            assertThat(a.lines().get(1).evidenceIds()).containsExactly("from=2019-09-18", "sj", "to=2019-12-18");
        }

        @Test
        void nothingNoLine() {
            assertNoLine(b11(List.of(), List.of(), false));
        }

        @Test
        void aBlankOrUndatedDataColumnEarnsNothing() {
            assertNoLine(b11(List.of(dataColumn("sj"), dataColumn("sk", (LocalDate) null)), List.of(), false));
        }

        @Test
        void oneAward() {
            IndicatorAnalysis a = b11(List.of(), List.of(), true);
            assertRaw(a, "1");
            assertThat(a.lines()).singleElement().satisfies(l -> {
                assertThat(l.rule()).isEqualTo("B1.1 定期更新数据集并提供下载功能或可用数据接口 +1");
                assertThat(l.evidenceIds()).containsExactly("dataRelease.datasetsDownloadable=true");
            });
        }

        @Test
        void everyAwardReachesThePointsExactly() {
            // 2 + 1 + 1 = 4 = the points: B1.1 cannot go past its cap
            IndicatorAnalysis a = b11(List.of(dataColumn("sj", MD)), List.of(MD), true);
            assertRaw(a, "4");
            assertThat(a.points()).isEqualByComparingTo("4");
        }

        @Test
        void severalDataColumnsEarnTheUpdateAwardOnce() {
            IndicatorAnalysis a = b11(List.of(dataColumn("sj", d("2019-12-01")), dataColumn("sk", d("2019-11-01")),
                    dataColumn("sl", d("2019-08-01"))), List.of(), false);
            assertRaw(a, "2");
            assertThat(singleLine(a).evidenceIds()).containsExactly("from=2019-09-18", "sj", "sk", "to=2019-12-18");
        }

        @Test
        void updatedExactly3MonthsBefore_plus2() {
            IndicatorAnalysis a = b11(List.of(dataColumn("sj", d("2019-09-18"))), List.of(), false);
            assertRaw(a, "2");
            assertThat(a.lines()).singleElement().extracting(LineAnalysis::rule)
                    .isEqualTo("B1.1 数据发布类栏目前3个月内有更新 +2");
        }

        @Test
        void updated3MonthsAndOneDayBefore_plus1() {
            IndicatorAnalysis a = b11(List.of(dataColumn("sj", d("2019-09-17"))), List.of(), false);
            assertRaw(a, "1");
            assertThat(a.lines()).singleElement().satisfies(l -> {
                assertThat(l.rule()).isEqualTo("B1.1 数据发布类栏目前3—6个月内有更新 +1");
                assertThat(l.evidenceIds()).containsExactly("from=2019-06-18", "sj", "to=2019-12-18");
            });
        }

        @Test
        void updatedExactly6MonthsBefore_plus1() {
            assertRaw(b11(List.of(dataColumn("sj", d("2019-06-18"))), List.of(), false), "1");
        }

        @Test
        void updated6MonthsAndOneDayBefore_nothing() {
            assertNoLine(b11(List.of(dataColumn("sj", d("2019-06-17"))), List.of(), false));
        }

        @Test
        void visualisedExactly6MonthsBefore_plus1() {
            IndicatorAnalysis a = b11(List.of(), List.of(d("2019-06-18"), d("2019-01-01")), false);
            assertRaw(a, "1");
            assertThat(singleLine(a).evidenceIds()).containsExactly("2019-06-18");
        }

        @Test
        void visualised6MonthsAndOneDayBefore_nothing() {
            assertNoLine(b11(List.of(), List.of(d("2019-06-17")), false));
        }
    }

    // ------------------------------------------------------------------------------------------ B1.2

    @Nested
    class B1_2 {
        static Interpretation interp(String id, String documentId, List<String> sampledFor, InterpretationForm... forms) {
            return new Interpretation(id, "解读" + id, d("2019-11-01"), documentId, true, List.of(forms), sampledFor);
        }

        static PolicyDocument doc(String id) {
            return new PolicyDocument(id, "文件" + id, d("2019-10-01"), true, true, List.of(), null);
        }

        /** The documents the interpretations name, plus one no interpretation names. */
        static List<PolicyDocument> documentsOf(List<Interpretation> interpretations) {
            List<PolicyDocument> docs = new ArrayList<>(interpretations.stream().map(Interpretation::documentId)
                    .filter(id -> id != null).distinct().map(B1_2::doc).toList());
            docs.add(doc("uninterpreted"));
            return docs;
        }

        static IndicatorAnalysis b12(List<Interpretation> interpretations, List<PolicyDocument> documents) {
            return indicator(BASE.toBuilder().interpretations(interpretations).policyDocuments(documents).build(), "B1.2");
        }

        static IndicatorAnalysis b12(List<Interpretation> interpretations) {
            return b12(interpretations, documentsOf(interpretations));
        }

        static List<Interpretation> fiveDocumentsOneChartEach() {
            return IntStream.rangeClosed(1, 5)
                    .mapToObj(i -> interp("i" + i, "d" + i, null, InterpretationForm.CHART)).toList();
        }

        @Test
        void theExample() {
            IndicatorAnalysis a = indicator(BASE, "B1.2");
            assertRaw(a, "2");
            assertThat(a.sampledIds()).containsExactly("doc1", "doc2", "doc3");
            assertThat(a.lines()).extracting(LineAnalysis::evidenceIds).containsExactly(
                    List.of("document=doc1", "int1"), List.of("document=doc2", "int2"));
        }

        @Test
        void nothingNoLine() {
            IndicatorAnalysis a = b12(List.of());
            assertNoLine(a);
            assertThat(a.sampledIds()).isEmpty();
        }

        @Test
        void textOnlyInterpretationsEarnNothing() {
            assertNoLine(b12(List.of(interp("i1", "doc1", null, InterpretationForm.TEXT),
                    interp("i2", "doc2", null, InterpretationForm.TEXT))));
        }

        @ParameterizedTest
        @EnumSource(value = InterpretationForm.class, names = {"PRESS_CONFERENCE", "CHART", "AUDIO_VIDEO", "ANIMATION"})
        void oneAwardForEachVividForm(InterpretationForm form) {
            IndicatorAnalysis a = b12(List.of(interp("i1", "doc1", null, InterpretationForm.TEXT, form),
                    interp("i2", "doc2", null, InterpretationForm.TEXT)));
            assertRaw(a, "1");
            assertThat(singleLine(a).evidenceIds()).containsExactly("document=doc1", "i1");
        }

        @Test
        void theDocumentsAreCountedNotTheInterpretations() {
            IndicatorAnalysis a = b12(List.of(interp("i1", "doc1", null, InterpretationForm.CHART),
                    interp("i2", "doc1", null, InterpretationForm.AUDIO_VIDEO),
                    interp("i3", "doc1", null, InterpretationForm.TEXT)));
            assertRaw(a, "1");
            assertThat(a.sampledIds()).containsExactly("doc1");
            assertThat(singleLine(a).evidenceIds()).containsExactly("document=doc1", "i1", "i2");
        }

        @Test
        void interpretationsOfNoDocumentAreNotInThePopulation() {
            IndicatorAnalysis a = b12(List.of(interp("i1", null, null, InterpretationForm.CHART),
                    interp("i2", "doc2", null, InterpretationForm.TEXT)));
            assertNoLine(a);
            assertThat(a.sampledIds()).containsExactly("doc2");
        }

        @Test
        void fewerThan3Documents_allAreChecked() {
            IndicatorAnalysis a = b12(List.of(interp("i1", "doc1", null, InterpretationForm.CHART),
                    interp("i2", "doc2", null, InterpretationForm.CHART)));
            assertRaw(a, "2");
            assertThat(a.sampledIds()).containsExactly("doc1", "doc2");
        }

        @Test
        void moreThan3Documents_3AreDrawnAndOnlyTheyAreJudged() {
            IndicatorAnalysis a = b12(fiveDocumentsOneChartEach());
            assertThat(a.sampledIds()).hasSize(3).isSubsetOf("d1", "d2", "d3", "d4", "d5");
            assertRaw(a, "3");
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(0))
                    .containsExactlyElementsOf(a.sampledIds().stream().map(id -> "document=" + id).toList());
        }

        @Test
        void moreThan3Documents_theSameDrawWhateverTheOrder() {
            List<String> drawn = b12(fiveDocumentsOneChartEach()).sampledIds();
            for (long seed = 1; seed <= 3; seed++) {
                assertThat(b12(shuffled(fiveDocumentsOneChartEach(), seed),
                        shuffled(documentsOf(fiveDocumentsOneChartEach()), seed + 10)).sampledIds()).isEqualTo(drawn);
            }
        }

        @Test
        void theDrawDecidesTheAward() {
            List<String> drawn = b12(fiveDocumentsOneChartEach()).sampledIds();
            // charts only for the two documents not drawn: nothing
            List<Interpretation> others = fiveDocumentsOneChartEach().stream()
                    .map(i -> drawn.contains(i.documentId()) ? interp(i.id(), i.documentId(), null, InterpretationForm.TEXT) : i)
                    .toList();
            IndicatorAnalysis a = b12(others);
            assertThat(a.sampledIds()).isEqualTo(drawn);
            assertNoLine(a);
        }

        @Test
        void markedInterpretations_exactlyThoseAreChecked() {
            IndicatorAnalysis a = b12(List.of(interp("i1", "doc1", List.of("B1.2"), InterpretationForm.CHART),
                    interp("i2", "doc2", List.of("D1.8"), InterpretationForm.CHART),
                    interp("i3", "doc3", List.of("B1.2"), InterpretationForm.TEXT)));
            assertThat(a.sampledIds()).containsExactly("i1", "i3");
            assertRaw(a, "1");
            assertThat(a.lines()).singleElement().satisfies(l -> {
                assertThat(l.rule()).isEqualTo("B1.2 标注的解读稿通过新闻发布会、图表图解、音视频或动漫等形式解读 +1 each");
                assertThat(l.evidenceIds()).containsExactly("document=doc1", "i1");
            });
        }

        @Test
        void markedInterpretations_eachCountsEvenOfOneDocument_pastTheCap() {
            IndicatorAnalysis a = b12(List.of(interp("i1", "doc1", List.of("B1.2"), InterpretationForm.CHART),
                    interp("i2", "doc1", List.of("B1.2"), InterpretationForm.AUDIO_VIDEO),
                    interp("i3", "doc2", List.of("B1.2"), InterpretationForm.PRESS_CONFERENCE),
                    interp("i4", null, List.of("B1.2"), InterpretationForm.ANIMATION)));
            assertThat(a.sampledIds()).containsExactly("i1", "i2", "i3", "i4");
            assertRaw(a, "4");
            assertThat(a.raw()).isGreaterThan(a.points());
            assertThat(a.lines()).extracting(l -> l.evidenceIds()).containsExactly(List.of("document=doc1", "i1"),
                    List.of("document=doc1", "i2"), List.of("document=doc2", "i3"), List.of("i4"));
        }

    }

    // ------------------------------------------------------------------------------------------ B2.1 – B2.3

    static WebsiteInspection withServices(Services services) {
        return BASE.toBuilder().services(services).build();
    }

    @Test
    void noPublicServiceFunction_theServiceBonusesAreNotApplicable() {
        Site site = BASE.site();
        ScoreReport r = score(BASE.toBuilder()
                .site(new Site(site.id(), site.name(), site.url(), site.unit(), false))
                .services(BASE.services().toBuilder().evaluationOffered(true).evaluationResultsPublished(true)
                        .thematicServices(List.of("a", "b", "c")).build())
                .build());
        for (String id : List.of("B2.1", "B2.2", "B2.3")) {
            IndicatorAnalysis a = r.indicator(id).orElseThrow();
            assertThat(a.status()).as(id).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertNoLine(a);
            assertThat(a.sampledIds()).isEmpty();
        }
        assertRaw(r.indicator("B1.1").orElseThrow(), "3");
    }

    @Nested
    class B2_1 {
        static IndicatorAnalysis b21(boolean offered, boolean published) {
            return indicator(withServices(BASE.services().toBuilder().evaluationOffered(offered)
                    .evaluationResultsPublished(published).build()), "B2.1");
        }

        @Test
        void nothingNoLine() {
            assertNoLine(b21(false, false));
        }

        @Test
        void evaluationOffered_plus1() {
            IndicatorAnalysis a = b21(true, false);
            assertRaw(a, "1");
            assertThat(singleLine(a).evidenceIds()).containsExactly("services.evaluationOffered=true");
        }

        @Test
        void resultsPublished_plus1() {
            IndicatorAnalysis a = b21(false, true);
            assertRaw(a, "1");
            assertThat(a.lines()).singleElement().extracting(LineAnalysis::rule).isEqualTo("B2.1 公布服务评价结果 +1");
        }

        @Test
        void both_reachThePointsExactly() {
            IndicatorAnalysis a = b21(true, true);
            assertRaw(a, "2");
            assertThat(a.points()).isEqualByComparingTo("2");
        }
    }

    @Nested
    class B2_2 {
        static IndicatorAnalysis b22(int n) {
            List<String> names = IntStream.rangeClosed(1, n).mapToObj(i -> "专题" + i).toList();
            return indicator(withServices(BASE.services().toBuilder().thematicServices(names).build()), "B2.2");
        }

        @Test
        void noneNoLine() {
            assertNoLine(b22(0));
        }

        @ParameterizedTest
        @CsvSource({"1, 1", "2, 1", "3, 2", "4, 2"})
        void awardByCount(int n, String award) {
            IndicatorAnalysis a = b22(n);
            assertRaw(a, award);
            assertThat(singleLine(a).evidenceIds()).containsExactly("thematicServices=" + n);
        }
    }

    @Nested
    class B2_3 {
        static ServiceItem item(String id, boolean linked, List<String> sampledFor) {
            ServiceGuide guide = BASE.services().items().get(0).guide().toBuilder().policyBasisLinked(linked).build();
            return new ServiceItem(id, "事项" + id, guide, sampledFor);
        }

        static IndicatorAnalysis b23(List<ServiceItem> items) {
            return indicator(withServices(BASE.services().toBuilder().items(items).build()), "B2.3");
        }

        static List<ServiceItem> sevenUnmarked(List<String> unlinked) {
            return IntStream.rangeClosed(1, 7).mapToObj(i -> item("s" + i, !unlinked.contains("s" + i), null)).toList();
        }

        @Test
        void theExample_theMarkedItems() {
            IndicatorAnalysis a = indicator(BASE, "B2.3");
            assertRaw(a, "2");
            assertThat(a.sampledIds()).containsExactly("s1", "s2");
            assertThat(singleLine(a).evidenceIds()).containsExactly("s1", "s2");
        }

        @Test
        void noItems_nothing() {
            IndicatorAnalysis a = b23(List.of());
            assertNoLine(a);
            assertThat(a.sampledIds()).isEmpty();
        }

        @Test
        void oneSampledItemNotLinked_nothing() {
            assertNoLine(b23(List.of(item("s1", true, List.of("B2.3")), item("s2", false, List.of("B2.3")))));
        }

        @Test
        void aSampledItemWithoutGuide_nothing() {
            assertNoLine(b23(List.of(item("s1", true, List.of("B2.3")),
                    new ServiceItem("s2", "事项s2", null, List.of("B2.3")))));
        }

        @Test
        void marksAreRespected_anUnmarkedUnlinkedItemDoesNotMatter() {
            IndicatorAnalysis a = b23(List.of(item("s1", true, List.of("B2.3")), item("s2", false, List.of("D2.4")),
                    item("s3", true, List.of("B2.3"))));
            assertThat(a.sampledIds()).containsExactly("s1", "s3");
            assertRaw(a, "2");
        }

        @Test
        void fewerThan2Items_allAreChecked() {
            IndicatorAnalysis a = b23(List.of(item("s9", true, null)));
            assertThat(a.sampledIds()).containsExactly("s9");
            assertRaw(a, "2");
            assertNoLine(b23(List.of(item("s9", false, null))));
        }

        @Test
        void moreThan2Items_2AreDrawn_theSameWhateverTheOrder() {
            List<String> drawn = b23(sevenUnmarked(List.of())).sampledIds();
            assertThat(drawn).hasSize(2).isSubsetOf("s1", "s2", "s3", "s4", "s5", "s6", "s7");
            for (long seed = 1; seed <= 3; seed++) {
                assertThat(b23(shuffled(sevenUnmarked(List.of()), seed)).sampledIds()).isEqualTo(drawn);
            }
        }

        @Test
        void moreThan2Items_onlyTheDrawnOnesDecide() {
            List<String> drawn = b23(sevenUnmarked(List.of())).sampledIds();
            List<String> notDrawn = IntStream.rangeClosed(1, 7).mapToObj(i -> "s" + i)
                    .filter(id -> !drawn.contains(id)).toList();
            IndicatorAnalysis allOthersUnlinked = b23(sevenUnmarked(notDrawn));
            assertRaw(allOthersUnlinked, "2");
            assertThat(singleLine(allOthersUnlinked).evidenceIds()).containsExactlyElementsOf(drawn);
            assertNoLine(b23(sevenUnmarked(List.of(drawn.get(1)))));
        }
    }

    // ------------------------------------------------------------------------------------------ B3.1

    @Nested
    class B3_1 {
        static IndicatorAnalysis b31(LiveTest test, boolean smartQa) {
            return indicator(BASE.toBuilder()
                    .interaction(BASE.interaction().toBuilder().liveTest(test).smartQaAccurate(smartQa).build())
                    .build(), "B3.1");
        }

        static IndicatorAnalysis asked(String askedOn, String answeredOn) {
            return b31(new LiveTest(d(askedOn), d(answeredOn), true), false);
        }

        @Test
        void theExample_answeredTheNextWorkingDay() {
            IndicatorAnalysis a = indicator(BASE, "B3.1");
            assertRaw(a, "3");
            assertThat(singleLine(a).evidenceIds()).containsExactly("answeredOn=2019-12-11", "askedOn=2019-12-10", "deadline=2019-12-11");
        }

        @Test
        void nothingNoLine() {
            assertNoLine(b31(null, false));
        }

        @Test
        void smartQaOnly_plus2() {
            IndicatorAnalysis a = b31(null, true);
            assertRaw(a, "2");
            assertThat(a.lines()).singleElement().extracting(LineAnalysis::rule)
                    .isEqualTo("B3.1 提供实时智能答问功能且内容准确 +2");
        }

        @Test
        void both_reachThePointsExactly() {
            IndicatorAnalysis a = b31(new LiveTest(d("2019-12-10"), d("2019-12-10"), true), true);
            assertRaw(a, "5");
            assertThat(a.points()).isEqualByComparingTo("5");
        }

        @Test
        void answeredInTimeButInaccurately_nothing() {
            assertNoLine(b31(new LiveTest(d("2019-12-10"), d("2019-12-11"), false), false));
        }

        @Test
        void unanswered_nothing() {
            assertNoLine(b31(new LiveTest(d("2019-12-10"), null, true), false));
        }

        @Test
        void askedFriday_answeredMonday_plus3() {
            IndicatorAnalysis a = asked("2019-12-13", "2019-12-16");
            assertRaw(a, "3");
            assertThat(a.lines().get(0).evidenceIds()).contains("deadline=2019-12-16");
        }

        @Test
        void askedFriday_answeredTuesday_nothing() {
            assertNoLine(asked("2019-12-13", "2019-12-17"));
        }

        @Test
        void askedBeforeTheMidAutumnHoliday_answeredTheNextMonday_plus3() {
            // Friday 2019-09-13 was 中秋节: the 1st working day after Thursday 09-12 is Monday 09-16
            assertRaw(asked("2019-09-12", "2019-09-16"), "3");
            assertNoLine(asked("2019-09-12", "2019-09-17"));
        }

        @Test
        void askedFriday_theWorkingSundayIsTheFirstWorkingDay() {
            // Sunday 2019-09-29 was a working day (调休): an answer on Monday 09-30 is a day late
            assertRaw(asked("2019-09-27", "2019-09-29"), "3");
            assertNoLine(asked("2019-09-27", "2019-09-30"));
        }

        @Test
        void askedBeforeNationalDay_answeredTheFirstDayAfterTheHoliday_plus3() {
            // 2019-10-01..07 were holidays: the 1st working day after Monday 09-30 is Tuesday 10-08
            IndicatorAnalysis a = asked("2019-09-30", "2019-10-08");
            assertRaw(a, "3");
            assertThat(a.lines().get(0).evidenceIds()).contains("deadline=2019-10-08");
            assertNoLine(asked("2019-09-30", "2019-10-09"));
        }
    }

    // ------------------------------------------------------------------------------------------ B3.2

    @Nested
    class B3_2 {
        static Survey survey(String id, String startedOn, String endedOn, String feedbackOn) {
            return new Survey(id, true, d(startedOn), endedOn == null ? null : d(endedOn),
                    feedbackOn == null ? null : d(feedbackOn));
        }

        static IndicatorAnalysis b32(List<Survey> surveys) {
            return indicator(BASE.toBuilder()
                    .interaction(BASE.interaction().toBuilder().surveys(surveys).build()).build(), "B3.2");
        }

        /** The example's six surveys with sv0 replaced. */
        static List<Survey> withSv0(Survey sv0) {
            List<Survey> out = new ArrayList<>(BASE.interaction().surveys());
            out.set(0, sv0);
            return out;
        }

        static List<Survey> exampleWith(Survey extra) {
            List<Survey> out = new ArrayList<>(BASE.interaction().surveys());
            out.add(extra);
            return out;
        }

        static List<String> rules(IndicatorAnalysis a) {
            return a.lines().stream().map(LineAnalysis::rule).toList();
        }

        static final String SIX = "B3.2 前1年内在线调查征集活动超过(含)6次 +2";
        static final String FEEDBACK = "B3.2 前1年内的调查征集活动结束后1个月内均公开反馈结果 +1";

        @Test
        void theExample() {
            IndicatorAnalysis a = indicator(BASE, "B3.2");
            assertRaw(a, "3");
            assertThat(rules(a)).containsExactly(SIX, FEEDBACK);
            assertThat(a.lines().get(0).evidenceIds()).containsExactly("surveys=6", "sv0", "sv1", "sv2", "sv3", "sv4", "sv5");
        }

        @Test
        void nothingNoLine() {
            assertNoLine(b32(List.of()));
        }

        @Test
        void fiveSurveys_onlyTheFeedbackAward() {
            List<Survey> five = BASE.interaction().surveys().subList(1, 6);
            IndicatorAnalysis a = b32(five);
            assertRaw(a, "1");
            assertThat(rules(a)).containsExactly(FEEDBACK);
        }

        @Test
        void sevenSurveys_plus2() {
            IndicatorAnalysis a = b32(exampleWith(survey("sv6", "2019-11-20", "2019-12-10", "2019-12-15")));
            assertRaw(a, "3");
            assertThat(a.lines().get(0).evidenceIds()).contains("surveys=7");
        }

        @Test
        void startedExactly1YearBefore_counts() {
            IndicatorAnalysis a = b32(withSv0(survey("sv0", "2018-12-18", "2019-01-08", "2019-01-18")));
            assertRaw(a, "3");
        }

        @Test
        void started1YearAndOneDayBefore_doesNotCount() {
            // five in the year: no +2; sv0, outside the year, does not matter for the feedback either
            IndicatorAnalysis a = b32(withSv0(survey("sv0", "2018-12-17", "2019-01-08", null)));
            assertRaw(a, "1");
            assertThat(rules(a)).containsExactly(FEEDBACK);
            assertThat(a.lines().get(0).evidenceIds()).doesNotContain("sv0");
        }

        @Test
        void anOfflineActivityDoesNotCount() {
            Survey offline = new Survey("sv0", false, d("2019-02-21"), d("2019-03-13"), null);
            IndicatorAnalysis a = b32(withSv0(offline));
            assertRaw(a, "1");
            assertThat(rules(a)).containsExactly(FEEDBACK);
        }

        @Test
        void feedbackExactly1MonthAfterTheEnd_plus1() {
            assertRaw(b32(withSv0(survey("sv0", "2019-02-21", "2019-03-13", "2019-04-13"))), "3");
        }

        @Test
        void feedback1MonthAndOneDayAfterTheEnd_noFeedbackAward() {
            IndicatorAnalysis a = b32(withSv0(survey("sv0", "2019-02-21", "2019-03-13", "2019-04-14")));
            assertRaw(a, "2");
            assertThat(rules(a)).containsExactly(SIX);
        }

        @Test
        void noFeedbackAndTheMonthHasPassed_noFeedbackAward() {
            // ended 2019-11-17: its month ended 12-17, before the monitoring date
            IndicatorAnalysis a = b32(exampleWith(survey("sv6", "2019-11-01", "2019-11-17", null)));
            assertRaw(a, "2");
        }

        @Test
        void noFeedbackYetButTheMonthHasNotPassed_plus1() {
            // ended 2019-11-18: its month ends on the monitoring date itself
            IndicatorAnalysis a = b32(exampleWith(survey("sv6", "2019-11-01", "2019-11-18", null)));
            assertRaw(a, "3");
            assertThat(a.lines().get(1).evidenceIds()).contains("sv6");
        }

        @Test
        void noActivityOfTheYearHasEnded_noFeedbackAward() {
            // "b" ended without feedback but started before the year: it is not read
            IndicatorAnalysis a = b32(List.of(survey("a", "2019-12-01", null, null),
                    survey("b", "2018-12-01", "2019-03-01", null)));
            assertNoLine(a);
        }

        @Test
        void oneEndedActivityWithFeedback_plus1() {
            IndicatorAnalysis a = b32(List.of(survey("a", "2019-10-01", "2019-10-31", "2019-11-05"),
                    survey("b", "2019-12-10", null, null)));
            assertRaw(a, "1");
            assertThat(singleLine(a).evidenceIds()).containsExactly("a");
        }
    }

    // ------------------------------------------------------------------------------------------ B4.1

    @Nested
    class B4_1 {
        static SearchTest test(String id, boolean subordinate, boolean found, List<String> sampledFor) {
            return new SearchTest(id, "标题" + id, subordinate, found, sampledFor);
        }

        static IndicatorAnalysis b41(boolean fuzzy, boolean aggregates, List<SearchTest> tests) {
            Search s = BASE.design().search();
            return indicator(BASE.toBuilder().design(BASE.design().toBuilder()
                    .search(new Search(s.available(), s.resultsGrouped(), fuzzy, aggregates, tests)).build()).build(), "B4.1");
        }

        static List<SearchTest> fiveSubordinateAllFound() {
            List<SearchTest> out = new ArrayList<>(BASE.design().search().tests().stream()
                    .filter(t -> !t.fromSubordinateSite()).toList());
            IntStream.rangeClosed(1, 5).forEach(i -> out.add(test("u" + i, true, true, null)));
            return out;
        }

        @Test
        void theExample() {
            IndicatorAnalysis a = indicator(BASE, "B4.1");
            assertRaw(a, "2");
            assertThat(a.sampledIds()).containsExactly("t5", "t6");
            assertThat(a.lines()).extracting(LineAnalysis::evidenceIds)
                    .containsExactly(List.of("t5"), List.of("design.search.fuzzy=true"));
        }

        @Test
        void nothingNoLine() {
            IndicatorAnalysis a = b41(false, false, List.of(test("t1", false, true, null)));
            assertNoLine(a);
            assertThat(a.sampledIds()).isEmpty();
        }

        @Test
        void aggregatesOnly_plus1() {
            IndicatorAnalysis a = b41(false, true, List.of());
            assertRaw(a, "1");
            assertThat(singleLine(a).evidenceIds()).containsExactly("design.search.aggregatesServices=true");
        }

        @Test
        void everyAward_reachesThePoints() {
            IndicatorAnalysis a = b41(true, true, List.of(test("t5", true, true, null), test("t6", true, true, null)));
            assertRaw(a, "4");
        }

        @Test
        void fewerThan2SubordinateTests_allAreChecked() {
            IndicatorAnalysis a = b41(false, false, List.of(test("t1", false, true, null), test("t5", true, true, null)));
            assertThat(a.sampledIds()).containsExactly("t5");
            assertRaw(a, "1");
        }

        @Test
        void theSiteOwnTestsAreNotInThePopulation_evenWhenMarked() {
            IndicatorAnalysis a = b41(false, false, List.of(test("t1", false, true, List.of("B4.1")),
                    test("t5", true, false, null), test("t6", true, true, null)));
            assertThat(a.sampledIds()).containsExactly("t5", "t6");
            assertRaw(a, "1");
        }

        @Test
        void moreThan2_2AreDrawn_theSameWhateverTheOrder() {
            IndicatorAnalysis a = b41(false, false, fiveSubordinateAllFound());
            List<String> drawn = a.sampledIds();
            assertThat(drawn).hasSize(2).isSubsetOf("u1", "u2", "u3", "u4", "u5");
            assertRaw(a, "2");
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(0)).containsExactlyElementsOf(drawn);
            for (long seed = 1; seed <= 3; seed++) {
                assertThat(b41(false, false, shuffled(fiveSubordinateAllFound(), seed)).sampledIds()).isEqualTo(drawn);
            }
        }

        @Test
        void marked_exactlyThoseAreChecked_pastTheCap() {
            List<SearchTest> tests = List.of(test("u1", true, true, List.of("B4.1")), test("u2", true, true, List.of("B4.1")),
                    test("u3", true, true, List.of("B4.1")), test("u4", true, false, List.of("D4.6")),
                    test("u5", true, true, null));
            IndicatorAnalysis a = b41(true, true, tests);
            assertThat(a.sampledIds()).containsExactly("u1", "u2", "u3");
            assertRaw(a, "5");
            assertThat(a.raw()).isGreaterThan(a.points());
        }
    }

    // ------------------------------------------------------------------------------------------ B4.2, B5.1

    @Nested
    class B4_2 {
        @Test
        void noUserSpace_noLine() {
            assertNoLine(indicator(BASE.toBuilder().userSpace(false).build(), "B4.2"));
        }

        @Test
        void userSpace_plus2() {
            IndicatorAnalysis a = indicator(BASE.toBuilder().userSpace(true).build(), "B4.2");
            assertRaw(a, "2");
            assertThat(singleLine(a).evidenceIds()).containsExactly("userSpace=true");
        }
    }

    @Nested
    class B5_1 {
        @Test
        void notEndorsed_noLine() {
            assertNoLine(indicator(BASE, "B5.1"));
        }

        @Test
        void endorsed_plus3() {
            IndicatorAnalysis a = indicator(BASE.toBuilder().innovationEndorsed(true).build(), "B5.1");
            assertRaw(a, "3");
            assertThat(singleLine(a).evidenceIds()).containsExactly("innovationEndorsed=true");
        }
    }
}
