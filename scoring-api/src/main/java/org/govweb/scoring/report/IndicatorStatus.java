package org.govweb.scoring.report;

/**
 * How one indicator came out.
 */
public enum IndicatorStatus {
    /** at least one deduction or award line */
    HIT,
    /** checked, nothing found */
    CLEAN,
    /** not checked for this unit (no public-service function) */
    NOT_APPLICABLE,
    /** not scored: a veto holds, or Part 2 did not enter the bonus stage */
    NOT_SCORED
}
