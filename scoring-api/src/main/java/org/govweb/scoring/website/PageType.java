package org.govweb.scoring.website;

/**
 * Kinds of page checked for meta tags (D4.8).
 */
public enum PageType {
    /** 内容页面 content page */
    CONTENT,
    /** 栏目页面 column page */
    COLUMN
}
