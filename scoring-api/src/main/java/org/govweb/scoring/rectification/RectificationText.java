package org.govweb.scoring.rectification;

import static org.govweb.scoring.render.TextColumns.fmt;
import static org.govweb.scoring.render.TextColumns.left;
import static org.govweb.scoring.render.TextColumns.pad;
import static org.govweb.scoring.render.TextColumns.rule;

import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.VerdictReason;

/**
 * Renders a {@link Rectification} as a plain-text section (Chinese and English) to print under a score
 * sheet: each item ranked, with the points fixing it regains, the indicator, the finding and its
 * evidence; a veto as "fix to become scorable"; a finding whose fix alone regains nothing because of its
 * indicator's cap says so. Numbers are shown rounded half-up to 2 decimals.
 */
public final class RectificationText {

    private static final int WIDTH = 78;
    private static final int RANK_WIDTH = 4;
    private static final int REGAIN_WIDTH = 12;
    private static final String INDENT = " ".repeat(RANK_WIDTH + REGAIN_WIDTH + 4);

    private RectificationText() {
    }

    /**
     * @param list a rectification list
     * @return it as a text section, lines ended by {@code \n}
     */
    public static String render(Rectification list) {
        StringBuilder out = new StringBuilder();
        out.append("整改清单  Rectification list\n").append(rule('-', WIDTH));
        if (list.items().isEmpty()) {
            out.append("  无需整改: 无单项否决, 无扣分 / nothing to fix: no veto holds and nothing is deducted\n");
            return out.toString();
        }
        if (list.vetoed()) {
            out.append("  先整改单项否决项: 消除前不评分, 以下扣分届时才计入\n");
            out.append("  fix the vetoes first: until they are fixed nothing is scored; the deductions below count "
                    + "once they are\n");
        } else {
            out.append("  按整改可挽回的分数排序(已考虑各指标封顶) / ranked by the points fixing each regains "
                    + "(caps respected)\n");
        }
        out.append(left("#", RANK_WIDTH)).append(left("挽回 regain", REGAIN_WIDTH)).append("    ")
                .append("指标 Indicator / 问题 Finding\n");
        out.append(rule('-', WIDTH));
        for (RectificationItem i : list.items()) {
            out.append(left(String.valueOf(i.rank()), RANK_WIDTH));
            if (i.kind() == RectificationKind.VETO) {
                out.append(left("否决 veto", REGAIN_WIDTH)).append("    ").append(i.indicator()).append(' ')
                        .append(i.nameZh()).append(" / ").append(i.nameEn()).append('\n');
                out.append(INDENT).append(i.reasonZh()).append('\n');
                out.append(INDENT).append(i.reasonEn()).append('\n');
                evidence(out, i);
                out.append(INDENT).append("→ 整改后方可评分 / fix to become scorable\n");
                continue;
            }
            out.append(left(fmt(i.regained()), REGAIN_WIDTH)).append("    ")
                    .append(pad(i.indicator() + " " + i.nameZh() + " " + i.nameEn(), 40))
                    .append(" −").append(i.amount().toPlainString());
            if (i.status() == IndicatorStatus.NOT_SCORED) {
                out.append("  [不计分 NOT_SCORED]");
            }
            out.append('\n');
            out.append(INDENT).append(i.reasonZh()).append(" / ").append(i.reasonEn()).append('\n');
            evidence(out, i);
            if (i.cappedAway()) {
                boolean scored = i.status() != IndicatorStatus.NOT_SCORED;
                out.append(INDENT).append("! 单独整改此项不挽回分数: 本项扣分已封顶(原始 ").append(fmt(i.raw()))
                        .append(scored ? ", 计入 " : ", 将计入 ").append(fmt(i.cappedTotal())).append("), 须整改超过 ")
                        .append(fmt(i.overCap())).append(" 分的问题才开始挽回\n");
                out.append(INDENT).append("  fixing this alone regains nothing: the indicator is capped (raw ")
                        .append(fmt(i.raw())).append(scored ? ", counted " : ", would count ").append(fmt(i.cappedTotal()))
                        .append("); fix findings worth more than ").append(fmt(i.overCap()))
                        .append(" before points come back\n");
            }
        }
        out.append(rule('-', WIDTH));
        if (!list.deductionItems().isEmpty()) {
            out.append("  整改全部扣分问题可挽回 ").append(fmt(list.totalRegainable())).append(" 分")
                    .append(list.vetoed() ? "(单项否决消除后)" : "").append(" / fixing every deduction finding regains ")
                    .append(fmt(list.totalRegainable())).append(" points")
                    .append(list.vetoed() ? " (once the vetoes are fixed)" : "").append('\n');
        }
        if (list.reason() == VerdictReason.BELOW_60) {
            out.append("  结论不合格(第二部分低于合格线) / unqualified: Part 2 is below the qualifying line\n");
        }
        return out.toString();
    }

    private static void evidence(StringBuilder out, RectificationItem i) {
        if (!i.evidenceIds().isEmpty()) {
            out.append(INDENT).append("evidence: ").append(String.join(", ", i.evidenceIds())).append('\n');
        }
    }
}
