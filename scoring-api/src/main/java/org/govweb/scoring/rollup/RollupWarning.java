package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Something the reader of a roll-up should know: a report that does not fit the register, or that was
 * counted with a caveat.
 *
 * @param code what it is about
 * @param subject the site or account id concerned (for annual reports: the unit)
 * @param inspectionIds the inspection ids of the reports concerned, sorted (empty for annual reports)
 * @param messageZh what happened, in Chinese
 * @param messageEn what happened, in English
 */
@JsonPropertyOrder({"code", "subject", "inspectionIds", "messageZh", "messageEn"})
public record RollupWarning(
        @JsonProperty(value = "code", required = true) RollupWarningCode code,
        @JsonProperty(value = "subject", required = true) String subject,
        @JsonProperty(value = "inspectionIds", required = true) List<String> inspectionIds,
        @JsonProperty(value = "messageZh", required = true) String messageZh,
        @JsonProperty(value = "messageEn", required = true) String messageEn) {

    /** Checks required components and copies the list (immutable). */
    public RollupWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        inspectionIds = List.copyOf(Objects.requireNonNull(inspectionIds, "inspectionIds"));
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
