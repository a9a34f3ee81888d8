package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The itemised score of one website or new-media inspection (like Timefold's ScoreAnalysis): the
 * verdict and why, every veto that holds with its evidence, every deduction and bonus indicator
 * with its lines, group subtotals, Part 2, Part 3 and the final score. Built by the engine from
 * the facts its rules insert; sorted so that the same input gives the same report byte for byte.
 *
 * @param type {@code website} or {@code newMedia}
 * @param inspectionId the inspection's id
 * @param subjectId the site's or account's id
 * @param subjectName the site's or account's name
 * @param unit the unit running it
 * @param monitoringDate the monitoring point
 * @param verdict QUALIFIED or UNQUALIFIED
 * @param reason why unqualified; null when qualified
 * @param part2 Part 2 after scaling (exact to 10 decimals); null when a veto holds or for new media
 * @param part3 Part 3 (bonus); null unless Part 2 entered the bonus stage
 * @param finalScore Part 2 + Part 3; null when not scored
 * @param display the scores rounded for display
 * @param vetoes every veto sub-condition that holds, sorted by indicator and rule
 * @param indicators every deduction and bonus indicator, in catalogue order (empty for new media)
 * @param groups subtotals per group, in catalogue order
 * @param part2Detail how Part 2 was computed; null when not scored
 * @param warnings what the reader should know that does not change the score
 * @param ruleSet which rule files scored it
 */
@JsonPropertyOrder({"type", "inspectionId", "subjectId", "subjectName", "unit", "monitoringDate", "verdict", "reason",
    "part2", "part3", "final", "display", "vetoes", "indicators", "groups", "part2Detail", "warnings", "ruleSet"})
public record ScoreReport(
        @JsonProperty(value = "type", required = true) String type,
        @JsonProperty(value = "inspectionId", required = true) String inspectionId,
        @JsonProperty(value = "subjectId", required = true) String subjectId,
        @JsonProperty("subjectName") String subjectName,
        @JsonProperty("unit") String unit,
        @JsonProperty(value = "monitoringDate", required = true) LocalDate monitoringDate,
        @JsonProperty(value = "verdict", required = true) Verdict verdict,
        @JsonProperty("reason") VerdictReason reason,
        @JsonProperty("part2") BigDecimal part2,
        @JsonProperty("part3") BigDecimal part3,
        @JsonProperty("final") BigDecimal finalScore,
        @JsonProperty("display") DisplayScores display,
        @JsonProperty("vetoes") List<VetoAnalysis> vetoes,
        @JsonProperty("indicators") List<IndicatorAnalysis> indicators,
        @JsonProperty("groups") List<GroupSubtotal> groups,
        @JsonProperty("part2Detail") Part2Analysis part2Detail,
        @JsonProperty("warnings") List<Warning> warnings,
        @JsonProperty(value = "ruleSet", required = true) RuleSetIdentity ruleSet) implements Report {

    /** Checks required components and copies lists (immutable). */
    public ScoreReport {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(ruleSet, "ruleSet");
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        groups = groups == null ? List.of() : List.copyOf(groups);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * @param id an indicator ID, e.g. {@code D2.4}
     * @return that indicator's analysis, if the report has it
     */
    public Optional<IndicatorAnalysis> indicator(String id) {
        return indicators.stream().filter(i -> i.indicator().equals(id)).findFirst();
    }

    /**
     * @param id a group ID, e.g. {@code D2}
     * @return that group's subtotal, if the report has it
     */
    public Optional<GroupSubtotal> group(String id) {
        return groups.stream().filter(g -> g.group().equals(id)).findFirst();
    }

    /**
     * @param id a veto indicator ID, e.g. {@code VW4}
     * @return the sub-conditions of that veto that hold (empty when it does not hold)
     */
    public List<VetoAnalysis> vetoes(String id) {
        return vetoes.stream().filter(v -> v.indicator().equals(id)).toList();
    }
}
