package org.govweb.scoring.website;

/**
 * Elements the footer of every page must show (D4.2).
 */
public enum FooterElement {
    /** 党政机关网站标识 party/government site mark */
    PARTY_GOV_MARK,
    /** 网站标识码 site code */
    SITE_CODE,
    /** ICP备案编号 ICP number */
    ICP_NUMBER,
    /** 公安机关备案标识 police filing mark */
    PSB_FILING,
    /** 网站主办单位 sponsor */
    SPONSOR,
    /** 联系方式 contact */
    CONTACT
}
