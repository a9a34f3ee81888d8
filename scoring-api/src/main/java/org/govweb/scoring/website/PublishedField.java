package org.govweb.scoring.website;

/**
 * What a published message shows (D3.3).
 */
public enum PublishedField {
    /** 留言时间 message time */
    SUBMITTED_ON,
    /** 答复时间 reply time */
    REPLIED_ON,
    /** 答复单位 replying unit */
    REPLY_UNIT,
    /** 答复内容 reply content */
    REPLY_CONTENT
}
