package org.govweb.scoring.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Aligns text in columns for a terminal: CJK and full-width characters count two columns (characters of
 * ambiguous width, such as the em dash, count one); numbers are rounded half-up to 2 decimals for display.
 * Shared by every text rendering of the library (score sheet, diff, rectification list, command line).
 */
public final class TextColumns {
    private TextColumns() {
    }

    /**
     * @param v a score
     * @return the value rounded half-up to 2 decimals, or — when null
     */
    public static String fmt(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * @param v a change of score
     * @return the value with its sign (+, − or none for zero), rounded to 2 decimals, or — when null
     */
    public static String signed(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP);
        int sign = r.signum();
        return sign > 0 ? "+" + r.toPlainString() : sign < 0 ? "−" + r.negate().toPlainString() : r.toPlainString();
    }

    /**
     * @param s text
     * @param width columns
     * @return the text right-aligned in the width (one space before it when it does not fit)
     */
    public static String left(String s, int width) {
        int w = width(s);
        return w >= width ? " " + s : " ".repeat(width - w) + s;
    }

    /**
     * @param s text
     * @param width columns
     * @return the text padded to the width, or cut with … when longer
     */
    public static String pad(String s, int width) {
        int w = width(s);
        if (w <= width) {
            return s + " ".repeat(width - w);
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (used + cw > width - 1) {
                break;
            }
            b.appendCodePoint(cp);
            used += cw;
            i += Character.charCount(cp);
        }
        return b + "…" + " ".repeat(Math.max(0, width - used - 1));
    }

    /**
     * @param c a character
     * @param n how many
     * @return a line of the character, ended by a newline
     */
    public static String rule(char c, int n) {
        return String.valueOf(c).repeat(n) + "\n";
    }

    /**
     * @param rows the cells of each row
     * @param gap spaces between two columns
     * @return the rows, each column padded to its widest cell, lines ended by {@code \n}, no trailing spaces
     */
    public static String align(List<List<String>> rows, int gap) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < row.size() - 1) {
                    line.append(" ".repeat(widths[c] - width(cell) + gap));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /**
     * @param s text
     * @return its width in terminal columns
     */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * @param text rendered text
     * @return the text with every control character but the line feed, and every bidirectional control,
     *     shown as an escape ({@code \u001B}), so that no value can drive a terminal
     */
    public static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
