package org.govweb.scoring.website;

/**
 * Kinds of serious incident that veto a website (VW1, 安全、泄密事故等严重问题).
 */
public enum WebsiteIncidentKind {
    /** 严重表述错误 serious misstatement */
    SERIOUS_MISSTATEMENT,
    /** 泄露国家秘密 state-secret leak */
    STATE_SECRET_LEAK,
    /** 发布或链接反动、暴力、色情等内容 reactionary, violent or pornographic content */
    HARMFUL_CONTENT,
    /** 安全攻击未及时有效处置造成严重安全事故 unhandled attack causing a serious incident */
    UNHANDLED_ATTACK,
    /** 弄虚作假(如伪造发稿日期) falsification, e.g. forged publication dates */
    FALSIFICATION,
    /** 网站(含公开信箱)建设管理不当引发严重负面舆情 serious negative public opinion */
    SERIOUS_NEGATIVE_OPINION
}
