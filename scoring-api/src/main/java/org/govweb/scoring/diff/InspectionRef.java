package org.govweb.scoring.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;

/**
 * One side of a re-inspection comparison: which inspection, at which monitoring date, scored by which
 * rule files.
 *
 * @param inspectionId the inspection's id
 * @param monitoringDate its monitoring point
 * @param ruleSet the rule files that scored it
 */
@JsonPropertyOrder({"inspectionId", "monitoringDate", "ruleSet"})
public record InspectionRef(
        @JsonProperty(value = "inspectionId", required = true) String inspectionId,
        @JsonProperty(value = "monitoringDate", required = true) LocalDate monitoringDate,
        @JsonProperty(value = "ruleSet", required = true) RuleSetIdentity ruleSet) {

    /** Checks required components. */
    public InspectionRef {
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /**
     * @param report a report
     * @return the inspection it scored
     */
    public static InspectionRef of(ScoreReport report) {
        return new InspectionRef(report.inspectionId(), report.monitoringDate(), report.ruleSet());
    }
}
