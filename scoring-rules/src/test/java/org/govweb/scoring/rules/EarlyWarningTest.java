package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.TestEngine.column;
import static org.govweb.scoring.testing.TestEngine.countyPortal;
import static org.govweb.scoring.testing.TestEngine.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.GuideElement;
import org.govweb.scoring.website.Message;
import org.govweb.scoring.website.Probe;
import org.govweb.scoring.website.ReplyQuality;
import org.govweb.scoring.website.ServiceGuide;
import org.govweb.scoring.website.ServiceItem;
import org.govweb.scoring.website.Site;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * EW (预警, early warnings below the veto lines, not scored) on the spec's county portal (monitoring date
 * 2019-12-18): each warning at one below / at its threshold, at the veto line (the veto, no warning) and
 * its evidence ("4 of 5").
 */
class EarlyWarningTest {

    static final WebsiteInspection BASE = countyPortal();
    static final LocalDate MD = BASE.monitoringDate();

    static List<Warning> early(ScoreReport r, String code) {
        return r.warnings().stream().filter(w -> w.code().equals(code)).toList();
    }

    static List<Warning> early(ScoreReport r) {
        return r.warnings().stream().filter(w -> w.code().startsWith("EARLY_WARNING")).toList();
    }

    static List<String> vetoRules(ScoreReport r) {
        return r.vetoes().stream().map(VetoAnalysis::rule).toList();
    }

    static WebsiteInspection withExtraColumns(List<Column> extra) {
        return TestEngine.withExtraColumns(BASE, extra);
    }

    @Test
    void theExampleHasNoEarlyWarningAndKeepsItsScores() {
        ScoreReport r = score(BASE);
        assertThat(r.vetoes()).isEmpty();
        assertThat(early(r)).isEmpty();
        assertThat(r.part2()).isEqualByComparingTo("92.30");
        assertThat(r.part3()).isEqualByComparingTo("19");
        assertThat(r.finalScore()).isEqualByComparingTo("111.30");
    }

    @Test
    void earlyWarningsAreNotScored() {
        ScoreReport clean = score(BASE);
        // failed probes count for VW2 only: the same scores, with a warning
        List<Probe> probes = new ArrayList<>();
        for (int n = 0; n < 1000; n++) {
            probes.add(new Probe(MD.minusDays(n % 7).atStartOfDay().plusMinutes(n / 7), n < 45 ? null : 800));
        }
        ScoreReport warned = score(BASE.toBuilder().probes(probes).build());
        assertThat(early(warned)).hasSize(1);
        assertThat(warned.verdict()).isEqualTo(clean.verdict());
        assertThat(warned.part2()).isEqualByComparingTo(clean.part2());
        assertThat(warned.finalScore()).isEqualByComparingTo(clean.finalScore());
        assertThat(warned.indicators()).isEqualTo(clean.indicators());
        assertThat(warned.vetoes()).isEmpty();
        assertThat(warned.indicators()).extracting(i -> i.group()).doesNotContain("EW");
        assertThat(warned.groups()).extracting(g -> g.group()).doesNotContain("EW");
    }

    @Test
    void theCatalogueDeclaresTheEarlyWarningsAsProcedure() {
        List<IndicatorInfo> ew = TestEngine.engine().catalogue().stream()
                .filter(i -> i.id().equals("EW") || "EW".equals(i.group())).toList();
        assertThat(ew).extracting(IndicatorInfo::id).containsExactlyInAnyOrder("EW", "EW2", "EW4", "EW5", "EW6");
        assertThat(ew).filteredOn(i -> i.id().equals("EW")).singleElement().satisfies(g -> {
            assertThat(g.nameZh()).isEqualTo("预警");
            assertThat(g.nameEn()).isEqualTo("Early warnings (not scored)");
        });
        assertThat(ew).extracting(IndicatorInfo::kind).containsOnly(IndicatorKind.PROCEDURE);
        assertThat(ew).extracting(IndicatorInfo::points).containsOnlyNulls();
    }

    @Nested
    class VW2Unreachable {
        /** 1000 probes spread over the 7 days of the probe week, the first {@code failed} of them not opening. */
        WebsiteInspection probes(int failed) {
            List<Probe> probes = new ArrayList<>();
            for (int n = 0; n < 1000; n++) {
                LocalDateTime at = MD.minusDays(n % 7).atStartOfDay().plusMinutes(n / 7);
                probes.add(new Probe(at, n < failed ? null : Integer.valueOf(800)));
            }
            return BASE.toBuilder().probes(probes).build();
        }

        @Test
        void threePointNinePercentIsNoWarning() {
            ScoreReport r = score(probes(39));
            assertThat(early(r)).isEmpty();
            assertThat(r.vetoes()).isEmpty();
        }

        @Test
        void fourPercentWarns() {
            ScoreReport r = score(probes(40));
            assertThat(r.vetoes()).isEmpty();
            assertThat(early(r, "EARLY_WARNING_VW2_UNREACHABLE")).singleElement().satisfies(w -> {
                assertThat(w.indicator()).isEqualTo("EW2");
                assertThat(w.evidenceIds()).containsExactly("4.00% of 5%", "failed=40", "from=2019-12-12",
                        "probes=1000", "to=2019-12-18");
                assertThat(w.messageEn()).contains("VW2");
            });
        }

        @Test
        void fourPointNinePercentStillWarnsFivePercentVetoesInstead() {
            assertThat(early(score(probes(49)), "EARLY_WARNING_VW2_UNREACHABLE")).singleElement()
                    .satisfies(w -> assertThat(w.evidenceIds()).contains("4.90% of 5%", "failed=49"));
            ScoreReport vetoed = score(probes(50));
            assertThat(vetoed.vetoes("VW2")).hasSize(1);
            assertThat(early(vetoed)).isEmpty();
        }
    }

    @Nested
    class VW4Columns {
        List<Column> blank(int n) {
            return IntStream.range(0, n).mapToObj(i -> column("blank" + i, ColumnKind.OTHER, false, false)).toList();
        }

        /** Columns meant to be updated, last dated one day before their 1-year window. */
        List<Column> stale(int n) {
            LocalDate old = MD.minusYears(1).minusDays(1);
            return IntStream.range(0, n).mapToObj(i -> column("old" + i, ColumnKind.OTHER, true, true, old)).toList();
        }

        /** News columns last dated one day before their 2-week window. */
        List<Column> staleNews(int n) {
            LocalDate old = MD.minusDays(15);
            return IntStream.range(0, n).mapToObj(i -> column("news" + i, ColumnKind.NEWS, false, true, old)).toList();
        }

        @Test
        void threeBlankColumnsAreNoWarning() {
            assertThat(early(score(withExtraColumns(blank(3))))).isEmpty();
        }

        @Test
        void fourBlankColumnsWarn() {
            ScoreReport r = score(withExtraColumns(blank(4)));
            assertThat(r.vetoes()).isEmpty();
            assertThat(early(r)).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("EARLY_WARNING_VW4_BLANK");
                assertThat(w.indicator()).isEqualTo("EW4");
                assertThat(w.evidenceIds()).containsExactly("4 of 5", "blank0", "blank1", "blank2", "blank3");
                assertThat(w.messageZh()).contains("VW4.3", "再有1个");
                assertThat(w.messageEn()).contains("VW4.3", "1 more");
            });
        }

        @Test
        void fiveBlankColumnsVetoAndNoLongerWarn() {
            ScoreReport r = score(withExtraColumns(blank(5)));
            assertThat(vetoRules(r)).singleElement().satisfies(rule -> assertThat(rule).startsWith("VW4.3"));
            assertThat(early(r)).isEmpty();
        }

        @Test
        void sevenStaleColumnsAreNoWarning() {
            assertThat(early(score(withExtraColumns(stale(7))))).isEmpty();
        }

        @Test
        void eightStaleColumnsWarn() {
            ScoreReport r = score(withExtraColumns(stale(8)));
            assertThat(r.vetoes()).isEmpty();
            assertThat(early(r)).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("EARLY_WARNING_VW4_STALE");
                assertThat(w.indicator()).isEqualTo("EW4");
                assertThat(w.evidenceIds()).containsExactly("8 of 10", "old0", "old1", "old2", "old3", "old4", "old5",
                        "old6", "old7");
                assertThat(w.messageEn()).contains("VW4.2", "2 more");
            });
        }

        @Test
        void nineStaleColumnsWarnTenVeto() {
            assertThat(early(score(withExtraColumns(stale(9))), "EARLY_WARNING_VW4_STALE")).singleElement()
                    .satisfies(w -> assertThat(w.evidenceIds()).first().isEqualTo("9 of 10"));
            ScoreReport r = score(withExtraColumns(stale(10)));
            assertThat(vetoRules(r)).singleElement().satisfies(rule -> assertThat(rule).startsWith("VW4.2"));
            assertThat(early(r)).isEmpty();
        }

        @Test
        void aColumnUpdatedOnTheWindowsFirstDayIsNotCounted() {
            List<Column> cols = new ArrayList<>(stale(7));
            cols.add(column("fresh", ColumnKind.OTHER, true, true, MD.minusYears(1)));
            assertThat(early(score(withExtraColumns(cols)))).isEmpty();
        }

        @Test
        void threeStaleNewsColumnsAreNoWarningFourWarnFiveVeto() {
            assertThat(early(score(withExtraColumns(staleNews(3))))).isEmpty();
            ScoreReport four = score(withExtraColumns(staleNews(4)));
            assertThat(four.vetoes()).isEmpty();
            assertThat(early(four)).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("EARLY_WARNING_VW4_NEWS_POLICY");
                assertThat(w.evidenceIds()).containsExactly("4 of 5", "news0", "news1", "news2", "news3");
                assertThat(w.messageEn()).contains("VW4.1");
            });
            ScoreReport five = score(withExtraColumns(staleNews(5)));
            assertThat(vetoRules(five)).singleElement().satisfies(rule -> assertThat(rule).startsWith("VW4.1"));
            assertThat(early(five)).isEmpty();
        }

        @Test
        void eachSubConditionWarnsOnItsOwnEvenWhenAnotherVetoes() {
            List<Column> cols = new ArrayList<>(blank(5));
            cols.addAll(stale(8));
            ScoreReport r = score(withExtraColumns(cols));
            assertThat(vetoRules(r)).singleElement().satisfies(rule -> assertThat(rule).startsWith("VW4.3"));
            assertThat(early(r)).extracting(Warning::code).containsExactly("EARLY_WARNING_VW4_STALE");
        }
    }

    @Nested
    class VW5Unanswered {
        Message message(String id, LocalDate submitted, LocalDate replied) {
            return Message.builder().id(id).columnId("zx").submittedOn(submitted).valid(true).consultation(true)
                    .repliedOn(replied).replyQuality(ReplyQuality.OK).reviewFollowed(true).published(false)
                    .publishedFields(List.of()).publishedOn(null).build();
        }

        WebsiteInspection withMessages(Message... extra) {
            List<Message> ms = new ArrayList<>(BASE.interaction().messages());
            ms.addAll(List.of(extra));
            return BASE.toBuilder().interaction(BASE.interaction().toBuilder().messages(ms).build()).build();
        }

        @Test
        void seventyNineDaysUnansweredIsNoWarning() {
            assertThat(early(score(withMessages(message("q", MD.minusDays(79), null))))).isEmpty();
        }

        @Test
        void eightyDaysUnansweredWarns() {
            ScoreReport r = score(withMessages(message("q", MD.minusDays(80), null)));
            assertThat(r.vetoes()).isEmpty();
            assertThat(early(r)).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("EARLY_WARNING_VW5_UNANSWERED");
                assertThat(w.indicator()).isEqualTo("EW5");
                // submitted 2019-09-29: an answer is in time until 2019-12-29
                assertThat(w.evidenceIds()).containsExactly("80 days of 3 months", "due=2019-12-29", "q");
                assertThat(w.messageEn()).contains("VW5.2");
            });
        }

        @Test
        void onTheLastDayOfTheThreeMonthsItStillWarnsTheDayAfterItVetoes() {
            ScoreReport lastDay = score(withMessages(message("q", MD.minusMonths(3), null)));
            assertThat(lastDay.vetoes()).isEmpty();
            assertThat(early(lastDay)).singleElement()
                    .satisfies(w -> assertThat(w.evidenceIds()).containsExactly("91 days of 3 months", "due=2019-12-18", "q"));
            ScoreReport vetoed = score(withMessages(message("q", MD.minusMonths(3).minusDays(1), null)));
            assertThat(vetoRules(vetoed)).singleElement().satisfies(rule -> assertThat(rule).startsWith("VW5.2"));
            assertThat(early(vetoed)).isEmpty();
        }

        @Test
        void noWarningWhileVW5Point2AlreadyHoldsForAnotherMessage() {
            ScoreReport r = score(withMessages(message("q", MD.minusDays(80), null),
                    message("overdue", MD.minusMonths(4), null)));
            assertThat(r.vetoes("VW5")).singleElement().satisfies(v -> assertThat(v.evidenceIds()).containsExactly("overdue"));
            assertThat(early(r)).isEmpty();
        }

        @Test
        void answeredInvalidOrNonConsultationMessagesAreNotWarnedAbout() {
            Message answered = message("a", MD.minusDays(85), MD.minusDays(1));
            Message invalid = message("i", MD.minusDays(85), null).toBuilder().valid(false).build();
            WebsiteInspection petition = withExtraColumns(List.of(column("xf", ColumnKind.PETITION, true, true, MD)));
            List<Message> ms = new ArrayList<>(petition.interaction().messages());
            ms.add(message("p", MD.minusDays(85), null).toBuilder().columnId("xf").build());
            ms.add(answered);
            ms.add(invalid);
            ScoreReport r = score(petition.toBuilder()
                    .interaction(petition.interaction().toBuilder().messages(ms).build()).build());
            assertThat(r.vetoes()).isEmpty();
            assertThat(early(r)).isEmpty();
        }

        @Test
        void eachApproachingMessageGetsItsOwnWarning() {
            ScoreReport r = score(withMessages(message("q1", MD.minusDays(80), null),
                    message("q2", MD.minusDays(88), null)));
            assertThat(early(r)).extracting(w -> w.evidenceIds().get(w.evidenceIds().size() - 1))
                    .containsExactlyInAnyOrder("q1", "q2");
        }
    }

    @Nested
    class VW6Services {
        static ServiceItem item(String id, int elements) {
            List<GuideElement> els = List.of(GuideElement.values()).subList(0, elements);
            ServiceGuide guide = ServiceGuide.builder().elements(els).materialsFormatClear(true).accuracyErrors(List.of())
                    .formsObtainable(true).policyBasisLinked(true).build();
            return new ServiceItem(id, "事项" + id, guide, List.of());
        }

        WebsiteInspection deficient(int n) {
            List<ServiceItem> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(item("bad" + i, 6)); // lacks 4 of the 10 key elements
            }
            for (int i = 0; i < 10; i++) {
                items.add(item("good" + i, 7)); // lacks 3
            }
            return BASE.toBuilder().services(BASE.services().toBuilder().items(items).build()).build();
        }

        @Test
        void threeDeficientItemsAreNoWarning() {
            assertThat(early(score(deficient(3)))).isEmpty();
        }

        @Test
        void fourDeficientItemsWarn() {
            ScoreReport r = score(deficient(4));
            assertThat(r.vetoes()).isEmpty();
            assertThat(early(r)).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("EARLY_WARNING_VW6_GUIDES");
                assertThat(w.indicator()).isEqualTo("EW6");
                assertThat(w.evidenceIds()).containsExactly("4 of 5", "bad0", "bad1", "bad2", "bad3");
                assertThat(w.messageEn()).contains("VW6.2", "1 more");
            });
        }

        @Test
        void fiveDeficientItemsVetoAndNoLongerWarn() {
            ScoreReport r = score(deficient(5));
            assertThat(vetoRules(r)).singleElement().satisfies(rule -> assertThat(rule).startsWith("VW6.2"));
            assertThat(early(r)).isEmpty();
        }

        @Test
        void fourItemsAllDeficientVetoUnderVW6Point3AndDoNotWarn() {
            WebsiteInspection w = BASE.toBuilder().services(BASE.services().toBuilder()
                    .items(List.of(item("a", 6), item("b", 6), item("c", 6), item("d", 0))).build()).build();
            ScoreReport r = score(w);
            assertThat(vetoRules(r)).singleElement().satisfies(rule -> assertThat(rule).startsWith("VW6.3"));
            assertThat(early(r)).isEmpty();
        }

        @Test
        void notForAUnitWithNoPublicServiceFunction() {
            Site s = BASE.site();
            ScoreReport r = score(deficient(4).toBuilder().site(new Site(s.id(), s.name(), s.url(), s.unit(), false)).build());
            assertThat(early(r)).isEmpty();
            assertThat(r.part2()).isNotNull().isGreaterThan(BigDecimal.ZERO);
        }
    }
}
