package org.govweb.scoring.report;

/**
 * Why an inspection is unqualified.
 */
public enum VerdictReason {
    /** a veto indicator holds (单项否决) */
    VETO,
    /** Part 2 is below the qualifying threshold (评分结果低于60分) */
    BELOW_60,
    /** an annual-assessment rule holds (年度考核) */
    ANNUAL_RULE
}
