package org.govweb.scoring.newmedia;

/**
 * Kinds of serious incident that veto a new-media account (VM1).
 */
public enum NewMediaIncidentKind {
    /** 严重表述错误 serious misstatement */
    SERIOUS_MISSTATEMENT,
    /** 泄露国家秘密 state-secret leak */
    STATE_SECRET_LEAK,
    /** 发布或链接反动、暴力、色情等内容 reactionary, violent or pornographic content */
    HARMFUL_CONTENT,
    /** 因发布内容不当引发严重负面舆情 serious negative public opinion */
    SERIOUS_NEGATIVE_OPINION
}
