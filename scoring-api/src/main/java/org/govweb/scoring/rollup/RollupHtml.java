package org.govweb.scoring.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.govweb.scoring.report.VerdictReason;

/**
 * Renders a {@link CountyRollup} as one self-contained HTML page: the tables of {@link RollupText},
 * styled by an inline style sheet, and an inline SVG bar chart with one bar per checked website (its
 * score; a vetoed website has a bar of height 0 marked 否决) and a line at each band boundary (by
 * default 60, 80 and 100).
 *
 * <p>The page loads nothing (no link, script, image or font of any address) and runs no script. It
 * is well-formed XML as well as HTML (XHTML-compatible markup: every element closed, every attribute
 * quoted, only XML's predefined entities), so it can be checked with an XML parser. Every text from
 * the input — unit, site and account names, ids — is escaped ({@code & < > " '}); characters XML does
 * not allow are replaced by U+FFFD.
 */
public final class RollupHtml {

    // chart geometry, in pixels
    private static final int SLOT = 40;
    private static final int BAR = 26;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 24;
    private static final int PLOT = 260;
    private static final int BOTTOM = 100;
    private static final BigDecimal STEP = BigDecimal.TEN;

    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
            p.subtitle { color: #555; margin-top: 0; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            td.num, th.num { text-align: right; }
            tr.total td { font-weight: bold; background: #fafafa; }
            p.empty { color: #666; }
            svg { border: 1px solid #ddd; background: #fff; }
            svg .axis { stroke: #333; stroke-width: 1; }
            svg .boundary { stroke: #c0504d; stroke-width: 1; stroke-dasharray: 4 3; }
            svg .boundary-label { fill: #c0504d; font-size: 11px; }
            svg .tick { fill: #333; font-size: 11px; }
            svg rect.bar { fill: #4f81bd; }
            svg rect.bar[data-verdict="UNQUALIFIED"] { fill: #c0504d; }
            svg .value { font-size: 10px; fill: #333; }
            svg .veto-mark { font-size: 11px; fill: #c0504d; font-weight: bold; }
            svg .site-label { font-size: 11px; fill: #333; }
            """;

    private RollupHtml() {
    }

    /**
     * @param rollup the roll-up
     * @return the page, UTF-8 text, lines ended by {@code \n}
     */
    public static String render(CountyRollup rollup) {
        StringBuilder out = new StringBuilder();
        String title = RollupTables.title(rollup);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(esc(title)).append("</h1>\n");
        out.append("<p class=\"subtitle\">").append(esc(RollupTables.subtitle(rollup))).append("</p>\n<ul>\n");
        for (String note : RollupTables.notes(rollup)) {
            out.append("<li>").append(esc(note)).append("</li>\n");
        }
        out.append("</ul>\n");
        List<RollupTables.Table> tables = RollupTables.tables(rollup);
        for (int i = 0; i < tables.size(); i++) {
            table(out, tables.get(i));
            if (i == 1) {
                chart(out, rollup);
            }
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, RollupTables.Table t) {
        out.append("<h2 id=\"").append(esc(t.id())).append("\">").append(esc(t.title())).append("</h2>\n");
        if (t.rows().isEmpty()) {
            out.append("<p class=\"empty\">").append(esc(t.emptyNote())).append("</p>\n");
            return;
        }
        out.append("<table>\n<thead>\n<tr>");
        for (int c = 0; c < t.header().size(); c++) {
            out.append(t.numeric(c) ? "<th class=\"num\">" : "<th>").append(esc(t.header().get(c))).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            out.append(r == t.totalRow() ? "<tr class=\"total\">" : "<tr>");
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                out.append(t.numeric(c) ? "<td class=\"num\">" : "<td>").append(esc(row.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    // ------------------------------------------------------------------ chart

    private static void chart(StringBuilder out, CountyRollup rollup) {
        List<SubjectResult> sites = rollup.checkedWebsites();
        out.append("<h2 id=\"chart\">").append(esc("网站得分图 Scores of the checked websites")).append("</h2>\n");
        if (sites.isEmpty()) {
            out.append("<p class=\"empty\">").append(esc("本季度没有已检查的网站 no website checked this quarter"))
                    .append("</p>\n");
            return;
        }
        BigDecimal top = BigDecimal.ZERO;
        for (BandBoundary b : rollup.options().scoreBands()) {
            top = top.max(b.value());
        }
        for (SubjectResult s : sites) {
            if (s.score() != null) {
                top = top.max(s.score());
            }
        }
        top = top.divide(STEP, 0, RoundingMode.CEILING).multiply(STEP);
        if (top.signum() <= 0) {
            top = STEP;
        }
        int width = LEFT + SLOT * sites.size() + RIGHT;
        int height = TOP + PLOT + BOTTOM;
        int baseline = TOP + PLOT;
        int right = LEFT + SLOT * sites.size();
        out.append("<svg width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc("每个已检查网站的得分 score of each checked website")).append("\">\n");
        // axes
        out.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(LEFT).append("\" y2=\"").append(baseline).append("\"/>\n");
        out.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"")
                .append(right).append("\" y2=\"").append(baseline).append("\"/>\n");
        tick(out, BigDecimal.ZERO, baseline);
        tick(out, top, TOP);
        // one bar per checked website
        for (int i = 0; i < sites.size(); i++) {
            SubjectResult s = sites.get(i);
            int x = LEFT + SLOT * i + (SLOT - BAR) / 2;
            int centre = x + BAR / 2;
            boolean vetoed = s.reason() == VerdictReason.VETO;
            BigDecimal score = s.score() == null || s.score().signum() < 0 ? BigDecimal.ZERO : s.score();
            String y = vetoed ? Integer.toString(baseline) : y(score, top);
            String h = vetoed ? "0" : px(score.multiply(BigDecimal.valueOf(PLOT)).divide(top, 2, RoundingMode.HALF_UP));
            String shown = vetoed ? "否决 VETO" : s.scoreDisplay() == null ? RollupTables.NONE : s.scoreDisplay();
            out.append("<rect class=\"bar\" data-id=\"").append(esc(s.id())).append("\" data-verdict=\"")
                    .append(s.verdict() == null ? "" : s.verdict().name()).append("\" data-reason=\"")
                    .append(s.reason() == null ? "" : s.reason().name()).append("\" x=\"").append(x).append("\" y=\"")
                    .append(y).append("\" width=\"").append(BAR).append("\" height=\"").append(h).append("\"><title>")
                    .append(esc(s.unit() + " · " + s.name() + " (" + s.id() + "): " + shown)).append("</title></rect>\n");
            if (vetoed) {
                out.append("<text class=\"veto-mark\" x=\"").append(centre).append("\" y=\"").append(baseline - 4)
                        .append("\" text-anchor=\"middle\">否决</text>\n");
            } else if (s.scoreDisplay() != null) {
                out.append("<text class=\"value\" x=\"").append(centre).append("\" y=\"")
                        .append(px(new BigDecimal(y).subtract(BigDecimal.valueOf(4)))).append("\" text-anchor=\"middle\">")
                        .append(esc(s.scoreDisplay())).append("</text>\n");
            }
            int ly = baseline + 12;
            out.append("<text class=\"site-label\" x=\"").append(centre).append("\" y=\"").append(ly)
                    .append("\" text-anchor=\"end\" transform=\"rotate(-60 ").append(centre).append(' ').append(ly)
                    .append(")\">").append(esc(s.id())).append("</text>\n");
        }
        // one line per band boundary within the scale, over the bars
        for (BandBoundary b : rollup.options().scoreBands()) {
            if (b.value().signum() > 0 && b.value().compareTo(top) <= 0) {
                String y = y(b.value(), top);
                String label = plain(b.value());
                out.append("<line class=\"boundary\" data-value=\"").append(esc(label)).append("\" x1=\"").append(LEFT)
                        .append("\" y1=\"").append(y).append("\" x2=\"").append(right).append("\" y2=\"").append(y)
                        .append("\"/>\n");
                out.append("<text class=\"boundary-label\" x=\"").append(LEFT - 4).append("\" y=\"").append(y)
                        .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(esc(label))
                        .append("</text>\n");
            }
        }
        out.append("</svg>\n");
        out.append("<p class=\"empty\">").append(esc("蓝色:合格;红色:不合格;“否决”:单项否决,无得分。虚线:分数段分界。"
                + " Blue: qualified; red: unqualified; 否决: vetoed, no score. Dashed lines: band boundaries."))
                .append("</p>\n");
    }

    private static void tick(StringBuilder out, BigDecimal value, int y) {
        out.append("<text class=\"tick\" x=\"").append(LEFT - 4).append("\" y=\"").append(y)
                .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(esc(plain(value)))
                .append("</text>\n");
    }

    /** @return the y coordinate of a score on a scale from 0 to {@code top} */
    private static String y(BigDecimal score, BigDecimal top) {
        BigDecimal h = score.multiply(BigDecimal.valueOf(PLOT)).divide(top, 2, RoundingMode.HALF_UP);
        return px(BigDecimal.valueOf(TOP + PLOT).subtract(h));
    }

    private static String px(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * Escapes text for XHTML element content and attribute values.
     *
     * @param s the text
     * @return it with {@code & < > " '} as character references, and characters XML does not allow
     *     (controls other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
