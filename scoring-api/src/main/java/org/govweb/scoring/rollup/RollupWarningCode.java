package org.govweb.scoring.rollup;

/**
 * What a roll-up warning is about. None changes a verdict or a score; the Javadoc of each says
 * whether the report concerned is counted.
 */
public enum RollupWarningCode {
    /** a report's subject is not in the register: the report is not counted */
    UNREGISTERED_SUBJECT,
    /** a report's type (website / newMedia) differs from its subject's registered kind: not counted */
    KIND_MISMATCH,
    /** a subject has more than one report: the latest (monitoring date, then inspection id) is counted */
    DUPLICATE_REPORT,
    /** a counted report's monitoring date lies outside the roll-up's quarter: counted all the same */
    OUTSIDE_QUARTER,
    /** a counted report names another unit than the register: counted under the registered unit */
    UNIT_MISMATCH,
    /** a counted website report is unqualified with a reason other than VETO or BELOW_60 */
    UNEXPECTED_REASON,
    /** a counted website report that is not vetoed gives no score: it is counted but not averaged */
    MISSING_SCORE,
    /** an annual report's unit runs no registered website or account: listed all the same */
    ANNUAL_UNIT_NOT_REGISTERED,
    /** an annual report is for another year than the roll-up's quarter: listed all the same */
    ANNUAL_OTHER_YEAR,
    /** a unit has more than one annual report for the same year: all are listed */
    DUPLICATE_ANNUAL
}
