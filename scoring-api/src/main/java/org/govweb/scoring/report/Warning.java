package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Something the reader should know that does not change the score (too few probes, a date outside
 * the calendar, an advisory).
 *
 * @param code a stable code, e.g. VW2_FEW_PROBES
 * @param indicator the indicator it concerns, if any
 * @param messageZh Chinese message
 * @param messageEn English message
 * @param evidenceIds ids or dates it concerns
 */
public record Warning(
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "indicator", required = true) String indicator,
        @JsonProperty(value = "messageZh", required = true) String messageZh,
        @JsonProperty(value = "messageEn", required = true) String messageEn,
        @JsonProperty(value = "evidenceIds", required = true) List<String> evidenceIds) {
    /** Checks required components and copies lists (immutable). */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        evidenceIds = List.copyOf(Objects.requireNonNull(evidenceIds, "evidenceIds"));
    }
}
