package org.govweb.scoring.annual;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One check outcome of the year.
 *
 * @param id the outcome's id
 * @param level who ran the check
 * @param subject whose site or account
 * @param target website or new media
 * @param targetId the site or account checked (optional)
 * @param checkedOn when it was checked
 * @param qualified judged qualified
 * @param seriousMisstatement judged unqualified for a serious misstatement (严重表述错误)
 */
public record CheckOutcome(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "level", required = true) CheckLevel level,
        @JsonProperty(value = "subject", required = true) CheckSubject subject,
        @JsonProperty(value = "target", required = true) CheckTarget target,
        @JsonProperty("targetId") String targetId,
        @JsonProperty(value = "checkedOn", required = true) LocalDate checkedOn,
        @JsonProperty(value = "qualified", required = true) boolean qualified,
        @JsonProperty(value = "seriousMisstatement", required = true) boolean seriousMisstatement) {
    /** Checks required components and copies lists (immutable). */
    public CheckOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(checkedOn, "checkedOn");
    }
}
