package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.govweb.scoring.engine.InvalidInspectionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.TestEngine.score;
import static org.govweb.scoring.testing.TestEngine.wechat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.newmedia.Account;
import org.govweb.scoring.newmedia.Falsification;
import org.govweb.scoring.newmedia.FalsificationKind;
import org.govweb.scoring.newmedia.NewMediaIncident;
import org.govweb.scoring.newmedia.NewMediaIncidentKind;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.newmedia.Platform;
import org.govweb.scoring.newmedia.Post;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;
import org.govweb.scoring.testing.TestEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** VM1–VM3, the new-media verdict and the weekly-update advisory, on the spec's WeChat account (md 2019-12-18). */
class NewMediaTest {

    static final NewMediaInspection BASE = wechat();
    static final LocalDate MD = BASE.monitoringDate();

    static List<String> vetoIds(ScoreReport r) {
        return r.vetoes().stream().map(VetoAnalysis::indicator).distinct().toList();
    }

    static List<Warning> advisories(ScoreReport r) {
        return r.warnings().stream().filter(w -> w.code().equals("NM_FEW_POSTS_IN_WEEK")).toList();
    }

    /** Posts dated the given numbers of days before the monitoring date, ids q0, q1, … */
    static List<Post> postsDaysBefore(int... days) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            posts.add(new Post("q" + i, MD.minusDays(days[i])));
        }
        return posts;
    }

    static void assertQualified(ScoreReport r) {
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(r.reason()).isNull();
        assertThat(r.vetoes()).isEmpty();
    }

    static void assertVetoedBy(ScoreReport r, String indicator) {
        assertThat(r.verdict()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(r.reason()).isEqualTo(VerdictReason.VETO);
        assertThat(vetoIds(r)).containsExactly(indicator);
    }

    @Test
    void theExampleIsQualifiedWithNoWarning() {
        ScoreReport r = score(BASE);
        assertThat(r.type()).isEqualTo("newMedia");
        assertQualified(r);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.indicators()).isEmpty();
        assertThat(r.groups()).isEmpty();
        assertThat(r.part2()).isNull();
        assertThat(r.finalScore()).isNull();
    }

    @Test
    void theCatalogueDeclaresTheNewMediaVetoes() {
        List<IndicatorInfo> vm = TestEngine.engine().catalogue().stream()
                .filter(i -> i.id().equals("VM") || "VM".equals(i.group())).toList();
        assertThat(vm).extracting(IndicatorInfo::id).containsExactly("VM", "VM1", "VM2", "VM3");
        assertThat(vm).extracting(IndicatorInfo::nameZh)
                .containsExactly("单项否决(政务新媒体)", "安全、泄密事故等严重问题", "内容不更新", "互动回应差");
        assertThat(vm).extracting(IndicatorInfo::kind).containsOnly(IndicatorKind.VETO);
        assertThat(vm).extracting(IndicatorInfo::points).containsOnlyNulls();
    }

    @Test
    void everyVetoHoldingIsListed() {
        ScoreReport r = score(BASE.toBuilder()
                .incidents(List.of(new NewMediaIncident("i1", NewMediaIncidentKind.STATE_SECRET_LEAK, null, MD, null)))
                .posts(List.of())
                .interactive(false)
                .build());
        assertThat(r.verdict()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(r.reason()).isEqualTo(VerdictReason.VETO);
        assertThat(vetoIds(r)).containsExactly("VM1", "VM2", "VM3");
    }

    @Nested
    class VM1 {
        @ParameterizedTest
        @EnumSource(NewMediaIncidentKind.class)
        void eachIncidentKindVetoes(NewMediaIncidentKind kind) {
            ScoreReport r = score(BASE.toBuilder()
                    .incidents(List.of(new NewMediaIncident("inc1", kind, "http://x", MD, "note")))
                    .build());
            assertVetoedBy(r, "VM1");
            assertThat(r.vetoes()).singleElement().satisfies(v -> {
                assertThat(v.nameZh()).isEqualTo("安全、泄密事故等严重问题");
                assertThat(v.rule()).startsWith("VM1.");
                assertThat(v.evidenceIds()).containsExactly("inc1");
            });
        }

        @Test
        void eachKindIsItsOwnSubConditionWithItsIds() {
            ScoreReport r = score(BASE.toBuilder()
                    .incidents(List.of(
                            new NewMediaIncident("b", NewMediaIncidentKind.SERIOUS_MISSTATEMENT, null, null, null),
                            new NewMediaIncident("a", NewMediaIncidentKind.SERIOUS_MISSTATEMENT, null, null, null),
                            new NewMediaIncident("c", NewMediaIncidentKind.SERIOUS_NEGATIVE_OPINION, null, null, null)))
                    .build());
            assertThat(r.vetoes("VM1")).extracting(VetoAnalysis::rule, VetoAnalysis::evidenceIds).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("VM1.1 出现严重表述错误", List.of("a", "b")),
                    org.assertj.core.groups.Tuple.tuple("VM1.4 因发布内容不当引发严重负面舆情", List.of("c")));
        }

        @Test
        void noIncidentNoVeto() {
            assertThat(score(BASE.toBuilder().incidents(List.of()).build()).vetoes("VM1")).isEmpty();
        }
    }

    @Nested
    class VM2 {
        @Test
        void latestPostExactly7DaysBeforeIsStillInTheWeek() {
            ScoreReport r = score(BASE.toBuilder().posts(postsDaysBefore(7, 20)).build());
            assertQualified(r);
        }

        @Test
        void latestPost8DaysBeforeVetoes() {
            ScoreReport r = score(BASE.toBuilder().posts(postsDaysBefore(8, 20)).build());
            assertVetoedBy(r, "VM2");
            assertThat(r.vetoes("VM2")).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo("VM2.1 监测时间点前1周内无更新");
                assertThat(v.evidenceIds()).containsExactly("from=2019-12-11", "latest=2019-12-10", "to=2019-12-18");
            });
        }

        @Test
        void aPostOnTheMonitoringDateCounts() {
            assertQualified(score(BASE.toBuilder().posts(postsDaysBefore(0)).build()));
        }

        @Test
        void aPostAfterTheMonitoringDateIsInvalidInput() {
            assertThatThrownBy(() -> score(BASE.toBuilder().posts(postsDaysBefore(-1, 9)).build()))
                    .isInstanceOf(InvalidInspectionException.class)
                    .hasMessageContaining("$.posts[0].publishedOn");
        }

        @Test
        void noPostAtAllVetoes() {
            ScoreReport r = score(BASE.toBuilder().posts(List.of()).build());
            assertVetoedBy(r, "VM2");
            assertThat(r.vetoes("VM2").get(0).evidenceIds()).contains("latest=none");
        }

        @Test
        void anAppThatCannotBeUsedVetoes() {
            ScoreReport r = score(BASE.toBuilder()
                    .account(new Account("app-fd", "丰都", "丰都县政府办", Platform.APP))
                    .appUsable(false).build());
            assertVetoedBy(r, "VM2");
            assertThat(r.vetoes("VM2")).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo("VM2.2 移动客户端(APP)无法下载或使用");
                assertThat(v.evidenceIds()).containsExactly("app-fd", "appUsable=false");
            });
        }

        @Test
        void aUsableAppIsFine() {
            assertQualified(score(BASE.toBuilder()
                    .account(new Account("app-fd", "丰都", "丰都县政府办", Platform.APP))
                    .appUsable(true).build()));
        }

        @Test
        void appUsableNullOnWechatIsFine() {
            assertThat(BASE.account().platform()).isEqualTo(Platform.WECHAT);
            assertThat(BASE.appUsable()).isNull();
            assertQualified(score(BASE));
        }
    }

    @Nested
    class VM3 {
        @Test
        void noInteractiveFunctionVetoes() {
            ScoreReport r = score(BASE.toBuilder().interactive(false).build());
            assertVetoedBy(r, "VM3");
            assertThat(r.vetoes("VM3")).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo("VM3.1 未提供有效互动功能");
                assertThat(v.evidenceIds()).containsExactly("interactive=false", "wx-fengdu");
            });
        }

        @ParameterizedTest
        @EnumSource(FalsificationKind.class)
        void eachFalsificationKindVetoes(FalsificationKind kind) {
            ScoreReport r = score(BASE.toBuilder()
                    .falsification(List.of(new Falsification("f2", kind, "note"), new Falsification("f1", kind, null)))
                    .build());
            assertVetoedBy(r, "VM3");
            assertThat(r.vetoes("VM3")).singleElement().satisfies(v -> {
                assertThat(v.rule()).startsWith("VM3.2 ");
                assertThat(v.evidenceIds()).containsExactly("f1", "f2");
            });
        }

        @Test
        void falsificationIdsAreListedByKind() {
            ScoreReport r = score(BASE.toBuilder()
                    .falsification(List.of(new Falsification("f1", FalsificationKind.BOUGHT_FOLLOWERS, null),
                            new Falsification("f2", FalsificationKind.FORCED_LIKES, null),
                            new Falsification("f3", FalsificationKind.BOUGHT_FOLLOWERS, null)))
                    .build());
            assertThat(r.vetoes("VM3")).extracting(VetoAnalysis::rule, VetoAnalysis::evidenceIds).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("VM3.2 存在强制要求群众点赞的弄虚作假行为", List.of("f2")),
                    org.assertj.core.groups.Tuple.tuple("VM3.2 存在购买“粉丝”的弄虚作假行为", List.of("f1", "f3")));
        }
    }

    @Nested
    class WeeklyUpdateAdvisory {
        @Test
        void threePostsInTheWeekIsEnough() {
            ScoreReport r = score(BASE.toBuilder().posts(postsDaysBefore(0, 3, 6, 7)).build());
            assertQualified(r);
            assertThat(advisories(r)).isEmpty();
        }

        @Test
        void twoPostsInTheWeekGiveANoticeButNoVeto() {
            // the post 7 days before is in the veto's week [md-7, md] but not in the advisory's 7 days md-6 … md
            ScoreReport r = score(BASE.toBuilder().posts(postsDaysBefore(0, 6, 7)).build());
            assertQualified(r);
            assertThat(advisories(r)).singleElement().satisfies(w -> {
                assertThat(w.indicator()).isEqualTo("VM2");
                assertThat(w.evidenceIds()).containsExactly("from=2019-12-12", "posts=2", "q0", "q1", "to=2019-12-18");
            });
        }

        @Test
        void noPostGivesTheNoticeBesidesTheVeto() {
            ScoreReport r = score(BASE.toBuilder().posts(List.of()).build());
            assertVetoedBy(r, "VM2");
            assertThat(advisories(r)).singleElement()
                    .satisfies(w -> assertThat(w.evidenceIds()).contains("posts=0"));
        }
    }
}
