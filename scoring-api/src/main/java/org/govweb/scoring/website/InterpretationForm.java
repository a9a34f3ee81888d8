package org.govweb.scoring.website;

/**
 * Forms an interpretation (解读) is given in.
 */
public enum InterpretationForm {
    /** 文字 text */
    TEXT,
    /** 新闻发布会 press conference */
    PRESS_CONFERENCE,
    /** 图表图解 charts */
    CHART,
    /** 音视频 audio or video */
    AUDIO_VIDEO,
    /** 动漫 animation */
    ANIMATION
}
