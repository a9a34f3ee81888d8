package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One unit's part of the county roll-up.
 *
 * @param unit the unit's name, as registered
 * @param figures its websites' and new-media accounts' figures
 * @param websites each registered website of the unit, checked or not, sorted by id
 * @param newMedia each registered new-media account of the unit, checked or not, sorted by id
 * @param annual the unit's annual-assessment outcomes, if any were given, sorted by year
 */
@JsonPropertyOrder({"unit", "figures", "websites", "newMedia", "annual"})
public record UnitRollup(
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "figures", required = true) RollupFigures figures,
        @JsonProperty(value = "websites", required = true) List<SubjectResult> websites,
        @JsonProperty(value = "newMedia", required = true) List<SubjectResult> newMedia,
        @JsonProperty(value = "annual", required = true) List<AnnualOutcome> annual) {

    /** Checks required components and copies lists (immutable). */
    public UnitRollup {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(figures, "figures");
        websites = List.copyOf(Objects.requireNonNull(websites, "websites"));
        newMedia = List.copyOf(Objects.requireNonNull(newMedia, "newMedia"));
        annual = List.copyOf(Objects.requireNonNull(annual, "annual"));
    }
}
