package org.govweb.scoring.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.VetoAnalysis;

/**
 * What changed between two inspections of the same site or account (复查对比): the verdict, Part 2,
 * Part 3 and the final score, the veto sub-conditions that newly hold or no longer hold, and what each
 * deduction and bonus indicator counted. Computed from the two reports alone, judging nothing.
 *
 * <pre>{@code
 * ReportDiff diff = ReportDiff.of(firstReport, reInspectionReport);
 * System.out.print(DiffText.render(diff));
 * }</pre>
 *
 * @param type {@code website} or {@code newMedia}
 * @param subjectId the site's or account's id, the same in both reports
 * @param subjectName its name in the later report (or the earlier when the later has none)
 * @param before the earlier inspection
 * @param after the later inspection (the re-inspection)
 * @param sameRuleSet both reports were scored by the same rule files (same SHA-256); when not, a change
 *     may come from the rules rather than from the site
 * @param verdict the verdict before and after
 * @param part2 Part 2 before and after (null sides when not scored)
 * @param part3 Part 3 before and after (null sides unless in the bonus stage)
 * @param finalScore the final score before and after (null sides when not scored)
 * @param vetoesAdded veto sub-conditions that hold now but did not before (as in the later report)
 * @param vetoesRemoved veto sub-conditions that held before and no longer hold (as in the earlier report)
 * @param vetoesRemaining veto sub-conditions that hold in both (as in the later report)
 * @param indicators every deduction and bonus indicator of either report, in the later report's order
 *     (indicators only the earlier report has come last), changed or not
 */
@JsonPropertyOrder({"type", "subjectId", "subjectName", "before", "after", "sameRuleSet", "verdict", "part2", "part3",
    "final", "vetoesAdded", "vetoesRemoved", "vetoesRemaining", "indicators"})
public record ReportDiff(
        @JsonProperty(value = "type", required = true) String type,
        @JsonProperty(value = "subjectId", required = true) String subjectId,
        @JsonProperty(value = "subjectName", required = true) String subjectName,
        @JsonProperty(value = "before", required = true) InspectionRef before,
        @JsonProperty(value = "after", required = true) InspectionRef after,
        @JsonProperty(value = "sameRuleSet", required = true) boolean sameRuleSet,
        @JsonProperty(value = "verdict", required = true) VerdictChange verdict,
        @JsonProperty(value = "part2", required = true) ScoreChange part2,
        @JsonProperty(value = "part3", required = true) ScoreChange part3,
        @JsonProperty(value = "final", required = true) ScoreChange finalScore,
        @JsonProperty(value = "vetoesAdded", required = true) List<VetoAnalysis> vetoesAdded,
        @JsonProperty(value = "vetoesRemoved", required = true) List<VetoAnalysis> vetoesRemoved,
        @JsonProperty(value = "vetoesRemaining", required = true) List<VetoAnalysis> vetoesRemaining,
        @JsonProperty(value = "indicators", required = true) List<IndicatorChange> indicators) {

    /** Checks required components and copies lists (immutable). */
    public ReportDiff {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(part2, "part2");
        Objects.requireNonNull(part3, "part3");
        Objects.requireNonNull(finalScore, "finalScore");
        vetoesAdded = List.copyOf(Objects.requireNonNull(vetoesAdded, "vetoesAdded"));
        vetoesRemoved = List.copyOf(Objects.requireNonNull(vetoesRemoved, "vetoesRemoved"));
        vetoesRemaining = List.copyOf(Objects.requireNonNull(vetoesRemaining, "vetoesRemaining"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }

    /**
     * Compares two reports of the same site or account. A veto sub-condition is the same in both when
     * its indicator and rule are (its evidence may differ); an indicator is the same when its ID is.
     *
     * @param before the earlier report
     * @param after the later report (the re-inspection)
     * @return what changed
     * @throws IllegalArgumentException when the reports are of different types or of different sites
     *     or accounts
     */
    public static ReportDiff of(ScoreReport before, ScoreReport after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.type().equals(after.type())) {
            throw new IllegalArgumentException("cannot compare a " + before.type() + " report with a " + after.type()
                    + " report");
        }
        if (!before.subjectId().equals(after.subjectId())) {
            throw new IllegalArgumentException("the reports are of different " + ("website".equals(after.type())
                    ? "sites" : "accounts") + ": " + before.subjectId() + " and " + after.subjectId());
        }
        Set<String> was = subConditions(before);
        Set<String> now = subConditions(after);
        List<VetoAnalysis> added = after.vetoes().stream().filter(v -> !was.contains(key(v))).toList();
        List<VetoAnalysis> remaining = after.vetoes().stream().filter(v -> was.contains(key(v))).toList();
        List<VetoAnalysis> removed = before.vetoes().stream().filter(v -> !now.contains(key(v))).toList();

        Set<String> ids = new LinkedHashSet<>();
        after.indicators().forEach(i -> ids.add(i.indicator()));
        before.indicators().forEach(i -> ids.add(i.indicator()));
        List<IndicatorChange> indicators = new ArrayList<>();
        for (String id : ids) {
            IndicatorAnalysis b = before.indicator(id).orElse(null);
            IndicatorAnalysis a = after.indicator(id).orElse(null);
            indicators.add(IndicatorChange.of(b, a));
        }
        return new ReportDiff(after.type(), after.subjectId(),
                after.subjectName() != null ? after.subjectName() : before.subjectName(),
                InspectionRef.of(before), InspectionRef.of(after),
                before.ruleSet().sha256().equals(after.ruleSet().sha256()),
                new VerdictChange(before.verdict(), before.reason(), after.verdict(), after.reason()),
                ScoreChange.of(before.part2(), after.part2()),
                ScoreChange.of(before.part3(), after.part3()),
                ScoreChange.of(before.finalScore(), after.finalScore()),
                added, removed, remaining, indicators);
    }

    /** @return the indicators whose status or counted amount changed, in order */
    public List<IndicatorChange> changedIndicators() {
        return indicators.stream().filter(IndicatorChange::changed).toList();
    }

    /**
     * @param id an indicator ID, e.g. {@code D2.4}
     * @return that indicator's change, if either report has it
     */
    public Optional<IndicatorChange> indicator(String id) {
        return indicators.stream().filter(i -> i.indicator().equals(id)).findFirst();
    }

    /** @return whether anything differs: the verdict, a score, a veto or an indicator */
    public boolean changed() {
        return verdict.changed() || part2.changed() || part3.changed() || finalScore.changed()
                || !vetoesAdded.isEmpty() || !vetoesRemoved.isEmpty() || !changedIndicators().isEmpty();
    }

    private static Set<String> subConditions(ScoreReport report) {
        Set<String> out = new HashSet<>();
        report.vetoes().forEach(v -> out.add(key(v)));
        return out;
    }

    /** A veto sub-condition: its indicator and the rule that found it. */
    private static String key(VetoAnalysis v) {
        return v.indicator() + "\u0000" + v.rule();
    }
}
