package org.govweb.scoring.drools.fact;

import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;

/**
 * The verdict the grading rules reached.
 *
 * @param verdict QUALIFIED or UNQUALIFIED
 * @param reason why unqualified; null when qualified
 */
public record Grade(Verdict verdict, VerdictReason reason) {
}
