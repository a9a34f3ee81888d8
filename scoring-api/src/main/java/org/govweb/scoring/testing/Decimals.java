package org.govweb.scoring.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Compares an exact score with an expected one written to some number of decimals. */
final class Decimals {
    private Decimals() {
    }

    /**
     * @param expected e.g. "80.13"
     * @param actual e.g. 80.1333333333
     * @return whether actual, rounded half-up to expected's decimals, equals expected
     */
    static boolean matches(String expected, BigDecimal actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        BigDecimal e = new BigDecimal(expected);
        int scale = Math.max(e.scale(), 0);
        return actual.setScale(scale, RoundingMode.HALF_UP).compareTo(e) == 0;
    }

    static String show(BigDecimal v) {
        return v == null ? "null" : v.toPlainString();
    }
}
