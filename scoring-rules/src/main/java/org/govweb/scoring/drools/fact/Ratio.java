package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats ratios for reasons (display only; rules compare counts exactly). */
public final class Ratio {
    private Ratio() {
    }

    /**
     * @param part the part
     * @param whole the whole (positive)
     * @return part/whole as a percentage with 2 decimals, e.g. "4.96%"
     */
    public static String percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
