package org.govweb.scoring.validation;

/**
 * Orders JSON paths as a reader expects: character by character, but runs of digits (list indices)
 * by their number, so {@code $.columns[2]} comes before {@code $.columns[10]}.
 */
final class JsonPathOrder {

    private JsonPathOrder() {
    }

    /**
     * @param a a path
     * @param b another path
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                // strip leading zeros, then compare by length, then digit by digit
                int si = i;
                while (si < ei - 1 && a.charAt(si) == '0') {
                    si++;
                }
                int sj = j;
                while (sj < ej - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                int la = ei - si;
                int lb = ej - sj;
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                for (int k = 0; k < la; k++) {
                    int d = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (d != 0) {
                        return d;
                    }
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
