package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Part 2 (the deduction part) as the grading rules computed it: {@code raw} out of {@code outOf}, to be
 * multiplied by {@code scaleNumerator / scaleDenominator}. Thresholds are compared exactly
 * ({@code raw × numerator} against {@code threshold × denominator}, Decision 2); the rules write the
 * thresholds.
 *
 * @param outOf the applicable points
 * @param deducted the capped deductions
 * @param raw outOf minus deducted
 * @param scaleNumerator numerator of the scaling factor
 * @param scaleDenominator denominator of the scaling factor
 */
public record Part2(BigDecimal outOf, BigDecimal deducted, BigDecimal raw, BigDecimal scaleNumerator,
        BigDecimal scaleDenominator) {

    /** Decimal places kept by {@link #scaled()}; enough that no threshold comparison could flip. */
    public static final int SCALE = 10;

    /**
     * @param threshold a threshold written in a rule, e.g. "60"
     * @return whether the scaled Part 2 is strictly below it, compared exactly
     */
    public boolean below(String threshold) {
        return raw.multiply(scaleNumerator).compareTo(new BigDecimal(threshold).multiply(scaleDenominator)) < 0;
    }

    /**
     * @param threshold a threshold written in a rule, e.g. "80"
     * @return whether the scaled Part 2 is strictly above it, compared exactly
     */
    public boolean above(String threshold) {
        return raw.multiply(scaleNumerator).compareTo(new BigDecimal(threshold).multiply(scaleDenominator)) > 0;
    }

    /** @return raw × numerator / denominator, to {@value #SCALE} decimals half-up, trailing zeros removed */
    public BigDecimal scaled() {
        BigDecimal v = raw.multiply(scaleNumerator).divide(scaleDenominator, SCALE, RoundingMode.HALF_UP);
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
