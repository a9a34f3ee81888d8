package org.govweb.scoring.report;

/**
 * Kinds of catalogue entry.
 */
public enum IndicatorKind {
    /** 单项否决 veto indicator */
    VETO,
    /** 扣分指标 deduction indicator */
    DEDUCTION,
    /** 加分指标 bonus indicator */
    BONUS,
    /** 年度考核 annual-assessment rule */
    ANNUAL,
    /** 评分流程 the procedure: shared evidence, grading, advisories */
    PROCEDURE
}
