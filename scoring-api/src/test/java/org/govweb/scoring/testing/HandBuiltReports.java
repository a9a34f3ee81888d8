package org.govweb.scoring.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.govweb.scoring.report.DisplayScores;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;

/**
 * Reports built by hand for the tests of what is computed over reports (re-inspection diff,
 * rectification list): every number is chosen by the test, none comes from an engine.
 */
public final class HandBuiltReports {

    /** The rule set of every hand-built report unless a test says otherwise. */
    public static final RuleSetIdentity RULES = new RuleSetIdentity("govweb-checklist", "1.0.0",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "bundled");

    private HandBuiltReports() {
    }

    /**
     * @param inspectionId the inspection's id
     * @param monitoringDate the monitoring date
     * @param verdict the verdict
     * @param reason why unqualified, or null
     * @param part2 Part 2 as a decimal string, or null
     * @param part3 Part 3, or null
     * @param finalScore the final score, or null
     * @param vetoes the vetoes that hold
     * @param indicators the indicators
     * @return a website report of site {@code site-1}
     */
    public static ScoreReport website(String inspectionId, LocalDate monitoringDate, Verdict verdict,
            VerdictReason reason, String part2, String part3, String finalScore, List<VetoAnalysis> vetoes,
            List<IndicatorAnalysis> indicators) {
        return new ScoreReport("website", inspectionId, "site-1", "某县人民政府", "某县人民政府办公室", monitoringDate,
                verdict, reason, dec(part2), dec(part3), dec(finalScore),
                new DisplayScores(part2, part3, finalScore, "rounded half-up to 2 decimals"), vetoes, indicators,
                List.of(), null, List.of(), RULES);
    }

    /**
     * A deduction indicator as the procedure scores it: raw = the sum of the lines; counted = min(raw,
     * points) when HIT or CLEAN, zero otherwise.
     *
     * @param id the indicator's ID, e.g. D1.9
     * @param points its points
     * @param status HIT, CLEAN, NOT_SCORED or NOT_APPLICABLE
     * @param lines its lines
     * @return the indicator
     */
    public static IndicatorAnalysis deduction(String id, String points, IndicatorStatus status, LineAnalysis... lines) {
        return indicator(IndicatorKind.DEDUCTION, id, points, status, lines);
    }

    /**
     * @param id the indicator's ID, e.g. B1.1
     * @param points its points
     * @param status HIT, CLEAN or NOT_SCORED
     * @param lines its awards
     * @return the bonus indicator, scored as the procedure does
     */
    public static IndicatorAnalysis bonus(String id, String points, IndicatorStatus status, LineAnalysis... lines) {
        return indicator(IndicatorKind.BONUS, id, points, status, lines);
    }

    /**
     * @param rule the rule's name
     * @param amount the amount
     * @param evidence evidence ids
     * @return a line
     */
    public static LineAnalysis line(String rule, String amount, String... evidence) {
        return new LineAnalysis(rule, new BigDecimal(amount), "理由" + rule, "reason " + rule, List.of(evidence));
    }

    /**
     * @param indicator the veto's ID, e.g. VW4
     * @param rule the sub-condition's rule
     * @param evidence evidence ids
     * @return a veto that holds
     */
    public static VetoAnalysis veto(String indicator, String rule, String... evidence) {
        return new VetoAnalysis(indicator, "否决" + indicator, "Veto " + indicator, rule, "条件" + rule,
                "condition " + rule, List.of(evidence));
    }

    private static IndicatorAnalysis indicator(IndicatorKind kind, String id, String points, IndicatorStatus status,
            LineAnalysis... lines) {
        BigDecimal p = new BigDecimal(points);
        BigDecimal raw = Arrays.stream(lines).map(LineAnalysis::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean scored = status == IndicatorStatus.HIT || status == IndicatorStatus.CLEAN;
        BigDecimal counted = scored ? raw.min(p) : BigDecimal.ZERO;
        BigDecimal score = scored ? (kind == IndicatorKind.DEDUCTION ? p.subtract(counted) : counted) : null;
        String group = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        return new IndicatorAnalysis(id, "指标" + id, "Indicator " + id, group, kind, p, status, List.of(lines), raw,
                counted, scored && raw.compareTo(p) > 0, score, List.of());
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
