package org.govweb.scoring.testing;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;

/**
 * AssertJ assertions on a {@link ScoreReport}, for callers' own test suites:
 * {@code assertThat(report).isQualified().hasPart2("84.50").hasDeduction("D2.4", "1.5")}. Scores are
 * compared after rounding the report's exact value half-up to the decimals of the expected string, so
 * {@code hasPart2("80.13")} accepts 80.1333333333. Start with {@link ScoringAssertions#assertThat(ScoreReport)}.
 */
public class ReportAssert extends AbstractAssert<ReportAssert, ScoreReport> {

    /** @param actual the report under test */
    public ReportAssert(ScoreReport actual) {
        super(actual, ReportAssert.class);
    }

    /** @return this, when the verdict is QUALIFIED */
    public ReportAssert isQualified() {
        isNotNull();
        if (actual.verdict() != Verdict.QUALIFIED) {
            failWithMessage("Expected %s to be QUALIFIED but was %s (%s)%s", actual.inspectionId(), actual.verdict(),
                    actual.reason(), vetoSummary());
        }
        return this;
    }

    /** @return this, when the verdict is UNQUALIFIED */
    public ReportAssert isUnqualified() {
        isNotNull();
        if (actual.verdict() != Verdict.UNQUALIFIED) {
            failWithMessage("Expected %s to be UNQUALIFIED but was QUALIFIED with Part 2 %s", actual.inspectionId(),
                    Decimals.show(actual.part2()));
        }
        return this;
    }

    /**
     * @param reason VETO or BELOW_60
     * @return this, when the report is unqualified for that reason
     */
    public ReportAssert hasReason(VerdictReason reason) {
        isNotNull();
        if (actual.reason() != reason) {
            failWithMessage("Expected reason %s but was %s", reason, actual.reason());
        }
        return this;
    }

    /**
     * @param indicator a veto ID, e.g. "VW4"
     * @return this, when that veto holds (and so the report is unqualified)
     */
    public ReportAssert isVetoedBy(String indicator) {
        isNotNull();
        if (actual.vetoes(indicator).isEmpty()) {
            failWithMessage("Expected veto %s to hold but the vetoes were %s", indicator, vetoIds());
        }
        return this;
    }

    /** @return this, when no veto holds */
    public ReportAssert hasNoVeto() {
        isNotNull();
        if (!actual.vetoes().isEmpty()) {
            failWithMessage("Expected no veto but %s held", vetoIds());
        }
        return this;
    }

    /**
     * @param expected e.g. "92.30", or null for "not scored"
     * @return this, when Part 2 matches
     */
    public ReportAssert hasPart2(String expected) {
        return score("Part 2", expected, actual.part2());
    }

    /**
     * @param expected e.g. "19", or null for "no bonus stage"
     * @return this, when Part 3 matches
     */
    public ReportAssert hasPart3(String expected) {
        return score("Part 3", expected, actual.part3());
    }

    /**
     * @param expected e.g. "111.30", or null for "not scored"
     * @return this, when the final score matches
     */
    public ReportAssert hasFinal(String expected) {
        return score("final score", expected, actual.finalScore());
    }

    /**
     * @param indicator a deduction indicator ID
     * @param expected the points deducted after its cap, e.g. "1.5"
     * @return this, when the indicator deducts exactly that
     */
    public ReportAssert hasDeduction(String indicator, String expected) {
        return counted(indicator, IndicatorKind.DEDUCTION, expected);
    }

    /**
     * @param indicator a bonus indicator ID
     * @param expected the points awarded after its cap
     * @return this, when the indicator awards exactly that
     */
    public ReportAssert hasAward(String indicator, String expected) {
        return counted(indicator, IndicatorKind.BONUS, expected);
    }

    /**
     * @param indicator an indicator ID
     * @param status the expected status
     * @return this, when the indicator has that status
     */
    public ReportAssert hasStatus(String indicator, IndicatorStatus status) {
        IndicatorAnalysis i = indicator(indicator);
        if (i.status() != status) {
            failWithMessage("Expected %s to be %s but was %s", indicator, status, i.status());
        }
        return this;
    }

    /**
     * @param indicator a sampled indicator ID
     * @param ids the ids expected to be checked
     * @return this, when exactly those were checked
     */
    public ReportAssert hasSampled(String indicator, String... ids) {
        IndicatorAnalysis i = indicator(indicator);
        if (!i.sampledIds().equals(List.of(ids))) {
            failWithMessage("Expected %s to have checked %s but it checked %s", indicator, List.of(ids), i.sampledIds());
        }
        return this;
    }

    /**
     * @param code a warning code, e.g. "VW2_FEW_PROBES"
     * @return this, when the report carries such a warning
     */
    public ReportAssert hasWarning(String code) {
        isNotNull();
        if (actual.warnings().stream().noneMatch(w -> w.code().equals(code))) {
            failWithMessage("Expected a warning %s but the warnings were %s", code,
                    actual.warnings().stream().map(Warning::code).toList());
        }
        return this;
    }

    private ReportAssert counted(String indicator, IndicatorKind kind, String expected) {
        IndicatorAnalysis i = indicator(indicator);
        if (i.kind() != kind) {
            failWithMessage("%s is a %s indicator, not %s", indicator, i.kind(), kind);
        }
        if (!Decimals.matches(expected, i.counted())) {
            failWithMessage("Expected %s to count %s but it counted %s (raw %s, status %s, lines %s)", indicator,
                    expected, Decimals.show(i.counted()), Decimals.show(i.raw()), i.status(),
                    i.lines().stream().map(l -> l.amount().toPlainString() + " " + l.reasonEn()).toList());
        }
        return this;
    }

    private ReportAssert score(String what, String expected, BigDecimal value) {
        isNotNull();
        if (!Decimals.matches(expected, value)) {
            failWithMessage("Expected %s %s but was %s (verdict %s %s)%s", what, expected, Decimals.show(value),
                    actual.verdict(), actual.reason(), vetoSummary());
        }
        return this;
    }

    private IndicatorAnalysis indicator(String id) {
        isNotNull();
        return actual.indicator(id).orElseThrow(() -> new AssertionError("the report has no indicator " + id));
    }

    private List<String> vetoIds() {
        return actual.vetoes().stream().map(VetoAnalysis::indicator).distinct().toList();
    }

    private String vetoSummary() {
        return actual.vetoes().isEmpty() ? "" : "; vetoes " + vetoIds();
    }
}
