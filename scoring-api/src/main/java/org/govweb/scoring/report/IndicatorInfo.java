package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of the catalogue as loaded from the rule files: an indicator, a group or a step of
 * the procedure.
 *
 * @param id stable ID, e.g. D2.4
 * @param group the group's ID, e.g. D2; null for a group itself
 * @param nameZh the checklist's Chinese name
 * @param nameEn English name
 * @param kind the kind
 * @param points points (分值); null for vetoes and procedure steps
 * @param service belongs to 办事服务, not checked for units with no public-service function
 * @param nameInferred the name is inferred, not in the source (D4.5)
 */
public record IndicatorInfo(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "group", required = true) String group,
        @JsonProperty(value = "nameZh", required = true) String nameZh,
        @JsonProperty(value = "nameEn", required = true) String nameEn,
        @JsonProperty(value = "kind", required = true) IndicatorKind kind,
        @JsonProperty(value = "points", required = true) BigDecimal points,
        @JsonProperty(value = "service", required = true) boolean service,
        @JsonProperty(value = "nameInferred", required = true) boolean nameInferred) {
    /** Checks required components and copies lists (immutable). */
    public IndicatorInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
    }
}
