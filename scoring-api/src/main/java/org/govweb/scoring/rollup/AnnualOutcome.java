package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;

/**
 * The outcome of a unit's annual assessment (年度考核), copied from its annual report.
 *
 * @param unit the unit assessed
 * @param year the year
 * @param verdict QUALIFIED or UNQUALIFIED
 * @param reason ANNUAL_RULE when unqualified; null when qualified
 * @param rules the IDs of the rules that hold (A1–A3), sorted, each once
 * @param unitRegistered whether the unit runs a website or account of the register
 */
@JsonPropertyOrder({"unit", "year", "verdict", "reason", "rules", "unitRegistered"})
public record AnnualOutcome(
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "year", required = true) int year,
        @JsonProperty(value = "verdict", required = true) Verdict verdict,
        @JsonProperty(value = "reason", required = true) VerdictReason reason,
        @JsonProperty(value = "rules", required = true) List<String> rules,
        @JsonProperty(value = "unitRegistered", required = true) boolean unitRegistered) {

    /** Checks required components and copies the list (immutable). */
    public AnnualOutcome {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verdict, "verdict");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }
}
