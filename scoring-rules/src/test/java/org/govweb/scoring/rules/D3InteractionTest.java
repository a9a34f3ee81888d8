package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Interaction;
import org.govweb.scoring.website.Message;
import org.govweb.scoring.website.PublishedField;
import org.govweb.scoring.website.ReplyQuality;
import org.govweb.scoring.website.Submission;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 互动交流 (D3.1–D3.4) on the spec's county portal (monitoring date 2019-12-18), changed one fact at a
 * time. Its consultation column is {@code zx}; {@code ft} is an interview column. Messages m0–m4 are
 * answered in time and published with all four fields; m5 was filed on Sunday 2019-12-15 and is still
 * unanswered (due by the 5th working day after, Friday 2019-12-20).
 *
 * <p>Working days follow the official schedule (data/holiday-cn): 2019-09-29 (Sunday) and 2019-10-12
 * (Saturday) were working days, 2019-10-01…07 holidays; the 2020 Spring Festival ran 01-24…02-02 after
 * its extension (01-31 and the working Saturday 02-01 became days off).
 */
class D3InteractionTest {

    private static final LocalDate MD = LocalDate.of(2019, 12, 18);
    private static final List<PublishedField> ALL_FIELDS = List.of(PublishedField.values());

    // ------------------------------------------------------------------ helpers

    private static IndicatorAnalysis ind(ScoreReport r, String id) {
        return r.indicator(id).orElseThrow();
    }

    private static ScoreReport scoreInteraction(UnaryOperator<Interaction.Builder> change) {
        WebsiteInspection w = TestEngine.countyPortal();
        return TestEngine.score(w.toBuilder().interaction(change.apply(w.interaction().toBuilder()).build()).build());
    }

    private static IndicatorAnalysis scoreMessages(String id, List<Message> messages) {
        return ind(scoreInteraction(b -> b.messages(messages)), id);
    }

    /** Scores with another monitoring date. */
    private static IndicatorAnalysis scoreAt(String id, LocalDate md, List<Message> messages) {
        WebsiteInspection w = TestEngine.countyPortal();
        return ind(TestEngine.score(w.toBuilder().monitoringDate(md)
                .interaction(w.interaction().toBuilder().messages(messages).build()).build()), id);
    }

    private static List<Message> exampleMessages() {
        return TestEngine.countyPortal().interaction().messages();
    }

    /** The example's messages with one of them changed. */
    private static List<Message> change(List<Message> messages, String id, UnaryOperator<Message.Builder> change) {
        return messages.stream().map(m -> m.id().equals(id) ? change.apply(m.toBuilder()).build() : m).toList();
    }

    private static List<Message> change(String id, UnaryOperator<Message.Builder> change) {
        return change(exampleMessages(), id, change);
    }

    private static List<Message> plus(List<Message> messages, Message... more) {
        List<Message> out = new ArrayList<>(messages);
        out.addAll(List.of(more));
        return out;
    }

    /** A valid consultation question in zx, answered OK and reviewed, not published. */
    private static Message.Builder question(String id, LocalDate submittedOn, LocalDate repliedOn) {
        return Message.builder().id(id).columnId("zx").submittedOn(submittedOn).valid(true).consultation(true)
                .repliedOn(repliedOn).replyQuality(ReplyQuality.OK).reviewFollowed(true).published(false);
    }

    /** A published consultation message showing the given fields. */
    private static Message published(String id, LocalDate publishedOn, List<PublishedField> fields) {
        return question(id, publishedOn.minusDays(3), publishedOn.minusDays(1)).published(true).publishedFields(fields)
                .publishedOn(publishedOn).build();
    }

    private static Message.Builder unpublish(Message.Builder b) {
        return b.published(false).publishedFields(List.of()).publishedOn(null);
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

    /** The evidence of the lines that name the given message. */
    private static List<List<String>> evidenceOf(IndicatorAnalysis a, String messageId) {
        return a.lines().stream().map(LineAnalysis::evidenceIds).filter(e -> e.contains(messageId)).toList();
    }

    // ------------------------------------------------------------------ the spec's example

    @Test
    void theSpecExampleLosesNothingOnInteraction() {
        ScoreReport r = TestEngine.score(TestEngine.countyPortal());
        for (String id : List.of("D3.1", "D3.2", "D3.3", "D3.4")) {
            assertClean(ind(r, id));
        }
        assertThat(ind(r, "D3.3").sampledIds()).containsExactly("m0", "m1", "m2", "m3", "m4");
        assertThat(ind(r, "D3.4").sampledIds()).isEmpty();
        assertThat(r.group("D3").orElseThrow().counted()).isEqualByComparingTo("0");
    }

    // ------------------------------------------------------------------ D3.1 信息提交 (7)

    @Nested
    class D31Submission {
        @Test
        void nonLocalUsersCannotSubmit() {
            IndicatorAnalysis a = ind(scoreInteraction(b -> b.submission(new Submission(true, false))), "D3.1");
            assertHit(a, "7", "7", false);
            assertThat(evidence(a)).containsExactly(List.of("interaction.submission.nonLocalUsersCan=false",
                    "interaction.submission.works=true"));
        }

        @Test
        void nobodyCanSubmitIsOneFinding() {
            // VW5.1 (no effective channel) holds as well, so the indicator is listed but not scored
            IndicatorAnalysis a = ind(scoreInteraction(b -> b.submission(new Submission(false, false))), "D3.1");
            assertThat(a.status()).isEqualTo(IndicatorStatus.NOT_SCORED);
            assertThat(a.raw()).isEqualByComparingTo("7");
            assertThat(evidence(a)).containsExactly(List.of("interaction.submission.nonLocalUsersCan=false",
                    "interaction.submission.works=false"));
        }
    }

    // ------------------------------------------------------------------ D3.2 统一登录 (3)

    @Nested
    class D32UnifiedLogin {
        @Test
        void noUnifiedLogin() {
            IndicatorAnalysis a = ind(scoreInteraction(b -> b.unifiedLogin(false)), "D3.2");
            assertHit(a, "3", "3", false);
            assertThat(evidence(a)).containsExactly(List.of("interaction.unifiedLogin=false"));
            assertThat(a.score()).isEqualByComparingTo("0");
        }
    }

    // ------------------------------------------------------------------ D3.3 留言公开 (6)

    @Nested
    class D33MessagesPublished {
        @Test
        void noMessagePublishedLosesSixAndTheWindowThreeCappedAtSix() {
            List<Message> none = exampleMessages().stream().map(m -> unpublish(m.toBuilder()).build()).toList();
            IndicatorAnalysis a = scoreMessages("D3.3", none);
            assertHit(a, "9", "6", true);
            assertThat(a.score()).isEqualByComparingTo("0");
            assertThat(a.sampledIds()).isEmpty();
            assertThat(a.lines()).extracting(LineAnalysis::rule).containsExactly(
                    "D3.3 咨询建言类栏目对所有网民留言都未公开 −6", "D3.3 留言公开监测时间点前2个月内未更新 −3");
            assertThat(evidence(a)).containsExactly(List.of("messages=6"), List.of("from=2019-10-18", "to=2019-12-18"));
        }

        @Test
        void onlyConsultationColumnsCount() {
            // the consultation messages are all unpublished; a published one in the interview column does not help
            List<Message> msgs = plus(exampleMessages().stream().map(m -> unpublish(m.toBuilder()).build()).toList(),
                    published("i1", LocalDate.of(2019, 12, 10), ALL_FIELDS).toBuilder().columnId("ft").build());
            IndicatorAnalysis a = scoreMessages("D3.3", msgs);
            assertHit(a, "9", "6", true);
            assertThat(a.sampledIds()).isEmpty();
        }

        @Test
        void noConsultationMessageAtAllIsNotTheSixButIsNotUpdated() {
            // every message moved to the interview column: nothing left to be unpublished, nothing new published
            List<Message> moved = exampleMessages().stream().map(m -> m.toBuilder().columnId("ft").build()).toList();
            IndicatorAnalysis a = scoreMessages("D3.3", moved);
            assertHit(a, "3", "3", false);
            assertThat(a.lines()).extracting(LineAnalysis::rule)
                    .containsExactly("D3.3 留言公开监测时间点前2个月内未更新 −3");
            assertThat(a.sampledIds()).isEmpty();
        }

        @Test
        void eachMissingFieldOfASampledMessageIsOneLine() {
            IndicatorAnalysis a = scoreMessages("D3.3",
                    change("m0", b -> b.publishedFields(List.of(PublishedField.SUBMITTED_ON, PublishedField.REPLY_CONTENT))));
            assertHit(a, "2", "2", false);
            assertThat(amounts(a)).containsExactly(bd("1"), bd("1"));
            assertThat(evidence(a)).containsExactly(List.of("REPLIED_ON", "m0"), List.of("REPLY_UNIT", "m0"));
        }

        @Test
        void missingFieldsAtAndPastTheCap() {
            List<Message> six = change(change("m0", b -> b.publishedFields(List.of())), "m1",
                    b -> b.publishedFields(List.of(PublishedField.SUBMITTED_ON, PublishedField.REPLIED_ON)));
            assertHit(scoreMessages("D3.3", six), "6", "6", false);
            List<Message> eight = change(change("m0", b -> b.publishedFields(List.of())), "m1",
                    b -> b.publishedFields(List.of()));
            IndicatorAnalysis a = scoreMessages("D3.3", eight);
            assertHit(a, "8", "6", true);
            assertThat(a.lines()).hasSize(8);
        }

        /** The example's messages, unpublished, plus published ones (each filed 3 days before it was published). */
        private List<Message> onlyPublishedOn(LocalDate... dates) {
            List<Message> out = new ArrayList<>(exampleMessages().stream().map(m -> unpublish(m.toBuilder()).build()).toList());
            for (int k = 0; k < dates.length; k++) {
                out.add(published("p" + k, dates[k], ALL_FIELDS));
            }
            return out;
        }

        @Test
        void twoMonthWindowIncludesBothEnds() {
            // 2019-10-18 is md − 2 months; nothing can be published after md (the input validation refuses it)
            assertClean(scoreMessages("D3.3", onlyPublishedOn(LocalDate.of(2019, 10, 18))));
            assertClean(scoreMessages("D3.3", onlyPublishedOn(MD)));
            IndicatorAnalysis before = scoreMessages("D3.3", onlyPublishedOn(LocalDate.of(2019, 10, 17)));
            assertHit(before, "3", "3", false);
            assertThat(evidence(before)).containsExactly(List.of("from=2019-10-18", "to=2019-12-18"));
            assertThat(before.sampledIds()).containsExactly("p0");
        }

        @Test
        void onePublishedInTheWindowIsEnough() {
            assertHit(scoreMessages("D3.3", onlyPublishedOn(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 10, 17))),
                    "3", "3", false);
            assertClean(scoreMessages("D3.3", onlyPublishedOn(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 10, 18))));
        }

        @Test
        void noMessageStatistics() {
            IndicatorAnalysis a = ind(scoreInteraction(b -> b.messageStatisticsPublished(false)), "D3.3");
            assertHit(a, "3", "3", false);
            assertThat(evidence(a)).containsExactly(List.of("interaction.messageStatisticsPublished=false"));
        }

        @Test
        void fewerThanFivePublishedAreAllChecked() {
            List<Message> msgs = change(change(change("m3", D3InteractionTest::unpublish), "m4", D3InteractionTest::unpublish),
                    "m0", b -> b.publishedFields(List.of(PublishedField.SUBMITTED_ON, PublishedField.REPLIED_ON,
                            PublishedField.REPLY_UNIT)));
            IndicatorAnalysis a = scoreMessages("D3.3", msgs);
            assertThat(a.sampledIds()).containsExactly("m0", "m1", "m2");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("REPLY_CONTENT", "m0"));
        }

        @Test
        void marksAreRespected() {
            List<PublishedField> noUnit = List.of(PublishedField.SUBMITTED_ON, PublishedField.REPLIED_ON,
                    PublishedField.REPLY_CONTENT);
            List<Message> msgs = change(change(change(change("m0", b -> b.publishedFields(noUnit)),
                    "m3", b -> b.publishedFields(noUnit).sampledFor(List.of("D3.3"))),
                    "m1", b -> b.sampledFor(List.of("D3.3"))),
                    "m5", b -> b.sampledFor(List.of("D3.3")));
            IndicatorAnalysis a = scoreMessages("D3.3", msgs);
            // m5 is marked but not published: not in the population
            assertThat(a.sampledIds()).containsExactly("m1", "m3");
            assertHit(a, "1", "1", false);
            assertThat(evidence(a)).containsExactly(List.of("REPLY_UNIT", "m3"));
        }

        @Test
        void moreThanFivePublishedDrawFiveWhateverTheOrder() {
            List<PublishedField> noUnit = List.of(PublishedField.SUBMITTED_ON, PublishedField.REPLIED_ON,
                    PublishedField.REPLY_CONTENT);
            List<Message> msgs = new ArrayList<>(exampleMessages().stream()
                    .map(m -> m.published() ? m.toBuilder().publishedFields(noUnit).build() : m).toList());
            for (int k = 6; k <= 11; k++) {
                msgs.add(published("m" + k, LocalDate.of(2019, 12, k), noUnit));
            }
            IndicatorAnalysis a = scoreMessages("D3.3", msgs);
            assertThat(a.sampledIds()).hasSize(5).isSorted().doesNotContain("m5");
            assertHit(a, "5", "5", false);
            assertThat(a.lines().stream().map(l -> l.evidenceIds().get(1)).toList())
                    .containsExactlyInAnyOrderElementsOf(a.sampledIds());
            List<Message> reversed = new ArrayList<>(msgs);
            Collections.reverse(reversed);
            assertThat(scoreMessages("D3.3", reversed).sampledIds()).isEqualTo(a.sampledIds());
            List<Message> rotated = new ArrayList<>(msgs);
            Collections.rotate(rotated, 4);
            assertThat(scoreMessages("D3.3", rotated).sampledIds()).isEqualTo(a.sampledIds());
        }
    }

    // ------------------------------------------------------------------ D3.4 办理答复 (7)

    @Nested
    class D34Replies {
        @Test
        void unansweredM5IsNotLateUntilAfterItsFifthWorkingDay() {
            // filed Sunday 2019-12-15: due Friday 2019-12-20
            assertClean(scoreAt("D3.4", MD, exampleMessages()));
            assertThat(scoreAt("D3.4", LocalDate.of(2019, 12, 20), exampleMessages()).lines()).isEmpty();
            IndicatorAnalysis late = scoreAt("D3.4", LocalDate.of(2019, 12, 21), exampleMessages());
            assertThat(late.raw()).isEqualByComparingTo("2");
            assertThat(amounts(late)).containsExactly(bd("2"));
            assertThat(evidence(late)).containsExactly(
                    List.of("due=2019-12-20", "m5", "submittedOn=2019-12-15", "unanswered"));
        }

        private IndicatorAnalysis answered(LocalDate submittedOn, LocalDate repliedOn) {
            return scoreMessages("D3.4", plus(exampleMessages(), question("q1", submittedOn, repliedOn).build()));
        }

        @Test
        void nationalDayWithItsWorkingSunday() {
            // Friday 2019-09-27: 09-29 (Sunday, working) 1, 09-30 2, 10-01…07 off, 10-08 3, 10-09 4, 10-10 5.
            // By plain Monday–Friday the 5th would be 10-04 and all of these answers late.
            LocalDate filed = LocalDate.of(2019, 9, 27);
            assertClean(answered(filed, LocalDate.of(2019, 10, 8)));
            assertClean(answered(filed, LocalDate.of(2019, 10, 9)));
            assertClean(answered(filed, LocalDate.of(2019, 10, 10)));
            IndicatorAnalysis late = answered(filed, LocalDate.of(2019, 10, 11));
            assertHit(late, "2", "2", false);
            assertThat(evidence(late)).containsExactly(
                    List.of("due=2019-10-10", "q1", "repliedOn=2019-10-11", "submittedOn=2019-09-27"));
        }

        @Test
        void workingSaturdayAfterNationalDay() {
            // Tuesday 2019-10-08: 10-09 1, 10-10 2, 10-11 3, 10-12 (Saturday, working) 4, 10-14 5
            LocalDate filed = LocalDate.of(2019, 10, 8);
            assertClean(answered(filed, LocalDate.of(2019, 10, 14)));
            IndicatorAnalysis late = answered(filed, LocalDate.of(2019, 10, 15));
            assertHit(late, "2", "2", false);
            assertThat(evidence(late)).containsExactly(
                    List.of("due=2019-10-14", "q1", "repliedOn=2019-10-15", "submittedOn=2019-10-08"));
        }

        @Test
        void springFestival2020WithItsExtension() {
            // Wednesday 2020-01-22: 01-23 1, 01-24…02-02 off (01-31 and Saturday 02-01 only after the
            // extension), 02-03 2, 02-04 3, 02-05 4, 02-06 5. Other lines (m5, now late) are left aside.
            LocalDate filed = LocalDate.of(2020, 1, 22);
            LocalDate md = LocalDate.of(2020, 2, 20);
            assertThat(evidenceOf(scoreAt("D3.4", md,
                    plus(exampleMessages(), question("q1", filed, LocalDate.of(2020, 2, 6)).build())), "q1")).isEmpty();
            assertThat(evidenceOf(scoreAt("D3.4", md,
                    plus(exampleMessages(), question("q1", filed, LocalDate.of(2020, 2, 7)).build())), "q1"))
                    .containsExactly(List.of("due=2020-02-06", "q1", "repliedOn=2020-02-07", "submittedOn=2020-01-22"));
            // still unanswered: not late on the 5th working day, late the day after
            List<Message> open = plus(exampleMessages(), question("q1", filed, null).build());
            assertThat(evidenceOf(scoreAt("D3.4", LocalDate.of(2020, 2, 6), open), "q1")).isEmpty();
            assertThat(evidenceOf(scoreAt("D3.4", LocalDate.of(2020, 2, 7), open), "q1"))
                    .containsExactly(List.of("due=2020-02-06", "q1", "submittedOn=2020-01-22", "unanswered"));
        }

        @Test
        void oneYearWindowIncludesItsFirstDay() {
            // 2018-12-18 is md − 1 year (due 12-25); 2018-12-17 is outside (due 12-24); both answered 12-26
            IndicatorAnalysis first = answered(LocalDate.of(2018, 12, 18), LocalDate.of(2018, 12, 26));
            assertHit(first, "2", "2", false);
            assertThat(evidence(first)).containsExactly(
                    List.of("due=2018-12-25", "q1", "repliedOn=2018-12-26", "submittedOn=2018-12-18"));
            assertClean(answered(LocalDate.of(2018, 12, 17), LocalDate.of(2018, 12, 26)));
        }

        @Test
        void lateAnswersCountOnlyForValidConsultationQuestionsInConsultationColumns() {
            LocalDate filed = LocalDate.of(2019, 9, 27);
            LocalDate late = LocalDate.of(2019, 10, 11);
            assertClean(scoreMessages("D3.4", plus(exampleMessages(), question("q1", filed, late).consultation(false).build())));
            assertClean(scoreMessages("D3.4", plus(exampleMessages(), question("q1", filed, late).valid(false).build())));
            assertClean(scoreMessages("D3.4", plus(exampleMessages(), question("q1", filed, late).columnId("ft").build())));
        }

        @Test
        void perfunctoryReply() {
            IndicatorAnalysis a = scoreMessages("D3.4", change("m0", b -> b.replyQuality(ReplyQuality.PERFUNCTORY)));
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactly(List.of("m0"));
            assertThat(a.lines()).singleElement().extracting(LineAnalysis::rule)
                    .isEqualTo("D3.4 答复内容质量不高,有推诿、敷衍等现象 −2 each");
        }

        @Test
        void reviewSkipped() {
            IndicatorAnalysis a = scoreMessages("D3.4", change("m1", b -> b.reviewFollowed(false)));
            assertHit(a, "2", "2", false);
            assertThat(evidence(a)).containsExactly(List.of("m1"));
        }

        @Test
        void qualityAndReviewCountForEveryValidAnsweredMessageOfTheYear() {
            // not a consultation question: its reply is judged all the same
            assertHit(scoreMessages("D3.4", change("m0", b -> b.consultation(false).replyQuality(ReplyQuality.PERFUNCTORY))),
                    "2", "2", false);
            // not answered yet, invalid, another column, or older than a year: not judged
            assertClean(scoreMessages("D3.4", change("m5", b -> b.replyQuality(ReplyQuality.PERFUNCTORY).reviewFollowed(false))));
            assertClean(scoreMessages("D3.4", change("m0", b -> b.valid(false).replyQuality(ReplyQuality.PERFUNCTORY)
                    .reviewFollowed(false))));
            assertClean(scoreMessages("D3.4", change("m0", b -> b.columnId("ft").replyQuality(ReplyQuality.PERFUNCTORY)
                    .reviewFollowed(false))));
            assertClean(scoreMessages("D3.4", plus(exampleMessages(), question("q1", LocalDate.of(2018, 12, 17),
                    LocalDate.of(2018, 12, 18)).replyQuality(ReplyQuality.PERFUNCTORY).reviewFollowed(false).build())));
        }

        @Test
        void findingsAtAndPastTheCap() {
            // m0: perfunctory and unreviewed; m1: perfunctory → 6
            List<Message> six = change(change("m0", b -> b.replyQuality(ReplyQuality.PERFUNCTORY).reviewFollowed(false)),
                    "m1", b -> b.replyQuality(ReplyQuality.PERFUNCTORY));
            assertHit(scoreMessages("D3.4", six), "6", "6", false);
            // and a late answer → 8, capped at 7
            IndicatorAnalysis a = scoreMessages("D3.4",
                    plus(six, question("q1", LocalDate.of(2019, 9, 27), LocalDate.of(2019, 10, 11)).build()));
            assertHit(a, "8", "7", true);
            assertThat(a.score()).isEqualByComparingTo("0");
            assertThat(amounts(a)).containsExactly(bd("2"), bd("2"), bd("2"), bd("2"));
        }
    }
}
