package org.govweb.scoring.newmedia;

/**
 * Kinds of falsification on a new-media account (VM3).
 */
public enum FalsificationKind {
    /** 购买粉丝 bought followers */
    BOUGHT_FOLLOWERS,
    /** 强制点赞 forced likes */
    FORCED_LIKES,
    /** other falsification */
    OTHER
}
