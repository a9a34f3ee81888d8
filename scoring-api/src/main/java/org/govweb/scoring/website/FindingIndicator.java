package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The indicators an inspector's finding may name (those judged by a human only).
 */
public enum FindingIndicator {
    /** D1.1 概况信息: an overview item out of date or inaccurate */
    @JsonProperty("D1.1")
    D1_1,
    /** D1.2 机构职能: an inaccurate organisation/function item */
    @JsonProperty("D1.2")
    D1_2,
    /** D1.3 领导信息: a leader's name, CV etc. missing or inaccurate */
    @JsonProperty("D1.3")
    D1_3;

    /** @return the indicator ID as the checklist writes it, e.g. "D1.1" */
    public String id() {
        return name().replace('_', '.');
    }
}
