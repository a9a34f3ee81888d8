package org.govweb.scoring.website;

/**
 * An inspector's judgement of a reply's quality.
 */
public enum ReplyQuality {
    /** acceptable, or no reply yet */
    OK,
    /** 答复内容质量不高,有推诿、敷衍等现象 passing the buck or perfunctory */
    PERFUNCTORY
}
