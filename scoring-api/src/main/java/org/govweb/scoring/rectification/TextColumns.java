package org.govweb.scoring.rectification;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Aligns text columns for a terminal as {@link org.govweb.scoring.render.TextReport} does: CJK and
 * full-width characters count two columns; numbers rounded half-up to 2 decimals for display.
 */
final class TextColumns {
    private TextColumns() {
    }

    /** @return the value rounded to 2 decimals, or — when null */
    static String fmt(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** @return the value with its sign (+, − or none for zero), rounded to 2 decimals, or — when null */
    static String signed(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP);
        int sign = r.signum();
        return sign > 0 ? "+" + r.toPlainString() : sign < 0 ? "−" + r.negate().toPlainString() : r.toPlainString();
    }

    /** @return the text right-aligned in the width (one space before when it does not fit) */
    static String left(String s, int width) {
        int w = width(s);
        return w >= width ? " " + s : " ".repeat(width - w) + s;
    }

    /** @return the text padded to the width, or cut with … when longer */
    static String pad(String s, int width) {
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

    /** @return a line of the character, ended by a newline */
    static String rule(char c, int n) {
        return String.valueOf(c).repeat(n) + "\n";
    }

    /** @return the text's width in terminal columns */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x2014 || cp == 0x201C
                || cp == 0x201D;
    }
}
