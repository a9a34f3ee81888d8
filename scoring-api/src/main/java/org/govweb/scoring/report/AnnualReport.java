package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a unit's annual assessment (年度考核): unqualified when any rule A1–A3 holds; each
 * rule that holds is listed with the check outcomes or findings that made it hold.
 *
 * @param type always {@code annualAssessment}
 * @param unit the unit assessed
 * @param year the year
 * @param verdict QUALIFIED or UNQUALIFIED
 * @param reason ANNUAL_RULE when unqualified; null when qualified
 * @param rules every rule that holds (its ID in {@code indicator}), with its evidence
 * @param warnings what the reader should know
 * @param ruleSet which rule files assessed it
 */
@JsonPropertyOrder({"type", "unit", "year", "verdict", "reason", "rules", "warnings", "ruleSet"})
public record AnnualReport(
        @JsonProperty(value = "type", required = true) String type,
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "year", required = true) int year,
        @JsonProperty(value = "verdict", required = true) Verdict verdict,
        @JsonProperty("reason") VerdictReason reason,
        @JsonProperty("rules") List<VetoAnalysis> rules,
        @JsonProperty("warnings") List<Warning> warnings,
        @JsonProperty(value = "ruleSet", required = true) RuleSetIdentity ruleSet) implements Report {

    /** Checks required components and copies lists (immutable). */
    public AnnualReport {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(ruleSet, "ruleSet");
        rules = rules == null ? List.of() : List.copyOf(rules);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
