package org.govweb.scoring.render;

import java.math.BigDecimal;
import java.util.List;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.GroupSubtotal;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.Part2Analysis;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;

/**
 * Renders a report as a plain-text score sheet that reads like the checklist's table: group, indicator
 * (Chinese, English), points, deducted or awarded, score, and under each indicator its lines with
 * evidence ids; then Part 2 (with its scaling), Part 3, the final score and the verdict. Columns are
 * aligned for a terminal (CJK characters count two columns). Scores are shown rounded half-up to 2
 * decimals; the report's numbers are exact.
 */
public final class TextReport {

    private static final int NAME_WIDTH = 52;

    private TextReport() {
    }

    /**
     * @param report a website, new-media or annual report
     * @return the score sheet
     */
    public static String render(Report report) {
        if (report instanceof ScoreReport s) {
            return render(s);
        }
        if (report instanceof AnnualReport a) {
            return render(a);
        }
        throw new IllegalArgumentException("unknown report type: " + report.getClass().getName());
    }

    /**
     * @param r a website or new-media report
     * @return the score sheet
     */
    public static String render(ScoreReport r) {
        StringBuilder out = new StringBuilder();
        boolean website = "website".equals(r.type());
        out.append(website ? "政府网站检查评分表  Website inspection score sheet\n"
                : "政务新媒体检查结果  New-media account inspection\n");
        out.append(rule('='));
        out.append(website ? "站点 Site:        " : "账号 Account:     ").append(nz(r.subjectName())).append(" (")
                .append(r.subjectId()).append(")\n");
        out.append("主办单位 Unit:    ").append(nz(r.unit())).append('\n');
        out.append("检查 Inspection:  ").append(r.inspectionId()).append('\n');
        out.append("监测时间点 Date:  ").append(r.monitoringDate()).append('\n');
        out.append("规则集 Rules:     ").append(r.ruleSet().name()).append(" v").append(r.ruleSet().version())
                .append(" sha256:").append(r.ruleSet().sha256(), 0, 12).append('\n');
        out.append(rule('='));
        out.append(verdictLine(r.verdict(), r.reason() == null ? null : r.reason().name())).append('\n');
        if (r.display() != null) {
            out.append("第二部分 Part 2: ").append(nz(r.display().part2()))
                    .append("   第三部分 Part 3: ").append(r.display().part3() == null ? "—" : r.display().part3())
                    .append("   最后得分 Final: ").append(nz(r.display().finalScore())).append('\n');
        }
        out.append('\n');
        out.append("一、单项否决 Veto indicators\n");
        if (r.vetoes().isEmpty()) {
            out.append("  无 none holds\n");
        }
        for (VetoAnalysis v : r.vetoes()) {
            out.append("  ✗ ").append(v.indicator()).append(' ').append(v.nameZh()).append(" / ").append(v.nameEn())
                    .append('\n');
            out.append("      ").append(v.conditionZh()).append('\n');
            out.append("      ").append(v.conditionEn()).append('\n');
            if (!v.evidenceIds().isEmpty()) {
                out.append("      evidence: ").append(String.join(", ", v.evidenceIds())).append('\n');
            }
        }
        if (website && !r.indicators().isEmpty()) {
            out.append('\n');
            section(out, r, IndicatorKind.DEDUCTION, "二、扣分指标 Deduction indicators", "扣分 ded.");
            Part2Analysis p2 = r.part2Detail();
            if (p2 != null) {
                out.append("  第二部分 Part 2 = ").append(fmt(p2.outOf())).append(" − ").append(fmt(p2.deducted()))
                        .append(" = ").append(fmt(p2.raw()));
                if (p2.scaleNumerator().compareTo(p2.scaleDenominator()) != 0) {
                    out.append("  (满分").append(fmt(p2.outOf())).append(" out of ").append(fmt(p2.outOf())).append(", × ")
                            .append(p2.scaleNumerator().toPlainString()).append('/')
                            .append(p2.scaleDenominator().toPlainString()).append(" = ").append(fmt(p2.scaled()))
                            .append(')');
                }
                out.append('\n');
            } else {
                out.append("  第二部分 Part 2: 不评分 not scored (veto)\n");
            }
            out.append('\n');
            section(out, r, IndicatorKind.BONUS, "三、加分指标 Bonus indicators", "加分 award");
            if (r.part3() != null) {
                out.append("  第三部分 Part 3 = ").append(fmt(r.part3())).append('\n');
            } else {
                out.append("  第三部分 Part 3: 不评分 not scored (Part 2 not above 80, or a veto)\n");
            }
        }
        if (!r.warnings().isEmpty()) {
            out.append('\n').append("提示 Warnings\n");
            for (Warning w : r.warnings()) {
                out.append("  ! [").append(w.code()).append("] ").append(w.messageZh()).append('\n');
                out.append("      ").append(w.messageEn()).append('\n');
            }
        }
        out.append('\n').append(rule('='));
        out.append(verdictLine(r.verdict(), r.reason() == null ? null : r.reason().name()));
        if (r.display() != null) {
            out.append("   最后得分 Final: ").append(nz(r.display().finalScore()));
        }
        out.append('\n');
        if (r.display() != null) {
            out.append(r.display().note()).append('\n');
        }
        return TextColumns.escapeControls(out.toString());
    }

    /**
     * @param r an annual report
     * @return the assessment as text
     */
    public static String render(AnnualReport r) {
        StringBuilder out = new StringBuilder();
        out.append("年度考核  Annual assessment\n").append(rule('='));
        out.append("单位 Unit:  ").append(r.unit()).append('\n');
        out.append("年度 Year:  ").append(r.year()).append('\n');
        out.append("规则集 Rules: ").append(r.ruleSet().name()).append(" v").append(r.ruleSet().version())
                .append(" sha256:").append(r.ruleSet().sha256(), 0, 12).append('\n');
        out.append(rule('='));
        if (r.rules().isEmpty()) {
            out.append("  无不合格情形 no rule holds\n");
        }
        for (VetoAnalysis v : r.rules()) {
            out.append("  ✗ ").append(v.indicator()).append(' ').append(v.nameZh()).append(" / ").append(v.nameEn())
                    .append('\n');
            out.append("      ").append(v.conditionZh()).append('\n');
            out.append("      ").append(v.conditionEn()).append('\n');
            if (!v.evidenceIds().isEmpty()) {
                out.append("      evidence: ").append(String.join(", ", v.evidenceIds())).append('\n');
            }
        }
        out.append(rule('=')).append(verdictLine(r.verdict(), r.reason() == null ? null : r.reason().name()))
                .append('\n');
        return TextColumns.escapeControls(out.toString());
    }

    private static void section(StringBuilder out, ScoreReport r, IndicatorKind kind, String title, String amountHeader) {
        out.append(title).append('\n');
        out.append("  ").append(pad("指标 Indicator", NAME_WIDTH)).append(left("分值 pts", 9))
                .append(left(amountHeader, 11)).append(left("得分 score", 11)).append("  状态 status\n");
        out.append("  ").append(rule('-', NAME_WIDTH + 31 + 16));
        for (GroupSubtotal g : r.groups()) {
            if (g.kind() != kind) {
                continue;
            }
            out.append("  ").append(pad(g.group() + " " + g.nameZh() + " " + g.nameEn(), NAME_WIDTH))
                    .append(left(fmt(g.points()), 9)).append(left(amount(g.status(), g.counted()), 11))
                    .append(left(g.score() == null ? "—" : fmt(g.score()), 11)).append("  ").append(g.status())
                    .append('\n');
            List<IndicatorAnalysis> inds = r.indicators().stream().filter(i -> i.group().equals(g.group())).toList();
            for (IndicatorAnalysis i : inds) {
                out.append("    ").append(pad(i.indicator() + " " + i.nameZh() + " " + i.nameEn(), NAME_WIDTH - 2))
                        .append(left(fmt(i.points()), 9)).append(left(amount(i.status(), i.counted()), 11))
                        .append(left(i.score() == null ? "—" : fmt(i.score()), 11)).append("  ").append(i.status());
                if (i.capped()) {
                    out.append(" (封顶 capped: ").append(fmt(i.raw())).append(" → ").append(fmt(i.counted())).append(')');
                }
                out.append('\n');
                for (LineAnalysis l : i.lines()) {
                    out.append("        ").append(kind == IndicatorKind.DEDUCTION ? "−" : "+")
                            .append(l.amount().toPlainString()).append("  ").append(l.reasonZh()).append(" / ")
                            .append(l.reasonEn());
                    if (!l.evidenceIds().isEmpty()) {
                        out.append("  [").append(String.join(", ", l.evidenceIds())).append(']');
                    }
                    out.append('\n');
                }
                if (!i.sampledIds().isEmpty()) {
                    out.append("        抽查 sampled: ").append(String.join(", ", i.sampledIds())).append('\n');
                }
            }
        }
    }

    private static String amount(IndicatorStatus status, BigDecimal counted) {
        if (status == IndicatorStatus.NOT_APPLICABLE || status == IndicatorStatus.NOT_SCORED) {
            return "—";
        }
        return fmt(counted);
    }

    private static String verdictLine(Verdict verdict, String reason) {
        String zh = verdict == Verdict.QUALIFIED ? "合格" : "不合格";
        return "结论 Verdict: " + zh + " " + verdict + (reason == null ? "" : " (" + reason + ")");
    }

    private static String rule(char c) {
        return TextColumns.rule(c, 78);
    }

    private static String rule(char c, int n) {
        return TextColumns.rule(c, n);
    }

    private static String fmt(BigDecimal v) {
        return TextColumns.fmt(v);
    }

    private static String left(String s, int width) {
        return TextColumns.left(s, width);
    }

    private static String pad(String s, int width) {
        return TextColumns.pad(s, width);
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

}
