package org.govweb.scoring.annual;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.govweb.scoring.Inspection;
import java.util.List;
import java.util.Objects;

/**
 * A unit's annual assessment (年度考核): every check outcome of its year.
 *
 * @param unit the unit assessed
 * @param year the year
 * @param checks every check outcome of the year
 * @param falsification falsification findings (A3)
 */
public record AnnualAssessment(
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "year", required = true) int year,
        @JsonProperty(value = "checks", required = true) List<CheckOutcome> checks,
        @JsonProperty(value = "falsification", required = true) List<AnnualFalsification> falsification) implements Inspection {
    /** Checks required components and copies lists (immutable). */
    public AnnualAssessment {
        Objects.requireNonNull(unit, "unit");
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        falsification = List.copyOf(Objects.requireNonNull(falsification, "falsification"));
    }

    /** @return an id for the assessment: unit and year */
    @Override
    public String id() { return unit + "/" + year; }

    /** @return the unit assessed */
    @Override
    public String subjectId() { return unit; }
}
