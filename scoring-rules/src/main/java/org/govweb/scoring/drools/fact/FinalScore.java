package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;

/**
 * The final score (Part 2 + Part 3), as the grading rules computed it.
 *
 * @param value the final score
 */
public record FinalScore(BigDecimal value) {
}
