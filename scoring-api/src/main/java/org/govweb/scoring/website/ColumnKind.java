package org.govweb.scoring.website;

/**
 * What a column (栏目) is for; the kind decides which indicators look at it.
 */
public enum ColumnKind {
    /** 概况信息 overview */
    OVERVIEW,
    /** 机构职能 organisation and functions */
    ORG_FUNCTIONS,
    /** 领导信息 leaders */
    LEADERS,
    /** 动态、要闻 news and updates */
    NEWS,
    /** 通知公告 notices */
    NOTICES,
    /** 政策文件 policy documents */
    POLICY_DOCS,
    /** 政策解读 policy interpretation */
    POLICY_INTERPRETATION,
    /** 数据发布 data release */
    DATA_RELEASE,
    /** 咨询建言 consultation and suggestions */
    CONSULTATION,
    /** 在线访谈 online interviews */
    INTERVIEW,
    /** 调查征集 surveys */
    SURVEY,
    /** 网上信访 online petitions */
    PETITION,
    /** 纪检举报 discipline reporting */
    DISCIPLINE,
    /** any other column */
    OTHER
}
