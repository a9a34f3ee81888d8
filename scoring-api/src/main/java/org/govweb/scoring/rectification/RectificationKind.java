package org.govweb.scoring.rectification;

/**
 * What an item of a rectification list asks to fix.
 */
public enum RectificationKind {
    /** a veto sub-condition that holds: fix it for the site or account to be scored at all */
    VETO,
    /** one deduction line (one finding): fix it to regain points */
    DEDUCTION
}
