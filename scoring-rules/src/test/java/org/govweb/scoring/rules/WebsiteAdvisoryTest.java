package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.TestEngine.countyPortal;
import static org.govweb.scoring.testing.TestEngine.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.Homepage;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * W1 (政府网站应保持每日更新, advisory) on the spec's county portal (md 2019-12-18), and the separation of the
 * website, new-media and annual rules.
 */
class WebsiteAdvisoryTest {

    static final WebsiteInspection BASE = countyPortal();
    static final LocalDate MD = BASE.monitoringDate();

    static List<String> daysWithoutUpdate(ScoreReport r) {
        return r.warnings().stream().filter(w -> w.code().equals("WEB_DAY_WITHOUT_UPDATE"))
                .flatMap(w -> w.evidenceIds().stream()).toList();
    }

    static List<Publication> pubs(String prefix, Integer... daysBefore) {
        List<Publication> out = new ArrayList<>();
        for (int i = 0; i < daysBefore.length; i++) {
            out.add(new Publication(prefix + i, "稿件", daysBefore[i] == null ? null : MD.minusDays(daysBefore[i])));
        }
        return out;
    }

    /** The example with its homepage and every column replaced: homepage items and one news column's items. */
    static WebsiteInspection site(boolean navigationOnly, List<Publication> homepage, List<Publication> news) {
        List<Column> columns = new ArrayList<>();
        for (Column c : BASE.columns()) {
            columns.add(new Column(c.id(), c.name(), c.kind(), c.firstLevel(), c.shouldUpdate(), List.of()));
        }
        columns.add(new Column("w1-news", "要闻", ColumnKind.NEWS, true, true, news));
        return BASE.toBuilder().homepage(new Homepage(navigationOnly, homepage)).columns(columns).build();
    }

    @Nested
    class W1 {
        @Test
        void theExampleIsUpdatedEveryDayOfTheWeek() {
            // 2019-12-11 (md − 7) has nothing dated, but the week checked is md − 6 … md
            assertThat(daysWithoutUpdate(score(BASE))).isEmpty();
        }

        @Test
        void eachDayWithoutAnUpdateGetsItsOwnNotice() {
            ScoreReport r = score(site(false, pubs("h", 0), pubs("n", 1, 2, 4, 5, 7)));
            assertThat(daysWithoutUpdate(r)).containsExactly("2019-12-12", "2019-12-15");
            assertThat(r.warnings()).filteredOn(w -> w.code().equals("WEB_DAY_WITHOUT_UPDATE"))
                    .extracting(Warning::indicator).containsOnly("W1");
        }

        @Test
        void theMonitoringDateAndTheSixthDayBeforeAreInTheWeek() {
            ScoreReport r = score(site(false, pubs("h"), pubs("n", 1, 2, 3, 4, 5)));
            assertThat(daysWithoutUpdate(r)).containsExactlyInAnyOrder("2019-12-18", "2019-12-12");
        }

        @Test
        void theHomepageAloneCountsForADay() {
            ScoreReport r = score(site(false, pubs("h", 3), pubs("n", 0, 1, 2, 4, 5, 6)));
            assertThat(daysWithoutUpdate(r)).isEmpty();
        }

        @Test
        void anUndatedItemIsNotAnUpdate() {
            ScoreReport r = score(site(false, pubs("h", (Integer) null), pubs("n", 0, 1, 2, 4, 5, 6, null)));
            assertThat(daysWithoutUpdate(r)).containsExactly("2019-12-15");
        }

        @Test
        void aNavigationOnlyHomepageIsJudgedOnItsColumns() {
            ScoreReport r = score(site(true, List.of(), pubs("n", 0, 1, 2, 3, 4, 5)));
            assertThat(daysWithoutUpdate(r)).containsExactly("2019-12-12");
        }

        @Test
        void aWeekWithoutAnyUpdateGivesSevenNotices() {
            ScoreReport r = score(site(false, pubs("h", 7), pubs("n", 8)));
            assertThat(daysWithoutUpdate(r)).hasSize(7).containsExactlyInAnyOrder("2019-12-12", "2019-12-13",
                    "2019-12-14", "2019-12-15", "2019-12-16", "2019-12-17", "2019-12-18");
        }

        @Test
        void theAdvisoryIsNotScored() {
            ScoreReport clean = score(BASE);
            ScoreReport flagged = score(site(false, pubs("h", 0, 1, 2, 3, 4, 5), pubs("n", 0, 1, 2, 3, 4, 5)));
            assertThat(daysWithoutUpdate(flagged)).containsExactly("2019-12-12");
            assertThat(flagged.indicators()).extracting(i -> i.indicator()).doesNotContain("W1", "W");
            assertThat(flagged.groups()).extracting(g -> g.group()).doesNotContain("W");
            assertThat(flagged.vetoes()).extracting(VetoAnalysis::indicator).doesNotContain("W1");
            assertThat(clean.indicators()).extracting(i -> i.indicator()).doesNotContain("W1", "W");
        }

        @Test
        void theCatalogueDeclaresW1AsAnAdvisory() {
            List<IndicatorInfo> w = TestEngine.engine().catalogue().stream()
                    .filter(i -> i.id().equals("W") || "W".equals(i.group())).toList();
            assertThat(w).extracting(IndicatorInfo::id).containsExactly("W", "W1");
            assertThat(w).extracting(IndicatorInfo::nameZh).containsExactly("提示", "网站每日更新");
            assertThat(w).extracting(IndicatorInfo::nameEn).containsExactly("Advisories (not scored)", "Daily updates (advisory)");
            assertThat(w).extracting(IndicatorInfo::kind).containsOnly(IndicatorKind.PROCEDURE);
            assertThat(w).extracting(IndicatorInfo::points).containsOnlyNulls();
        }
    }

    /** Each session type fires its own rules only (the report assembly fails on a second Grade). */
    @Nested
    class Separation {
        @Test
        void aWebsiteSessionHasNoNewMediaOrAnnualFindings() {
            ScoreReport r = score(BASE.toBuilder().homepage(new Homepage(false, List.of())).columns(List.of())
                    .interaction(BASE.interaction().toBuilder().messages(List.of()).build()).build());
            assertThat(r.type()).isEqualTo("website");
            assertThat(r.vetoes()).extracting(VetoAnalysis::indicator).allMatch(id -> id.startsWith("VW"));
            assertThat(r.warnings()).extracting(Warning::code).doesNotContain("NM_FEW_POSTS_IN_WEEK");
        }

        @Test
        void aNewMediaSessionHasOneGradeAndNoWebsiteFindings() {
            NewMediaInspection idle = TestEngine.wechat().toBuilder().posts(List.of()).build();
            ScoreReport r = TestEngine.score(idle);
            assertThat(r.verdict()).isEqualTo(Verdict.UNQUALIFIED);
            assertThat(r.vetoes()).extracting(VetoAnalysis::indicator).containsOnly("VM2");
            assertThat(r.warnings()).extracting(Warning::code).containsExactly("NM_FEW_POSTS_IN_WEEK");
            assertThat(r.part2()).isNull();
            assertThat(r.indicators()).isEmpty();
        }

        @Test
        void anAnnualSessionHasOneGradeAndNoWebsiteOrNewMediaFindings() {
            AnnualReport r = TestEngine.assess(TestEngine.annualUnit());
            assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
            assertThat(r.rules()).isEmpty();
            assertThat(r.warnings()).isEmpty();
        }
    }
}
