package org.govweb.scoring.diff;

import static org.govweb.scoring.render.TextColumns.fmt;
import static org.govweb.scoring.render.TextColumns.left;
import static org.govweb.scoring.render.TextColumns.pad;
import static org.govweb.scoring.render.TextColumns.rule;
import static org.govweb.scoring.render.TextColumns.signed;

import java.util.List;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;

/**
 * Renders a {@link ReportDiff} as aligned plain text (Chinese and English): the two inspections, the
 * verdict and scores before and after, the veto sub-conditions removed, added and remaining, and each
 * indicator whose counted deduction or award or status changed. Columns are aligned for a terminal
 * (CJK characters count two columns); numbers are shown rounded half-up to 2 decimals, the diff's are
 * exact.
 */
public final class DiffText {

    private static final int WIDTH = 78;
    private static final int NAME_WIDTH = 44;
    private static final int NUMBER_WIDTH = 11;

    private DiffText() {
    }

    /**
     * @param diff a comparison of two reports
     * @return it as text, lines ended by {@code \n}
     */
    public static String render(ReportDiff diff) {
        StringBuilder out = new StringBuilder();
        boolean website = "website".equals(diff.type());
        out.append("复查对比  Re-inspection comparison\n").append(rule('=', WIDTH));
        out.append(website ? "站点 Site:        " : "账号 Account:     ")
                .append(diff.subjectName() == null ? "—" : diff.subjectName()).append(" (").append(diff.subjectId())
                .append(")\n");
        out.append("之前 Before:      ").append(diff.before().inspectionId()).append("  ")
                .append(diff.before().monitoringDate()).append('\n');
        out.append("之后 After:       ").append(diff.after().inspectionId()).append("  ")
                .append(diff.after().monitoringDate()).append('\n');
        if (diff.sameRuleSet()) {
            out.append("规则集 Rules:     ").append(ruleSet(diff.after().ruleSet())).append(" (同一规则集 same rules)\n");
        } else {
            out.append("规则集 Rules:     ").append(ruleSet(diff.before().ruleSet())).append(" → ")
                    .append(ruleSet(diff.after().ruleSet())).append('\n');
            out.append("  ! 两次使用的规则集不同,部分变化可能来自规则 / the rule files differ: a change may come from "
                    + "the rules, not the site\n");
        }
        out.append(rule('=', WIDTH));

        VerdictChange v = diff.verdict();
        out.append("结论 Verdict:     ").append(verdict(v.was(), v.wasReason())).append("  →  ")
                .append(verdict(v.now(), v.nowReason()))
                .append(v.changed() ? "" : "  (未变 unchanged)").append('\n');
        out.append(pad("", 18)).append(left("之前 was", NUMBER_WIDTH)).append(left("之后 now", NUMBER_WIDTH))
                .append(left("变化 change", NUMBER_WIDTH + 2)).append('\n');
        score(out, "第二部分 Part 2", diff.part2());
        score(out, "第三部分 Part 3", diff.part3());
        score(out, "最后得分 Final", diff.finalScore());

        out.append('\n').append("一、单项否决 Veto indicators\n");
        if (diff.vetoesAdded().isEmpty() && diff.vetoesRemoved().isEmpty() && diff.vetoesRemaining().isEmpty()) {
            out.append("  前后均无 none holds, before or after\n");
        } else {
            vetoes(out, "已消除 removed", "−", diff.vetoesRemoved());
            vetoes(out, "新增 added", "+", diff.vetoesAdded());
            vetoes(out, "仍存在 remaining", "=", diff.vetoesRemaining());
        }

        if (!diff.indicators().isEmpty()) {
            out.append('\n');
            indicators(out, diff, IndicatorKind.DEDUCTION, "二、扣分指标变化 Deduction indicators changed",
                    "计入扣分 counted deduction");
            out.append('\n');
            indicators(out, diff, IndicatorKind.BONUS, "三、加分指标变化 Bonus indicators changed",
                    "计入加分 counted award");
        }
        out.append(rule('=', WIDTH));
        out.append("分数保留两位小数(四舍五入)显示 / scores shown rounded half-up to 2 decimals\n");
        return out.toString();
    }

    private static void score(StringBuilder out, String label, ScoreChange s) {
        out.append(pad(label, 18)).append(left(fmt(s.was()), NUMBER_WIDTH)).append(left(fmt(s.now()), NUMBER_WIDTH))
                .append(left(signed(s.change()), NUMBER_WIDTH + 2)).append('\n');
    }

    private static void vetoes(StringBuilder out, String title, String mark, List<VetoAnalysis> vetoes) {
        out.append("  ").append(title).append(':');
        if (vetoes.isEmpty()) {
            out.append(" 无 none\n");
            return;
        }
        out.append('\n');
        for (VetoAnalysis v : vetoes) {
            out.append("    ").append(mark).append(' ').append(v.indicator()).append(' ').append(v.nameZh()).append(" / ")
                    .append(v.nameEn()).append('\n');
            out.append("        ").append(v.conditionZh()).append('\n');
            out.append("        ").append(v.conditionEn()).append('\n');
            if (!v.evidenceIds().isEmpty()) {
                out.append("        evidence: ").append(String.join(", ", v.evidenceIds())).append('\n');
            }
        }
    }

    private static void indicators(StringBuilder out, ReportDiff diff, IndicatorKind kind, String title, String amount) {
        List<IndicatorChange> all = diff.indicators().stream().filter(i -> i.kind() == kind).toList();
        List<IndicatorChange> changed = all.stream().filter(IndicatorChange::changed).toList();
        out.append(title).append("  (").append(changed.size()).append(" 项变化 changed, ")
                .append(all.size() - changed.size()).append(" 项未变 unchanged)\n");
        if (changed.isEmpty()) {
            return;
        }
        out.append("  ").append(pad("指标 Indicator (" + amount + ")", NAME_WIDTH)).append(left("之前 was", NUMBER_WIDTH))
                .append(left("之后 now", NUMBER_WIDTH)).append(left("变化 change", NUMBER_WIDTH + 2))
                .append("  状态 status\n");
        out.append("  ").append(rule('-', WIDTH - 2));
        for (IndicatorChange i : changed) {
            out.append("  ").append(pad(i.indicator() + " " + i.nameZh() + " " + i.nameEn(), NAME_WIDTH))
                    .append(left(fmt(i.counted().was()), NUMBER_WIDTH)).append(left(fmt(i.counted().now()), NUMBER_WIDTH))
                    .append(left(signed(i.counted().change()), NUMBER_WIDTH + 2)).append("  ")
                    .append(status(i)).append('\n');
        }
    }

    private static String status(IndicatorChange i) {
        String was = i.wasStatus() == null ? "—" : i.wasStatus().name();
        String now = i.nowStatus() == null ? "—" : i.nowStatus().name();
        return was.equals(now) ? now : was + " → " + now;
    }

    private static String verdict(Verdict verdict, VerdictReason reason) {
        String zh = verdict == Verdict.QUALIFIED ? "合格" : "不合格";
        return zh + " " + verdict + (reason == null ? "" : " (" + reason + ")");
    }

    private static String ruleSet(RuleSetIdentity r) {
        String sha = r.sha256().length() > 12 ? r.sha256().substring(0, 12) : r.sha256();
        return r.name() + " v" + r.version() + " sha256:" + sha;
    }
}
