package org.govweb.scoring.website;

/**
 * The 10 key elements of a service guide (办事指南重点要素).
 */
public enum GuideElement {
    /** 事项名称 name */
    NAME,
    /** 设定依据 legal basis */
    LEGAL_BASIS,
    /** 申请条件 conditions */
    CONDITIONS,
    /** 办理材料 materials */
    MATERIALS,
    /** 办理地点 location */
    LOCATION,
    /** 办理机构 agency */
    AGENCY,
    /** 收费标准 fees */
    FEES,
    /** 办理时间 hours */
    HOURS,
    /** 联系电话 phone */
    PHONE,
    /** 办理流程 process */
    PROCESS
}
