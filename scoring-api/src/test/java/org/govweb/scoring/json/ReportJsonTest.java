package org.govweb.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.DisplayScores;
import org.govweb.scoring.report.GroupSubtotal;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.Part2Analysis;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static final RuleSetIdentity RULES = new RuleSetIdentity("govweb-2019", "1.0.0",
            "0f".repeat(32), "bundled");

    static ScoreReport websiteReport() {
        LineAnalysis cv = new LineAnalysis("D1.3-finding", new BigDecimal("1"), "领导简历未更新", "a leader's CV is out of date",
                List.of("f1"));
        IndicatorAnalysis d13 = new IndicatorAnalysis("D1.3", "领导信息", "Leaders", "D1", IndicatorKind.DEDUCTION,
                new BigDecimal("3"), IndicatorStatus.HIT, List.of(cv), new BigDecimal("1"), new BigDecimal("1"), false,
                new BigDecimal("2"), List.of());
        IndicatorAnalysis d48 = new IndicatorAnalysis("D4.8", "页面标签", "Page tags", "D4", IndicatorKind.DEDUCTION,
                new BigDecimal("1"), IndicatorStatus.HIT,
                List.of(new LineAnalysis("D4.8-tag", new BigDecimal("0.1"), "缺少内容标签", "content tag missing",
                        List.of("http://www.cqfd.gov.cn/yw/2.html"))),
                new BigDecimal("0.1"), new BigDecimal("0.1"), false, new BigDecimal("0.9"),
                List.of("http://www.cqfd.gov.cn/yw/0.html", "http://www.cqfd.gov.cn/yw/2.html"));
        GroupSubtotal d1 = new GroupSubtotal("D1", "发布解读", "Publishing & interpretation", IndicatorKind.DEDUCTION,
                new BigDecimal("31"), IndicatorStatus.HIT, new BigDecimal("2"), new BigDecimal("29"));
        Part2Analysis part2 = new Part2Analysis(new BigDecimal("100"), new BigDecimal("7.70"), new BigDecimal("92.30"),
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("92.30"));
        Warning warning = new Warning("CALENDAR_NOT_COVERED", "D4.5", "日历未覆盖", "calendar does not cover 2027",
                List.of("e2"));
        return new ScoreReport("website", "fengdu-portal-2019q4", "cqfd", "丰都县人民政府", "丰都县人民政府办公室",
                LocalDate.of(2019, 12, 18), Verdict.QUALIFIED, null, new BigDecimal("92.30"), new BigDecimal("19"),
                new BigDecimal("111.30"), new DisplayScores("92.30", "19.00", "111.30", "rounded half-up for display"),
                List.of(), List.of(d13, d48), List.of(d1), part2, List.of(warning), RULES);
    }

    static ScoreReport vetoedReport() {
        VetoAnalysis vw2 = new VetoAnalysis("VW2", "站点无法访问", "Site unreachable", "VW2-probes",
                "监测时间点前1周内…", "in the week before the monitoring point …", List.of("2019-12-15T04:07:00"));
        return new ScoreReport("website", "x", "site", null, null, LocalDate.of(2019, 12, 18), Verdict.UNQUALIFIED,
                VerdictReason.VETO, null, null, null, null, List.of(vw2), null, null, null, null, RULES);
    }

    static AnnualReport annualReport() {
        VetoAnalysis a2 = new VetoAnalysis("A2", "抽查不合格", "Unqualified in checks", "A2-county",
                "县级抽查2次不合格", "two unqualified county checks", List.of("c2", "c4"));
        return new AnnualReport("annualAssessment", "丰都县发展和改革委员会", 2019, Verdict.UNQUALIFIED,
                VerdictReason.ANNUAL_RULE, List.of(a2), List.of(), RULES);
    }

    @Test
    void scoreReportRoundTrips() {
        ScoreReport report = websiteReport();
        String json = ScoringJson.write(report);
        assertThat(ScoringJson.read(json, ScoreReport.class)).isEqualTo(report);
        assertThat(ScoringJson.read(ScoringJson.writePretty(report), ScoreReport.class)).isEqualTo(report);
        assertThat(ScoringJson.write(ScoringJson.read(json, ScoreReport.class))).isEqualTo(json);
    }

    @Test
    void vetoedReportRoundTrips() {
        ScoreReport report = vetoedReport();
        assertThat(ScoringJson.read(ScoringJson.write(report), ScoreReport.class)).isEqualTo(report);
    }

    @Test
    void annualReportRoundTrips() {
        AnnualReport report = annualReport();
        String json = ScoringJson.write(report);
        assertThat(ScoringJson.read(json, AnnualReport.class)).isEqualTo(report);
        assertThat(json).startsWith("{\"type\":\"annualAssessment\",\"unit\":\"丰都县发展和改革委员会\",\"year\":2019,"
                + "\"verdict\":\"UNQUALIFIED\",\"reason\":\"ANNUAL_RULE\",\"rules\":[");
    }

    @Test
    void scoreReportHasTheTopLevelFieldsInOrder() throws IOException {
        String json = ScoringJson.write(websiteReport());
        JsonNode tree = new ObjectMapper().readTree(json);
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("type", "inspectionId", "subjectId", "subjectName", "unit", "monitoringDate",
                "verdict", "reason", "part2", "part3", "final", "display", "vetoes", "indicators", "groups",
                "part2Detail", "warnings", "ruleSet");
        assertThat(tree.get("verdict").asText()).isEqualTo("QUALIFIED");
        assertThat(tree.get("reason").isNull()).isTrue();
        assertThat(json).contains("\"part2\":92.30,\"part3\":19,\"final\":111.30,");
        assertThat(tree.get("monitoringDate").asText()).isEqualTo("2019-12-18");
    }

    @Test
    void vetoedReportWritesItsReasonAndNullScores() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(ScoringJson.write(vetoedReport()));
        assertThat(tree.get("verdict").asText()).isEqualTo("UNQUALIFIED");
        assertThat(tree.get("reason").asText()).isEqualTo("VETO");
        assertThat(tree.has("part2")).isTrue();
        assertThat(tree.get("part2").isNull()).isTrue();
        assertThat(tree.get("part3").isNull()).isTrue();
        assertThat(tree.get("final").isNull()).isTrue();
    }

    @Test
    void scoresKeepTheirScale() {
        String json = ScoringJson.write(websiteReport());
        ScoreReport back = ScoringJson.read(json, ScoreReport.class);
        assertThat(back.part2()).isEqualTo(new BigDecimal("92.30"));
        assertThat(back.part2().scale()).isEqualTo(2);
        assertThat(back.indicators().get(1).lines().get(0).amount()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void aReportWithAMissingVerdictIsRefused() {
        String json = ScoringJson.write(annualReport()).replace("\"verdict\":\"UNQUALIFIED\",", "");
        InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                () -> ScoringJson.read(json, AnnualReport.class));
        assertThat(e.problems()).containsExactly(new InputProblem("$.verdict", "missing required field"));
    }
}
