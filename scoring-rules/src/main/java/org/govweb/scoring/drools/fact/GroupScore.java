package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorStatus;

/**
 * Subtotal of one group, inserted by the grading rules.
 *
 * @param group the group's catalogue entry
 * @param status NOT_APPLICABLE, NOT_SCORED, HIT or CLEAN
 * @param counted deducted or awarded after each indicator's cap
 * @param score points minus deductions, or awarded; null when not scored or not applicable
 */
public record GroupScore(IndicatorInfo group, IndicatorStatus status, BigDecimal counted, BigDecimal score) {
    /** @return the group's ID */
    public String id() {
        return group.id();
    }
}
