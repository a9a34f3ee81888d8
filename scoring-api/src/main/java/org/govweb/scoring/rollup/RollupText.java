package org.govweb.scoring.rollup;

import java.util.List;

/**
 * Renders a {@link CountyRollup} as Markdown: a title, the parameters, then one table per section
 * (websites per unit, score distribution, new-media spot checks, unchecked websites, each website's
 * result, each account, annual assessments, warnings). It reads as plain text too.
 *
 * <p>Text is written as it is (no HTML entities). Only what would break a table is changed: a
 * {@code |} in a cell is written {@code \|} (Markdown's escape, shown as {@code |}), and line breaks and
 * other control characters become spaces.
 */
public final class RollupText {

    private RollupText() {
    }

    /**
     * @param rollup the roll-up
     * @return its Markdown, lines ended by {@code \n}
     */
    public static String render(CountyRollup rollup) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(line(RollupTables.title(rollup))).append("\n\n");
        out.append(line(RollupTables.subtitle(rollup))).append("\n\n");
        for (String note : RollupTables.notes(rollup)) {
            out.append("- ").append(line(note)).append('\n');
        }
        for (RollupTables.Table t : RollupTables.tables(rollup)) {
            out.append("\n## ").append(line(t.title())).append("\n\n");
            if (t.rows().isEmpty()) {
                out.append(line(t.emptyNote())).append('\n');
                continue;
            }
            row(out, t.header(), false);
            out.append('|');
            for (int i = 0; i < t.header().size(); i++) {
                out.append(t.numeric(i) ? "---:|" : "---|");
            }
            out.append('\n');
            for (int i = 0; i < t.rows().size(); i++) {
                row(out, t.rows().get(i), i == t.totalRow());
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells, boolean strong) {
        out.append('|');
        for (String c : cells) {
            String cell = cell(c);
            out.append(' ').append(strong && !cell.isEmpty() ? "**" + cell + "**" : cell).append(" |");
        }
        out.append('\n');
    }

    /** @return the text on one line: control characters (line breaks included) become spaces */
    static String line(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                b.append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** @return the text as a table cell: on one line, {@code |} escaped */
    static String cell(String s) {
        return line(s).replace("|", "\\|");
    }
}
