package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorStatus;

/**
 * One deduction or bonus indicator after its cap, inserted by the grading rules.
 *
 * @param indicator the catalogue entry
 * @param status HIT, CLEAN, NOT_APPLICABLE or NOT_SCORED
 * @param raw the sum of its lines
 * @param counted what counts after the cap (zero when not scored or not applicable)
 * @param score points minus deductions, or points awarded; null when not scored or not applicable
 */
public record IndicatorScore(IndicatorInfo indicator, IndicatorStatus status, BigDecimal raw, BigDecimal counted,
        BigDecimal score) {

    /** @return the indicator's ID */
    public String id() {
        return indicator.id();
    }

    /** @return the indicator's group ID */
    public String group() {
        return indicator.group();
    }

    /** @return whether the cap cut the raw total */
    public boolean capped() {
        return raw.compareTo(counted) > 0 && status != IndicatorStatus.NOT_SCORED
                && status != IndicatorStatus.NOT_APPLICABLE;
    }
}
