package org.govweb.scoring.newmedia;

/**
 * Platforms a government new-media account lives on.
 */
public enum Platform {
    /** 微博 Weibo */
    WEIBO,
    /** 微信 WeChat */
    WECHAT,
    /** 移动客户端 the unit's own app */
    APP,
    /** 抖音 Douyin */
    DOUYIN,
    /** 今日头条 Toutiao */
    TOUTIAO,
    /** any other platform */
    OTHER
}
