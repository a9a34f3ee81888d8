package org.govweb.scoring.cli;

import java.util.List;

/**
 * Aligns text in columns for a terminal, where CJK and full-width characters take two columns
 * (characters of ambiguous width, such as the em dash, are counted as one; tables avoid them).
 */
final class Columns {
    private Columns() {
    }

    /**
     * @param rows the cells of each row; every row has the same number of cells
     * @param gap spaces between two columns
     * @return the rows, each column padded to its widest cell, lines ended by {@code \n}, no
     *     trailing spaces
     */
    static String align(List<List<String>> rows, int gap) {
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
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
