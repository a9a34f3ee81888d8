package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.TestEngine.column;
import static org.govweb.scoring.testing.TestEngine.countyPortal;
import static org.govweb.scoring.testing.TestEngine.score;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.GuideElement;
import org.govweb.scoring.website.Homepage;
import org.govweb.scoring.website.Incident;
import org.govweb.scoring.website.Message;
import org.govweb.scoring.website.Probe;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.ReplyQuality;
import org.govweb.scoring.website.ServiceGuide;
import org.govweb.scoring.website.ServiceItem;
import org.govweb.scoring.website.Site;
import org.govweb.scoring.website.Submission;
import org.govweb.scoring.website.WebsiteIncidentKind;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** VW1–VW6, each sub-condition at its edges, on the spec's county portal (monitoring date 2019-12-18). */
class VWWebsiteVetoesTest {

    static final WebsiteInspection BASE = countyPortal();
    static final LocalDate MD = BASE.monitoringDate();

    static List<String> vetoIds(ScoreReport r) {
        return r.vetoes().stream().map(VetoAnalysis::indicator).distinct().toList();
    }

    static WebsiteInspection withExtraColumns(List<Column> extra) {
        return TestEngine.withExtraColumns(BASE, extra);
    }

    @Test
    void theExampleHasNoVeto() {
        ScoreReport r = score(BASE);
        assertThat(r.vetoes()).isEmpty();
        assertThat(r.reason()).isNotEqualTo(VerdictReason.VETO);
    }

    @Nested
    class VW1 {
        @ParameterizedTest
        @EnumSource(WebsiteIncidentKind.class)
        void anyIncidentVetoes(WebsiteIncidentKind kind) {
            ScoreReport r = score(BASE.toBuilder()
                    .incidents(List.of(new Incident("inc1", kind, "http://x", MD, "note")))
                    .build());
            assertThat(r.verdict()).isEqualTo(Verdict.UNQUALIFIED);
            assertThat(r.reason()).isEqualTo(VerdictReason.VETO);
            assertThat(r.vetoes()).singleElement().satisfies(v -> {
                assertThat(v.indicator()).isEqualTo("VW1");
                assertThat(v.nameZh()).isEqualTo("安全、泄密事故等严重问题");
                assertThat(v.evidenceIds()).containsExactly("inc1");
            });
            assertThat(r.part2()).isNull();
            assertThat(r.finalScore()).isNull();
            assertThat(r.indicators()).allSatisfy(i -> assertThat(i.status())
                    .isIn(IndicatorStatus.NOT_SCORED));
        }

        @Test
        void theInspectorsNoteNeverReachesTheReport() {
            ScoreReport r = score(BASE.toBuilder()
                    .incidents(List.of(new Incident("inc1", WebsiteIncidentKind.SERIOUS_MISSTATEMENT, null, null,
                            "某某某的电话13800000000")))
                    .build());
            assertThat(r.toString()).doesNotContain("13800000000");
        }
    }

    @Nested
    class VW2 {
        /** 20 probes a day for the 7 days of the probe week, the first {@code failed} of them failing. */
        WebsiteInspection probes(int perDay, int failed, Integer failedMillis) {
            List<Probe> probes = new ArrayList<>();
            int n = 0;
            for (int d = 0; d < 7; d++) {
                for (int i = 0; i < perDay; i++) {
                    LocalDateTime at = MD.minusDays(d).atTime(i % 24, i / 24);
                    probes.add(new Probe(at, n++ < failed ? failedMillis : Integer.valueOf(800)));
                }
            }
            return BASE.toBuilder().probes(probes).build();
        }

        @Test
        void failureRatioJustUnderFivePercentIsNoVeto() {
            // 140 probes; 6 failed = 4.29 %
            assertThat(vetoIds(score(probes(20, 6, null)))).doesNotContain("VW2");
        }

        @Test
        void failureRatioOfExactlyFivePercentVetoes() {
            // 140 probes; 7 failed = 5 %
            ScoreReport r = score(probes(20, 7, null));
            assertThat(r.vetoes("VW2")).singleElement()
                    .satisfies(v -> assertThat(v.evidenceIds()).contains("probes=140", "failed=7"));
        }

        @Test
        void fifteenSecondsCountsAsFailedFourteenPointNineDoesNot() {
            assertThat(vetoIds(score(probes(20, 7, 15000)))).contains("VW2");
            assertThat(vetoIds(score(probes(20, 7, 14999)))).doesNotContain("VW2");
        }

        @Test
        void probesBeforeTheProbeWeekAreNotCounted() {
            List<Probe> probes = new ArrayList<>(probes(20, 0, null).probes());
            for (int i = 0; i < 50; i++) {
                probes.add(new Probe(MD.minusDays(7).atTime(i % 24, i), null));
            }
            assertThat(vetoIds(score(BASE.toBuilder().probes(probes).build()))).doesNotContain("VW2");
        }

        @Test
        void aDayWithFewerThan20ProbesGivesAWarning() {
            List<Probe> probes = new ArrayList<>(probes(20, 0, null).probes());
            probes.remove(0); // one probe fewer on the monitoring date
            ScoreReport r = score(BASE.toBuilder().probes(probes).build());
            assertThat(r.warnings()).filteredOn(w -> w.code().equals("VW2_FEW_PROBES")).singleElement()
                    .satisfies(w -> assertThat(w.evidenceIds()).contains(MD.toString(), "probes=19"));
            assertThat(score(probes(20, 0, null)).warnings()).noneMatch(w -> w.code().startsWith("VW2"));
        }

        @Test
        void eachDayOfTheWeekIsCountedOnItsOwn() {
            // no probe at all on the first day of the week (md − 6), 19 on the day after, 20 on the others
            List<Probe> probes = new ArrayList<>(probes(20, 0, null).probes());
            probes.removeIf(p -> p.at().toLocalDate().equals(MD.minusDays(6)));
            probes.remove(probes.stream().filter(p -> p.at().toLocalDate().equals(MD.minusDays(5))).findFirst().orElseThrow());
            ScoreReport r = score(BASE.toBuilder().probes(probes).build());
            assertThat(r.warnings()).filteredOn(w -> w.code().equals("VW2_FEW_PROBES"))
                    .extracting(w -> w.evidenceIds())
                    .containsExactlyInAnyOrder(List.of(MD.minusDays(6).toString(), "probes=0"),
                            List.of(MD.minusDays(5).toString(), "probes=19"));
        }

        @Test
        void noProbeGivesAWarningAndNoVeto() {
            ScoreReport r = score(BASE.toBuilder().probes(List.of()).build());
            assertThat(vetoIds(r)).doesNotContain("VW2");
            assertThat(r.warnings()).anyMatch(w -> w.code().equals("VW2_NO_PROBES"));
        }
    }

    @Nested
    class VW3 {
        WebsiteInspection homepage(boolean navigationOnly, LocalDate... dates) {
            List<Publication> pubs = new ArrayList<>();
            for (int i = 0; i < dates.length; i++) {
                pubs.add(new Publication("h" + i, "稿件", dates[i]));
            }
            return BASE.toBuilder().homepage(new Homepage(navigationOnly, pubs)).build();
        }

        @Test
        void publicationOnTheWindowsFirstDayCounts() {
            assertThat(vetoIds(score(homepage(false, MD.minusDays(14))))).doesNotContain("VW3");
        }

        @Test
        void publicationTheDayBeforeTheWindowVetoes() {
            assertThat(vetoIds(score(homepage(false, MD.minusDays(15))))).contains("VW3");
        }

        @Test
        void undatedPublicationCountsAsNotUpdated() {
            assertThat(vetoIds(score(homepage(false, (LocalDate) null)))).contains("VW3");
        }

        @Test
        void navigationOnlyHomepageLooksAtTheSecondLevelPages() {
            // the homepage lists nothing, but the columns are updated: no veto
            assertThat(vetoIds(score(homepage(true)))).doesNotContain("VW3");
            // no column has anything dated in the 2 weeks: veto
            List<Column> stale = BASE.columns().stream()
                    .map(c -> new Column(c.id(), c.name(), c.kind(), c.firstLevel(), c.shouldUpdate(),
                            List.of(new Publication(c.id() + "-old", "旧稿", MD.minusDays(15)))))
                    .toList();
            WebsiteInspection nav = homepage(true).toBuilder().columns(stale).build();
            ScoreReport r = score(nav);
            assertThat(r.vetoes("VW3")).singleElement()
                    .satisfies(v -> assertThat(v.rule()).contains("导航"));
        }
    }

    @Nested
    class VW4 {
        @Test
        void fourBlankColumnsAreNoVetoFiveAre() {
            List<Column> four = IntStream.range(0, 4).mapToObj(i -> column("blank" + i, ColumnKind.OTHER, false, false))
                    .toList();
            List<Column> five = IntStream.range(0, 5).mapToObj(i -> column("blank" + i, ColumnKind.OTHER, false, false))
                    .toList();
            assertThat(vetoIds(score(withExtraColumns(four)))).doesNotContain("VW4");
            ScoreReport r = score(withExtraColumns(five));
            assertThat(r.vetoes("VW4")).singleElement().satisfies(v -> {
                assertThat(v.rule()).startsWith("VW4.3");
                assertThat(v.evidenceIds()).containsExactly("blank0", "blank1", "blank2", "blank3", "blank4");
            });
        }

        @Test
        void nineStaleColumnsAreNoVetoTenAre() {
            // last update one day before the 1-year window
            LocalDate old = MD.minusYears(1).minusDays(1);
            List<Column> nine = IntStream.range(0, 9).mapToObj(i -> column("old" + i, ColumnKind.OTHER, true, true, old))
                    .toList();
            List<Column> ten = IntStream.range(0, 10).mapToObj(i -> column("old" + i, ColumnKind.OTHER, true, true, old))
                    .toList();
            assertThat(vetoIds(score(withExtraColumns(nine)))).doesNotContain("VW4");
            assertThat(score(withExtraColumns(ten)).vetoes("VW4")).singleElement()
                    .satisfies(v -> assertThat(v.rule()).startsWith("VW4.2"));
        }

        @Test
        void aColumnUpdatedOnTheWindowsFirstDayIsNotStale() {
            LocalDate first = MD.minusYears(1);
            List<Column> ten = IntStream.range(0, 10)
                    .mapToObj(i -> column("c" + i, ColumnKind.OTHER, true, true, first)).toList();
            assertThat(vetoIds(score(withExtraColumns(ten)))).doesNotContain("VW4");
        }

        @Test
        void staleColumnsNotMeantToBeUpdatedDoNotCount() {
            LocalDate old = MD.minusYears(2);
            List<Column> ten = IntStream.range(0, 10)
                    .mapToObj(i -> column("static" + i, ColumnKind.OTHER, true, false, old)).toList();
            assertThat(vetoIds(score(withExtraColumns(ten)))).doesNotContain("VW4");
        }

        @Test
        void newsAndFirstLevelNoticeAndPolicyColumnsNotUpdatedFourAreNoVetoFiveAre() {
            LocalDate newsStale = MD.minusDays(15);
            LocalDate policyStale = MD.minusMonths(6).minusDays(1);
            List<Column> four = List.of(
                    column("n1", ColumnKind.NEWS, false, true, newsStale),
                    column("n2", ColumnKind.NEWS, false, true, newsStale),
                    column("t1", ColumnKind.NOTICES, true, true, policyStale),
                    column("p1", ColumnKind.POLICY_DOCS, true, true, policyStale));
            assertThat(vetoIds(score(withExtraColumns(four)))).doesNotContain("VW4");
            List<Column> five = new ArrayList<>(four);
            five.add(column("p2", ColumnKind.POLICY_DOCS, true, true, policyStale));
            assertThat(score(withExtraColumns(five)).vetoes("VW4")).singleElement().satisfies(v -> {
                assertThat(v.rule()).startsWith("VW4.1");
                assertThat(v.evidenceIds()).containsExactly("n1", "n2", "p1", "p2", "t1");
            });
        }

        @Test
        void aNewsColumnDatedOnTheTwoWeekWindowsFirstDayIsUpdatedOneDayEarlierIsNot() {
            LocalDate policyStale = MD.minusMonths(6).minusDays(1);
            List<Column> four = List.of(
                    column("t1", ColumnKind.NOTICES, true, true, policyStale),
                    column("t2", ColumnKind.NOTICES, true, true, policyStale),
                    column("p1", ColumnKind.POLICY_DOCS, true, true, policyStale),
                    column("p2", ColumnKind.POLICY_DOCS, true, true, policyStale));
            List<Column> onFirstDay = new ArrayList<>(four);
            onFirstDay.add(column("n1", ColumnKind.NEWS, false, true, MD.minusDays(14)));
            assertThat(vetoIds(score(withExtraColumns(onFirstDay)))).doesNotContain("VW4");
            List<Column> dayBefore = new ArrayList<>(four);
            dayBefore.add(column("n1", ColumnKind.NEWS, false, true, MD.minusDays(15)));
            assertThat(score(withExtraColumns(dayBefore)).vetoes("VW4")).singleElement().satisfies(v -> {
                assertThat(v.rule()).startsWith("VW4.1");
                assertThat(v.evidenceIds()).containsExactly("n1", "p1", "p2", "t1", "t2");
            });
        }

        @Test
        void secondLevelNoticeColumnsDoNotCountForTheFirstSubCondition() {
            LocalDate policyStale = MD.minusMonths(6).minusDays(1);
            List<Column> five = IntStream.range(0, 5)
                    .mapToObj(i -> column("sub" + i, ColumnKind.NOTICES, false, false, policyStale)).toList();
            assertThat(vetoIds(score(withExtraColumns(five)))).doesNotContain("VW4");
        }

        @Test
        void aNoticeDatedOnTheSixMonthWindowsFirstDayIsUpdated() {
            LocalDate first = MD.minusMonths(6);
            List<Column> five = IntStream.range(0, 5)
                    .mapToObj(i -> column("t" + i, ColumnKind.NOTICES, true, false, first)).toList();
            assertThat(vetoIds(score(withExtraColumns(five)))).doesNotContain("VW4");
        }
    }

    @Nested
    class VW5 {
        Message message(String id, String column, LocalDate submitted, LocalDate replied) {
            return Message.builder().id(id).columnId(column).submittedOn(submitted).valid(true).consultation(true)
                    .repliedOn(replied).replyQuality(ReplyQuality.OK).reviewFollowed(true).published(false)
                    .publishedFields(List.of()).publishedOn(null).build();
        }

        WebsiteInspection withMessage(Message m) {
            List<Message> ms = new ArrayList<>(BASE.interaction().messages());
            ms.add(m);
            return BASE.toBuilder().interaction(BASE.interaction().toBuilder().messages(ms).build()).build();
        }

        @Test
        void answeredExactlyAtThreeMonthsIsNoVeto() {
            LocalDate submitted = LocalDate.of(2019, 6, 10);
            assertThat(vetoIds(score(withMessage(message("late", "zx", submitted, submitted.plusMonths(3))))))
                    .doesNotContain("VW5");
        }

        @Test
        void answeredADayAfterThreeMonthsVetoes() {
            LocalDate submitted = LocalDate.of(2019, 6, 10);
            ScoreReport r = score(withMessage(message("late", "zx", submitted, submitted.plusMonths(3).plusDays(1))));
            assertThat(r.vetoes("VW5")).singleElement().satisfies(v -> {
                assertThat(v.rule()).startsWith("VW5.2");
                assertThat(v.evidenceIds()).containsExactly("late");
            });
        }

        @Test
        void unansweredVetoesOnlyOnceThreeMonthsHavePassedAtTheMonitoringDate() {
            assertThat(vetoIds(score(withMessage(message("open", "zx", MD.minusMonths(3), null)))))
                    .doesNotContain("VW5");
            assertThat(vetoIds(score(withMessage(message("open", "zx", MD.minusMonths(3).minusDays(1), null)))))
                    .contains("VW5");
        }

        @Test
        void onlyValidMessagesOfConsultationColumnsInTheYearCount() {
            LocalDate old = MD.minusYears(1).minusDays(1);
            assertThat(vetoIds(score(withMessage(message("old", "zx", old, null))))).doesNotContain("VW5");
            assertThat(vetoIds(score(withMessage(message("yearStart", "zx", MD.minusYears(1), null)))))
                    .contains("VW5");
            Message invalid = message("spam", "zx", LocalDate.of(2019, 3, 1), null).toBuilder().valid(false).build();
            assertThat(vetoIds(score(withMessage(invalid)))).doesNotContain("VW5");
            WebsiteInspection petition = withExtraColumns(List.of(column("xf", ColumnKind.PETITION, true, true, MD)));
            List<Message> ms = new ArrayList<>(petition.interaction().messages());
            ms.add(message("pet", "xf", LocalDate.of(2019, 3, 1), null));
            assertThat(vetoIds(score(petition.toBuilder()
                    .interaction(petition.interaction().toBuilder().messages(ms).build()).build())))
                    .doesNotContain("VW5");
        }

        @Test
        void noConsultationColumnVetoes() {
            List<Column> cols = BASE.columns().stream().filter(c -> c.kind() != ColumnKind.CONSULTATION).toList();
            WebsiteInspection w = BASE.toBuilder().columns(cols)
                    .interaction(BASE.interaction().toBuilder().messages(List.of()).build()).build();
            assertThat(score(w).vetoes("VW5")).singleElement().satisfies(v -> assertThat(v.rule()).startsWith("VW5.1"));
        }

        @Test
        void submissionNotWorkingVetoes() {
            WebsiteInspection w = BASE.toBuilder().interaction(BASE.interaction().toBuilder()
                    .submission(new Submission(false, false)).build()).build();
            assertThat(score(w).vetoes("VW5")).singleElement().satisfies(v -> assertThat(v.rule()).startsWith("VW5.1"));
        }
    }

    @Nested
    class VW6 {
        static ServiceItem item(String id, int elements) {
            List<GuideElement> els = List.of(GuideElement.values()).subList(0, elements);
            ServiceGuide guide = ServiceGuide.builder().elements(els).materialsFormatClear(true).accuracyErrors(List.of())
                    .formsObtainable(true).policyBasisLinked(true).build();
            return new ServiceItem(id, "事项" + id, guide, List.of());
        }

        WebsiteInspection items(List<ServiceItem> items) {
            return BASE.toBuilder().services(BASE.services().toBuilder().items(items).build()).build();
        }

        List<ServiceItem> deficient(int n) {
            List<ServiceItem> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(item("bad" + i, 6)); // lacks 4 of the 10 key elements
            }
            for (int i = 0; i < 10; i++) {
                items.add(item("good" + i, 7)); // lacks 3
            }
            return items;
        }

        @Test
        void fourDeficientItemsAreNoVetoFiveAre() {
            assertThat(vetoIds(score(items(deficient(4))))).doesNotContain("VW6");
            assertThat(score(items(deficient(5))).vetoes("VW6")).singleElement().satisfies(v -> {
                assertThat(v.rule()).startsWith("VW6.2");
                assertThat(v.evidenceIds()).containsExactly("bad0", "bad1", "bad2", "bad3", "bad4");
            });
        }

        @Test
        void anItemWithoutAGuideIsDeficient() {
            List<ServiceItem> items = new ArrayList<>(deficient(4));
            items.add(new ServiceItem("noguide", "无指南", null, List.of()));
            assertThat(vetoIds(score(items(items)))).contains("VW6");
        }

        @Test
        void fewerThanFiveItemsAllDeficientVetoes() {
            assertThat(score(items(List.of(item("a", 6), item("b", 0)))).vetoes("VW6")).singleElement()
                    .satisfies(v -> assertThat(v.rule()).startsWith("VW6.3"));
            assertThat(vetoIds(score(items(List.of(item("a", 6), item("b", 7)))))).doesNotContain("VW6");
        }

        @Test
        void noServicesVeto() {
            assertThat(score(items(List.of())).vetoes("VW6")).singleElement()
                    .satisfies(v -> assertThat(v.rule()).startsWith("VW6.1"));
        }

        @Test
        void notCheckedForAUnitWithNoPublicServiceFunction() {
            Site s = BASE.site();
            WebsiteInspection dept = items(List.of()).toBuilder()
                    .site(new Site(s.id(), s.name(), s.url(), s.unit(), false)).build();
            assertThat(vetoIds(score(dept))).doesNotContain("VW6");
            assertThat(vetoIds(score(items(deficient(6)).toBuilder()
                    .site(new Site(s.id(), s.name(), s.url(), s.unit(), false)).build()))).doesNotContain("VW6");
        }
    }
}
