package org.govweb.scoring.report;

/**
 * The outcome of an inspection.
 */
public enum Verdict {
    /** 合格 qualified */
    QUALIFIED,
    /** 不合格 unqualified */
    UNQUALIFIED
}
