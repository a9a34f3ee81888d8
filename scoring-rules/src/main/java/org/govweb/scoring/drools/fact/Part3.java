package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;

/**
 * Part 3, the bonus part, as the grading rules computed it.
 *
 * @param value the capped awards
 */
public record Part3(BigDecimal value) {
}
