package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.govweb.scoring.engine.InvalidInspectionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.Finding;
import org.govweb.scoring.website.FindingIndicator;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.InterpretationForm;
import org.govweb.scoring.website.PolicyDocument;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 发布解读 Publishing & interpretation (D1.1–D1.9, D1-publishing.drl), starting from the spec's county portal
 * (monitoring date 2019-12-18) and changing one thing at a time.
 */
class D1PublishingTest {

    /** The example's monitoring date. */
    static final LocalDate MD = LocalDate.of(2019, 12, 18);

    // ------------------------------------------------------------------ fixtures

    static WebsiteInspection example() {
        return TestEngine.countyPortal();
    }

    static IndicatorAnalysis score(WebsiteInspection in, String indicator) {
        ScoreReport r = TestEngine.score(in);
        assertThat(r.vetoes()).as("no veto may hold in these tests").isEmpty();
        return r.indicator(indicator).orElseThrow();
    }

    static Column column(String id, ColumnKind kind, boolean firstLevel, boolean shouldUpdate, LocalDate... dates) {
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            pubs.add(new Publication(id + "-" + i, null, dates[i]));
        }
        return new Column(id, id, kind, firstLevel, shouldUpdate, pubs);
    }

    /** A column with one undated item only. */
    static Column undated(String id, ColumnKind kind, boolean firstLevel, boolean shouldUpdate) {
        return new Column(id, id, kind, firstLevel, shouldUpdate, List.of(new Publication(id + "-u", null, null)));
    }

    static WebsiteInspection withoutColumns(WebsiteInspection in, Predicate<Column> drop) {
        return in.toBuilder().columns(in.columns().stream().filter(drop.negate()).toList()).build();
    }

    static WebsiteInspection replacing(WebsiteInspection in, String id, Column... replacement) {
        List<Column> out = new ArrayList<>();
        for (Column c : in.columns()) {
            if (c.id().equals(id)) {
                out.addAll(Arrays.asList(replacement));
            } else {
                out.add(c);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(in.columns().size() - 1);
        return in.toBuilder().columns(out).build();
    }

    static WebsiteInspection adding(WebsiteInspection in, Column... more) {
        return in.toBuilder().columns(Stream.concat(in.columns().stream(), Stream.of(more)).toList()).build();
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

    static LineAnalysis onlyLine(IndicatorAnalysis a) {
        assertThat(a.lines()).hasSize(1);
        return a.lines().get(0);
    }

    // ------------------------------------------------------------------ the spec's example

    @Nested
    class TheExample {
        @Test
        void givesD13OneAndD18OneAndNothingElse() {
            ScoreReport r = TestEngine.score(example());
            assertThat(r.vetoes()).isEmpty();
            for (String id : List.of("D1.1", "D1.2", "D1.4", "D1.5", "D1.6", "D1.7", "D1.9")) {
                assertClean(r.indicator(id).orElseThrow());
            }
            IndicatorAnalysis d13 = r.indicator("D1.3").orElseThrow();
            assertHit(d13, "1", "1", false);
            assertThat(onlyLine(d13).evidenceIds()).containsExactly("f1");

            IndicatorAnalysis d18 = r.indicator("D1.8").orElseThrow();
            assertHit(d18, "1", "1", false);
            assertThat(d18.sampledIds()).containsExactly("int1", "int2", "int3");
            assertThat(d18.lines()).extracting(LineAnalysis::amount, LineAnalysis::evidenceIds).containsExactlyInAnyOrder(
                    tuple(new BigDecimal("0.5"), List.of("doc3", "int3")),
                    tuple(new BigDecimal("0.5"), List.of("doc2", "int2")));
            assertThat(r.indicator("D1.7").orElseThrow().sampledIds()).containsExactly("doc1", "doc2", "doc3");
        }

        @Test
        void catalogueHasTheGroupAndItsPoints() {
            ScoreReport r = TestEngine.score(example());
            assertThat(r.group("D1").orElseThrow().points()).isEqualByComparingTo("31");
            assertThat(r.indicators().stream().filter(i -> i.group().equals("D1")))
                    .extracting(IndicatorAnalysis::indicator, IndicatorAnalysis::nameZh, i -> i.points().toPlainString())
                    .containsExactly(
                            tuple("D1.1", "概况信息", "2"), tuple("D1.2", "机构职能", "2"), tuple("D1.3", "领导信息", "2"),
                            tuple("D1.4", "动态要闻", "5"), tuple("D1.5", "政策文件", "5"), tuple("D1.6", "政策解读", "5"),
                            tuple("D1.7", "解读比例", "3"), tuple("D1.8", "解读关联", "3"), tuple("D1.9", "其他栏目", "4"));
            assertThat(r.group("D1").orElseThrow().counted()).isEqualByComparingTo("2");
        }
    }

    // ------------------------------------------------------------------ D1.1–D1.3

    @Nested
    class ColumnAndFindings {
        static WebsiteInspection withFindings(FindingIndicator indicator, int n) {
            List<Finding> fs = IntStream.rangeClosed(1, n)
                    .mapToObj(i -> new Finding("x" + i, indicator, "http://example.invalid/" + i, "note " + i)).toList();
            return example().toBuilder().findings(fs).build();
        }

        @ParameterizedTest
        @CsvSource({"D1.1, D1_1", "D1.2, D1_2", "D1.3, D1_3"})
        void cleanWithTheColumnAndNoFinding(String id, FindingIndicator fi) {
            assertClean(score(withFindings(fi, 0), id));
        }

        @ParameterizedTest
        @CsvSource({"D1.1, D1_1", "D1.2, D1_2", "D1.3, D1_3"})
        void oneFindingMinusOneWithItsIdAsEvidence(String id, FindingIndicator fi) {
            IndicatorAnalysis a = score(withFindings(fi, 1), id);
            assertHit(a, "1", "1", false);
            assertThat(onlyLine(a).amount()).isEqualByComparingTo("1");
            assertThat(onlyLine(a).evidenceIds()).containsExactly("x1");
        }

        @ParameterizedTest
        @CsvSource({"D1.1, D1_1", "D1.2, D1_2", "D1.3, D1_3"})
        void twoFindingsReachTheCapExactly(String id, FindingIndicator fi) {
            assertHit(score(withFindings(fi, 2), id), "2", "2", false);
        }

        @ParameterizedTest
        @CsvSource({"D1.1, D1_1", "D1.2, D1_2", "D1.3, D1_3"})
        void threeFindingsAreCappedAtTwo(String id, FindingIndicator fi) {
            IndicatorAnalysis a = score(withFindings(fi, 3), id);
            assertHit(a, "3", "2", true);
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(0)).containsExactlyInAnyOrder("x1", "x2", "x3");
        }

        @ParameterizedTest
        @CsvSource({"D1.1, OVERVIEW", "D1.2, ORG_FUNCTIONS", "D1.3, LEADERS"})
        void noColumnOfTheKindMinusTwo(String id, ColumnKind kind) {
            WebsiteInspection in = withoutColumns(example().toBuilder().findings(List.of()).build(), c -> c.kind() == kind);
            IndicatorAnalysis a = score(in, id);
            assertHit(a, "2", "2", false);
            assertThat(onlyLine(a).evidenceIds()).containsExactly("kind=" + kind);
        }

        @ParameterizedTest
        @CsvSource({"D1.1, OVERVIEW, D1_1", "D1.2, ORG_FUNCTIONS, D1_2", "D1.3, LEADERS, D1_3"})
        void noColumnAndAFindingAreCappedAtTwo(String id, ColumnKind kind, FindingIndicator fi) {
            IndicatorAnalysis a = score(withoutColumns(withFindings(fi, 1), c -> c.kind() == kind), id);
            assertHit(a, "3", "2", true);
        }

        @Test
        void aFindingCountsOnlyForTheIndicatorItNames() {
            WebsiteInspection in = withFindings(FindingIndicator.D1_2, 1);
            assertClean(score(in, "D1.1"));
            assertClean(score(in, "D1.3"));
            assertHit(score(in, "D1.2"), "1", "1", false);
        }

        @Test
        void aBlankColumnOfTheKindIsStillAColumn() {
            WebsiteInspection in = replacing(example().toBuilder().findings(List.of()).build(), "gk",
                    column("gk", ColumnKind.OVERVIEW, true, false));
            assertClean(score(in, "D1.1"));
            assertClean(score(in, "D1.9"));
        }
    }

    // ------------------------------------------------------------------ D1.4 动态要闻

    @Nested
    class News {
        /** The example's two NEWS columns (yw first-level, bm a sub-column), both dated only on the given day. */
        static WebsiteInspection newsDatedOn(LocalDate day) {
            WebsiteInspection in = replacing(example(), "yw", column("yw", ColumnKind.NEWS, true, true, day));
            return replacing(in, "bm", column("bm", ColumnKind.NEWS, false, true, day));
        }

        @Test
        void clean() {
            assertClean(score(example(), "D1.4"));
        }

        @Test
        void noNewsColumnMinusFiveOnceNotAlsoNotUpdated() {
            IndicatorAnalysis a = score(withoutColumns(example(), c -> c.kind() == ColumnKind.NEWS), "D1.4");
            assertHit(a, "5", "5", false);
            assertThat(onlyLine(a).evidenceIds()).containsExactly("kind=NEWS");
        }

        @Test
        void datedOnTheWindowsFirstDayCounts() {
            assertClean(score(newsDatedOn(MD.minusDays(14)), "D1.4"));
        }

        @Test
        void datedOnTheMonitoringDateCounts() {
            assertClean(score(newsDatedOn(MD), "D1.4"));
        }

        @Test
        void datedTheDayBeforeTheWindowMinusFive() {
            IndicatorAnalysis a = score(newsDatedOn(MD.minusDays(15)), "D1.4");
            assertHit(a, "5", "5", false);
            assertThat(onlyLine(a).amount()).isEqualByComparingTo("5");
            assertThat(onlyLine(a).evidenceIds())
                    .containsExactlyInAnyOrder("bm", "yw", "from=2019-12-04", "to=2019-12-18");
        }

        @Test
        void datedAfterTheMonitoringDateIsInvalidInput() {
            assertThatThrownBy(() -> score(newsDatedOn(MD.plusDays(1)), "D1.4"))
                    .isInstanceOf(InvalidInspectionException.class)
                    .hasMessageContaining("is after the monitoring date");
        }

        @Test
        void undatedCountsAsNotUpdated() {
            WebsiteInspection in = replacing(example(), "yw", undated("yw", ColumnKind.NEWS, true, true));
            in = replacing(in, "bm", undated("bm", ColumnKind.NEWS, false, true));
            assertHit(score(in, "D1.4"), "5", "5", false);
        }

        @Test
        void anyNewsColumnDatedInTheWindowIsEnough() {
            WebsiteInspection in = replacing(example(), "yw", column("yw", ColumnKind.NEWS, true, true, MD.minusDays(30)));
            in = replacing(in, "bm", column("bm", ColumnKind.NEWS, false, true, MD.minusDays(14)));
            assertClean(score(in, "D1.4"));
            assertClean(score(in, "D1.9"));
        }
    }

    // ------------------------------------------------------------------ D1.5 政策文件 / D1.6 政策解读

    @Nested
    class PolicyColumns {
        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void clean(String id, ColumnKind kind, String columnId) {
            assertClean(score(example(), id));
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void noColumnOfTheKindMinusFiveOnce(String id, ColumnKind kind, String columnId) {
            IndicatorAnalysis a = score(withoutColumns(example(), c -> c.kind() == kind), id);
            assertHit(a, "5", "5", false);
            assertThat(onlyLine(a).evidenceIds()).containsExactly("kind=" + kind);
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void firstLevelDatedOnTheWindowsFirstDayCounts(String id, ColumnKind kind, String columnId) {
            // md.minusMonths(6) = 2019-06-18
            WebsiteInspection in = replacing(example(), columnId, column(columnId, kind, true, true, LocalDate.of(2019, 6, 18)));
            assertClean(score(in, id));
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void firstLevelDatedTheDayBeforeMinusFive(String id, ColumnKind kind, String columnId) {
            WebsiteInspection in = replacing(example(), columnId, column(columnId, kind, true, true, LocalDate.of(2019, 6, 17)));
            IndicatorAnalysis a = score(in, id);
            assertHit(a, "5", "5", false);
            assertThat(onlyLine(a).evidenceIds()).containsExactlyInAnyOrder(columnId, "from=2019-06-18", "to=2019-12-18");
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void undatedCountsAsNotUpdated(String id, ColumnKind kind, String columnId) {
            assertHit(score(replacing(example(), columnId, undated(columnId, kind, true, true)), id), "5", "5", false);
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void aBlankFirstLevelColumnIsNotUpdated(String id, ColumnKind kind, String columnId) {
            IndicatorAnalysis a = score(replacing(example(), columnId, column(columnId, kind, true, true)), id);
            assertHit(a, "5", "5", false);
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void theFirstLevelColumnIsJudgedNotItsFreshSubColumn(String id, ColumnKind kind, String columnId) {
            WebsiteInspection in = replacing(example(), columnId,
                    column(columnId, kind, true, true, LocalDate.of(2019, 6, 17)),
                    column(columnId + "-sub", kind, false, true, MD));
            IndicatorAnalysis a = score(in, id);
            assertHit(a, "5", "5", false);
            assertThat(onlyLine(a).evidenceIds()).containsExactlyInAnyOrder(columnId, "from=2019-06-18", "to=2019-12-18");
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void oneFreshFirstLevelColumnOfSeveralIsEnough(String id, ColumnKind kind, String columnId) {
            WebsiteInspection in = replacing(example(), columnId,
                    column(columnId, kind, true, true, LocalDate.of(2019, 6, 17)),
                    column(columnId + "2", kind, true, true, LocalDate.of(2019, 6, 18)));
            assertClean(score(in, id));
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void noFirstLevelColumn_allOfTheKindAreJudged_oneFreshIsEnough(String id, ColumnKind kind, String columnId) {
            WebsiteInspection in = replacing(example(), columnId,
                    column(columnId + "-a", kind, false, true, LocalDate.of(2019, 6, 17)),
                    column(columnId + "-b", kind, false, true, LocalDate.of(2019, 6, 18)));
            assertClean(score(in, id));
        }

        @ParameterizedTest
        @CsvSource({"D1.5, POLICY_DOCS, zc", "D1.6, POLICY_INTERPRETATION, jd"})
        void noFirstLevelColumn_allOfTheKindStaleMinusFive(String id, ColumnKind kind, String columnId) {
            WebsiteInspection in = replacing(example(), columnId,
                    column(columnId + "-a", kind, false, true, LocalDate.of(2019, 6, 17)),
                    undated(columnId + "-b", kind, false, true));
            IndicatorAnalysis a = score(in, id);
            assertHit(a, "5", "5", false);
            assertThat(onlyLine(a).evidenceIds())
                    .containsExactlyInAnyOrder(columnId + "-a", columnId + "-b", "from=2019-06-18", "to=2019-12-18");
            assertClean(score(in, "D1.9"));
        }
    }

    // ------------------------------------------------------------------ D1.7 解读比例

    @Nested
    class InterpretationRatio {
        static PolicyDocument doc(String id, boolean self, boolean broad, String... sampledFor) {
            return new PolicyDocument(id, "title " + id, MD.minusDays(10), self, broad, List.of(), List.of(sampledFor));
        }

        static Interpretation interpreting(String id, String documentId) {
            return new Interpretation(id, "title " + id, MD.minusDays(5), documentId, true, List.of(InterpretationForm.TEXT),
                    List.of());
        }

        /** n eligible documents d1..dn, none interpreted. */
        static WebsiteInspection eligible(int n) {
            List<PolicyDocument> docs = IntStream.rangeClosed(1, n).mapToObj(i -> doc("d" + i, true, true)).toList();
            return example().toBuilder().policyDocuments(docs).interpretations(List.of()).build();
        }

        @Test
        void clean() {
            IndicatorAnalysis a = score(example(), "D1.7");
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("doc1", "doc2", "doc3");
        }

        @Test
        void oneSampledDocumentWithoutInterpretationMinusOne() {
            WebsiteInspection in = example().toBuilder()
                    .interpretations(example().interpretations().stream().filter(i -> !i.id().equals("int2")).toList())
                    .build();
            IndicatorAnalysis a = score(in, "D1.7");
            assertHit(a, "1", "1", false);
            assertThat(onlyLine(a).amount()).isEqualByComparingTo("1");
            assertThat(onlyLine(a).evidenceIds()).containsExactly("doc2");
        }

        @Test
        void anInterpretationNamingTheDocumentCountsEvenWithoutItsLinks() {
            // int3 names doc3 but does not link to it: that is D1.8's fault, not D1.7's
            assertClean(score(example(), "D1.7"));
            WebsiteInspection in = example().toBuilder().policyDocuments(unlinked(example().policyDocuments()))
                    .interpretations(List.of(
                    new Interpretation("int9", "t", MD, "doc1", false, List.of(), List.of()),
                    new Interpretation("int8", "t", MD, "doc2", false, List.of(), List.of()),
                    new Interpretation("int7", "t", MD, "doc3", false, List.of(), List.of()))).build();
            assertClean(score(in, "D1.7"));
        }

        @Test
        void fewerThanThreeEligible_allAreChecked_othersAreNotInThePopulation() {
            WebsiteInspection in = example().toBuilder().policyDocuments(List.of(
                    doc("a", true, true), doc("b", true, true), doc("c", true, false), doc("d", false, true),
                    doc("e", false, false))).interpretations(List.of()).build();
            IndicatorAnalysis a = score(in, "D1.7");
            assertThat(a.sampledIds()).containsExactly("a", "b");
            assertHit(a, "2", "2", false);
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(0)).containsExactlyInAnyOrder("a", "b");
        }

        @Test
        void exactlyThreeEligible_allChecked_reachTheCapExactly() {
            IndicatorAnalysis a = score(eligible(3), "D1.7");
            assertThat(a.sampledIds()).containsExactly("d1", "d2", "d3");
            assertHit(a, "3", "3", false);
        }

        @Test
        void noEligibleDocument_clean_nothingSampled() {
            WebsiteInspection in = example().toBuilder().policyDocuments(List.of(doc("c", true, false)))
                    .interpretations(List.of()).build();
            IndicatorAnalysis a = score(in, "D1.7");
            assertClean(a);
            assertThat(a.sampledIds()).isEmpty();
        }

        @Test
        void moreThanThreeUnmarked_threeAreDrawn_whateverTheOrder() {
            WebsiteInspection in = eligible(7);
            IndicatorAnalysis a = score(in, "D1.7");
            assertThat(a.sampledIds()).hasSize(3).doesNotHaveDuplicates()
                    .isSubsetOf("d1", "d2", "d3", "d4", "d5", "d6", "d7").isSorted();
            assertHit(a, "3", "3", false);
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(0)).containsExactlyInAnyOrderElementsOf(a.sampledIds());

            List<PolicyDocument> reversed = new ArrayList<>(in.policyDocuments());
            Collections.reverse(reversed);
            List<PolicyDocument> shuffled = new ArrayList<>(in.policyDocuments());
            Collections.shuffle(shuffled, new Random(42));
            assertThat(shuffled).isNotEqualTo(in.policyDocuments());
            for (List<PolicyDocument> order : List.of(reversed, shuffled)) {
                IndicatorAnalysis b = score(in.toBuilder().policyDocuments(order).build(), "D1.7");
                assertThat(b.sampledIds()).containsExactlyElementsOf(a.sampledIds());
                assertThat(b.lines()).isEqualTo(a.lines());
            }
        }

        @Test
        void theDrawOnlyCountsTheDrawnDocuments() {
            // 4 eligible: one uninterpreted; whether it is drawn decides the deduction
            List<PolicyDocument> docs = List.of(doc("d1", true, true), doc("d2", true, true), doc("d3", true, true),
                    doc("d4", true, true));
            WebsiteInspection in = example().toBuilder().policyDocuments(docs).interpretations(List.of(
                    interpreting("i1", "d1"), interpreting("i2", "d2"), interpreting("i3", "d3"))).build();
            IndicatorAnalysis a = score(in, "D1.7");
            assertThat(a.sampledIds()).hasSize(3);
            if (a.sampledIds().contains("d4")) {
                assertHit(a, "1", "1", false);
                assertThat(onlyLine(a).evidenceIds()).containsExactly("d4");
            } else {
                assertClean(a);
            }
        }

        @Test
        void theCallersMarksAreRespected() {
            List<PolicyDocument> docs = new ArrayList<>(eligible(6).policyDocuments());
            docs.set(1, doc("d2", true, true, "D1.7"));
            docs.set(4, doc("d5", true, true, "D1.7"));
            IndicatorAnalysis a = score(eligible(6).toBuilder().policyDocuments(docs).build(), "D1.7");
            assertThat(a.sampledIds()).containsExactly("d2", "d5");
            assertHit(a, "2", "2", false);
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(0)).containsExactlyInAnyOrder("d2", "d5");
        }

        @Test
        void aMarkOutsideThePopulationIsIgnored() {
            WebsiteInspection in = example().toBuilder().policyDocuments(List.of(
                    doc("a", true, true), doc("b", true, true), doc("x", false, true, "D1.7"))).interpretations(List.of()).build();
            IndicatorAnalysis a = score(in, "D1.7");
            assertThat(a.sampledIds()).containsExactly("a", "b");
            assertHit(a, "2", "2", false);
        }

        @Test
        void fourMarkedUninterpretedAreCappedAtThree() {
            List<PolicyDocument> docs = IntStream.rangeClosed(1, 5)
                    .mapToObj(i -> i <= 4 ? doc("d" + i, true, true, "D1.7") : doc("d" + i, true, true)).toList();
            IndicatorAnalysis a = score(eligible(5).toBuilder().policyDocuments(docs).build(), "D1.7");
            assertThat(a.sampledIds()).containsExactly("d1", "d2", "d3", "d4");
            assertHit(a, "4", "3", true);
            assertThat(a.score()).isEqualByComparingTo("0");
        }
    }

    // ------------------------------------------------------------------ D1.8 解读关联

    @Nested
    class InterpretationLinks {
        static Interpretation interp(String id, String documentId, boolean linksToDocument, String... sampledFor) {
            return new Interpretation(id, "title " + id, MD.minusDays(5), documentId, linksToDocument,
                    List.of(InterpretationForm.TEXT), List.of(sampledFor));
        }

        static PolicyDocument doc(String id, String... linkedInterpretationIds) {
            return new PolicyDocument(id, "title " + id, MD.minusDays(10), true, true, List.of(linkedInterpretationIds),
                    List.of());
        }

        /** The example with its two faults repaired. */
        static WebsiteInspection repaired() {
            WebsiteInspection in = example();
            List<Interpretation> ints = in.interpretations().stream()
                    .map(i -> i.id().equals("int3") ? interp("int3", "doc3", true) : i).toList();
            List<PolicyDocument> docs = in.policyDocuments().stream()
                    .map(d -> d.id().equals("doc2") ? doc("doc2", "int2") : d).toList();
            return in.toBuilder().interpretations(ints).policyDocuments(docs).build();
        }

        /** n interpretations i1..in, each of a document that links back, every link in place. */
        static WebsiteInspection linked(int n) {
            List<Interpretation> ints = IntStream.rangeClosed(1, n).mapToObj(i -> interp("i" + i, "d" + i, true)).toList();
            List<PolicyDocument> docs = IntStream.rangeClosed(1, n).mapToObj(i -> doc("d" + i, "i" + i)).toList();
            return example().toBuilder().interpretations(ints).policyDocuments(docs).build();
        }

        @Test
        void clean() {
            IndicatorAnalysis a = score(repaired(), "D1.8");
            assertClean(a);
            assertThat(a.sampledIds()).containsExactly("int1", "int2", "int3");
        }

        @Test
        void notLinkingToItsDocumentMinusHalf() {
            WebsiteInspection in = repaired();
            in = in.toBuilder().interpretations(in.interpretations().stream()
                    .map(i -> i.id().equals("int1") ? interp("int1", "doc1", false) : i).toList()).build();
            IndicatorAnalysis a = score(in, "D1.8");
            assertHit(a, "0.5", "0.5", false);
            assertThat(onlyLine(a).amount()).isEqualByComparingTo("0.5");
            assertThat(onlyLine(a).rule()).isEqualTo("D1.8 解读稿未与被解读的政策文件相关联 −0.5 each");
            assertThat(onlyLine(a).evidenceIds()).containsExactly("doc1", "int1");
        }

        @Test
        void itsDocumentNotLinkingBackMinusHalf() {
            WebsiteInspection in = repaired();
            in = in.toBuilder().policyDocuments(in.policyDocuments().stream()
                    .map(d -> d.id().equals("doc1") ? doc("doc1", "int2") : d).toList()).build();
            IndicatorAnalysis a = score(in, "D1.8");
            assertHit(a, "0.5", "0.5", false);
            assertThat(onlyLine(a).rule()).isEqualTo("D1.8 政策文件未与被抽查解读稿相关联 −0.5 each");
            assertThat(onlyLine(a).evidenceIds()).containsExactly("doc1", "int1");
        }

        @Test
        void aDocumentIdNamingNoPublishedDocumentIsInvalidInput() {
            // an interpretation of no document published on the site has documentId null (next test)
            WebsiteInspection in = repaired();
            WebsiteInspection dangling = in.toBuilder()
                    .policyDocuments(in.policyDocuments().stream().filter(d -> !d.id().equals("doc1")).toList()).build();
            assertThatThrownBy(() -> score(dangling, "D1.8")).isInstanceOf(InvalidInspectionException.class)
                    .hasMessageContaining("unknown policy document 'doc1'");
        }

        @Test
        void noDocumentAtAllAndNoLinkMinusHalfTwice() {
            WebsiteInspection in = repaired();
            in = in.toBuilder().interpretations(in.interpretations().stream()
                    .map(i -> i.id().equals("int1") ? interp("int1", null, false) : i).toList()).build();
            IndicatorAnalysis a = score(in, "D1.8");
            assertHit(a, "1", "1", false);
            assertThat(a.lines()).extracting(LineAnalysis::amount, LineAnalysis::evidenceIds).containsExactly(
                    tuple(new BigDecimal("0.5"), List.of("int1")), tuple(new BigDecimal("0.5"), List.of("int1")));
        }

        @Test
        void fewerThanThree_allAreChecked() {
            WebsiteInspection in = linked(2);
            in = in.toBuilder().interpretations(List.of(interp("i1", "d1", false), interp("i2", "d2", false))).build();
            IndicatorAnalysis a = score(in, "D1.8");
            assertThat(a.sampledIds()).containsExactly("i1", "i2");
            assertHit(a, "1", "1", false);
        }

        @Test
        void everyFaultOfThreeReachesTheCapExactly() {
            List<Interpretation> ints = List.of(interp("i1", "d1", false), interp("i2", "d2", false), interp("i3", null, false));
            WebsiteInspection in = example().toBuilder().interpretations(ints)
                    .policyDocuments(List.of(doc("d1"), doc("d2", "i1"))).build();
            IndicatorAnalysis a = score(in, "D1.8");
            assertHit(a, "3", "3", false);
            assertThat(a.lines()).hasSize(6);
        }

        @Test
        void fourMarkedWithBothFaultsAreCappedAtThree() {
            List<Interpretation> ints = IntStream.rangeClosed(1, 6)
                    .mapToObj(i -> interp("i" + i, "d" + i, false, i <= 4 ? new String[] {"D1.8"} : new String[0])).toList();
            List<PolicyDocument> docs = IntStream.rangeClosed(1, 6).mapToObj(i -> doc("d" + i)).toList();
            IndicatorAnalysis a = score(example().toBuilder().interpretations(ints).policyDocuments(docs).build(), "D1.8");
            assertThat(a.sampledIds()).containsExactly("i1", "i2", "i3", "i4");
            assertHit(a, "4", "3", true);
            assertThat(a.lines()).hasSize(8);
        }

        @Test
        void theCallersMarksAreRespected() {
            WebsiteInspection in = linked(6);
            List<Interpretation> ints = new ArrayList<>(in.interpretations());
            ints.set(2, interp("i3", "d3", false, "D1.8"));
            ints.set(5, interp("i6", "d6", true, "D1.8", "B1.2"));
            ints.set(0, interp("i1", "d1", false, "B1.2"));
            IndicatorAnalysis a = score(in.toBuilder().interpretations(ints).build(), "D1.8");
            assertThat(a.sampledIds()).containsExactly("i3", "i6");
            assertHit(a, "0.5", "0.5", false);
            assertThat(onlyLine(a).evidenceIds()).containsExactly("d3", "i3");
        }

        @Test
        void moreThanThreeUnmarked_threeAreDrawn_whateverTheOrder() {
            WebsiteInspection in = linked(7);
            in = in.toBuilder().interpretations(in.interpretations().stream()
                    .map(i -> interp(i.id(), i.documentId(), false)).toList()).build();
            IndicatorAnalysis a = score(in, "D1.8");
            assertThat(a.sampledIds()).hasSize(3).doesNotHaveDuplicates()
                    .isSubsetOf("i1", "i2", "i3", "i4", "i5", "i6", "i7").isSorted();
            assertHit(a, "1.5", "1.5", false);
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(1))
                    .containsExactlyInAnyOrderElementsOf(a.sampledIds());

            List<Interpretation> reversed = new ArrayList<>(in.interpretations());
            Collections.reverse(reversed);
            List<Interpretation> shuffled = new ArrayList<>(in.interpretations());
            Collections.shuffle(shuffled, new Random(7));
            assertThat(shuffled).isNotEqualTo(in.interpretations());
            for (List<Interpretation> order : List.of(reversed, shuffled)) {
                IndicatorAnalysis b = score(in.toBuilder().interpretations(order).build(), "D1.8");
                assertThat(b.sampledIds()).containsExactlyElementsOf(a.sampledIds());
                assertThat(b.lines()).isEqualTo(a.lines());
            }
        }

        @Test
        void noInterpretation_clean_nothingSampled() {
            IndicatorAnalysis a = score(example().toBuilder().interpretations(List.of())
                    .policyDocuments(unlinked(example().policyDocuments())).build(), "D1.8");
            assertClean(a);
            assertThat(a.sampledIds()).isEmpty();
        }
    }

    // ------------------------------------------------------------------ D1.9 其他栏目

    @Nested
    class OtherColumns {
        @Test
        void cleanOnTheExample_rsHasAnUndatedItemButOneDatedWithinAYear() {
            assertClean(score(example(), "D1.9"));
        }

        @Test
        void onlyTheUndatedItemLeft_notUpdatedMinusOne() {
            IndicatorAnalysis a = score(replacing(example(), "rs", undated("rs", ColumnKind.OTHER, true, true)), "D1.9");
            assertHit(a, "1", "1", false);
            assertThat(onlyLine(a).amount()).isEqualByComparingTo("1");
            assertThat(onlyLine(a).evidenceIds())
                    .containsExactlyInAnyOrder("rs", "from=2018-12-18", "to=2019-12-18", "latest=none");
        }

        @Test
        void datedOnTheYearWindowsFirstDayCounts() {
            assertClean(score(replacing(example(), "rs",
                    column("rs", ColumnKind.OTHER, true, true, LocalDate.of(2018, 12, 18))), "D1.9"));
        }

        @Test
        void datedTheDayBeforeTheYearWindowMinusOne() {
            IndicatorAnalysis a = score(replacing(example(), "rs",
                    column("rs", ColumnKind.OTHER, true, true, LocalDate.of(2018, 12, 17))), "D1.9");
            assertHit(a, "1", "1", false);
            assertThat(onlyLine(a).evidenceIds())
                    .containsExactlyInAnyOrder("rs", "from=2018-12-18", "to=2019-12-18", "latest=2018-12-17");
        }

        @Test
        void staleButNotMeantToBeUpdated_clean() {
            assertClean(score(replacing(example(), "rs", undated("rs", ColumnKind.OTHER, true, false)), "D1.9"));
        }

        @Test
        void blankMinusTwoOnly_notAlsoNotUpdated() {
            IndicatorAnalysis a = score(replacing(example(), "rs", column("rs", ColumnKind.OTHER, true, true)), "D1.9");
            assertHit(a, "2", "2", false);
            assertThat(onlyLine(a).amount()).isEqualByComparingTo("2");
            assertThat(onlyLine(a).evidenceIds()).containsExactly("rs");
        }

        @Test
        void blankEvenWhenNotMeantToBeUpdatedMinusTwo() {
            assertHit(score(replacing(example(), "rs", column("rs", ColumnKind.OTHER, false, false)), "D1.9"),
                    "2", "2", false);
        }

        @Test
        void blankAndStaleTogether() {
            WebsiteInspection in = adding(example(), column("o1", ColumnKind.OTHER, false, true),
                    undated("o2", ColumnKind.OTHER, false, true));
            IndicatorAnalysis a = score(in, "D1.9");
            assertHit(a, "3", "3", false);
        }

        @Test
        void twoBlankReachTheCapExactly() {
            WebsiteInspection in = adding(example(), column("o1", ColumnKind.OTHER, false, true),
                    column("o2", ColumnKind.OTHER, false, true));
            assertHit(score(in, "D1.9"), "4", "4", false);
        }

        @Test
        void threeBlankAreCappedAtFour() {
            WebsiteInspection in = adding(example(), column("o1", ColumnKind.OTHER, false, true),
                    column("o2", ColumnKind.OTHER, false, true), column("o3", ColumnKind.OTHER, false, false));
            IndicatorAnalysis a = score(in, "D1.9");
            assertHit(a, "6", "4", true);
            assertThat(a.lines()).extracting(l -> l.evidenceIds().get(0)).containsExactlyInAnyOrder("o1", "o2", "o3");
            assertThat(a.score()).isEqualByComparingTo("0");
        }

        @Test
        void fiveStaleAreCappedAtFour() {
            WebsiteInspection in = adding(example(), IntStream.rangeClosed(1, 5)
                    .mapToObj(i -> column("o" + i, ColumnKind.OTHER, false, true, LocalDate.of(2018, 1, i)))
                    .toArray(Column[]::new));
            assertHit(score(in, "D1.9"), "5", "4", true);
        }

        @ParameterizedTest
        @EnumSource(value = ColumnKind.class, names = {"NOTICES", "DATA_RELEASE", "INTERVIEW", "SURVEY", "PETITION",
            "DISCIPLINE", "OTHER"})
        void otherKinds_blankMinusTwo_staleMinusOne(ColumnKind kind) {
            assertHit(score(adding(example(), column("o1", kind, false, true)), "D1.9"), "2", "2", false);
            IndicatorAnalysis a = score(adding(example(), undated("o1", kind, false, true)), "D1.9");
            assertHit(a, "1", "1", false);
            assertThat(onlyLine(a).evidenceIds()).contains("o1");
        }

        /** The kinds judged by D1.1–D1.6 and D3.3 are not other columns: no double penalty. */
        @ParameterizedTest
        @EnumSource(value = ColumnKind.class, names = {"OVERVIEW", "ORG_FUNCTIONS", "LEADERS", "NEWS", "POLICY_DOCS",
            "POLICY_INTERPRETATION", "CONSULTATION"})
        void kindsJudgedElsewhereAreNotOtherColumns(ColumnKind kind) {
            assertClean(score(adding(example(), column("x1", kind, false, true)), "D1.9"));
            assertClean(score(adding(example(), undated("x1", kind, false, true)), "D1.9"));
        }

        @Test
        void aStaleNewsSubColumnIsNeitherD14NorD19() {
            WebsiteInspection in = replacing(example(), "bm", undated("bm", ColumnKind.NEWS, false, true));
            assertClean(score(in, "D1.4"));
            assertClean(score(in, "D1.9"));
        }

        /** NOTICES: 6-month window here; VW4.1 also counts a stale first-level one, but VW4 is a veto, not a deduction. */
        @Test
        void noticesDatedOnTheSixMonthWindowsFirstDayCount() {
            assertClean(score(replacing(example(), "tz",
                    column("tz", ColumnKind.NOTICES, true, true, LocalDate.of(2019, 6, 18))), "D1.9"));
        }

        @Test
        void noticesDatedTheDayBeforeTheSixMonthWindowMinusOne() {
            IndicatorAnalysis a = score(replacing(example(), "tz",
                    column("tz", ColumnKind.NOTICES, true, true, LocalDate.of(2019, 6, 17))), "D1.9");
            assertHit(a, "1", "1", false);
            assertThat(onlyLine(a).evidenceIds())
                    .containsExactlyInAnyOrder("tz", "from=2019-06-18", "to=2019-12-18", "latest=2019-06-17");
        }

        @Test
        void noticesDatedTenMonthsAgoAreStaleAlthoughWithinAYear() {
            assertHit(score(replacing(example(), "tz",
                    column("tz", ColumnKind.NOTICES, true, true, LocalDate.of(2019, 2, 18))), "D1.9"), "1", "1", false);
        }

        @Test
        void blankNoticesMinusTwo() {
            IndicatorAnalysis a = score(replacing(example(), "tz", column("tz", ColumnKind.NOTICES, true, true)), "D1.9");
            assertHit(a, "2", "2", false);
            assertThat(onlyLine(a).evidenceIds()).containsExactly("tz");
        }
    }

    /** The documents without their links to interpretations (so that removing interpretations leaves no dangling id). */
    static List<PolicyDocument> unlinked(List<PolicyDocument> docs) {
        return docs.stream().map(d -> new PolicyDocument(d.id(), d.title(), d.publishedOn(), d.issuedBySelf(),
                d.broadImpact(), List.of(), d.sampledFor())).toList();
    }
}
