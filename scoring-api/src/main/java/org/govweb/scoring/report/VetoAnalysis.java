package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A veto (or an annual-assessment rule) that holds, with the sub-condition and its evidence.
 *
 * @param indicator the indicator's ID, e.g. VW4
 * @param nameZh the checklist's Chinese name
 * @param nameEn English name
 * @param rule the rule's name in its DRL file
 * @param conditionZh the sub-condition that holds, in Chinese
 * @param conditionEn the sub-condition that holds, in English
 * @param evidenceIds ids of the evidence
 */
public record VetoAnalysis(
        @JsonProperty(value = "indicator", required = true) String indicator,
        @JsonProperty(value = "nameZh", required = true) String nameZh,
        @JsonProperty(value = "nameEn", required = true) String nameEn,
        @JsonProperty(value = "rule", required = true) String rule,
        @JsonProperty(value = "conditionZh", required = true) String conditionZh,
        @JsonProperty(value = "conditionEn", required = true) String conditionEn,
        @JsonProperty(value = "evidenceIds", required = true) List<String> evidenceIds) {
    /** Checks required components and copies lists (immutable). */
    public VetoAnalysis {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(conditionZh, "conditionZh");
        Objects.requireNonNull(conditionEn, "conditionEn");
        evidenceIds = List.copyOf(Objects.requireNonNull(evidenceIds, "evidenceIds"));
    }
}
