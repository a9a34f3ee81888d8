package org.govweb.scoring.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;

/** Hand-made reports and registers for the roll-up tests (no engine involved). */
final class Reports {

    static final RuleSetIdentity RULES = new RuleSetIdentity("test", "1", "0".repeat(64), "bundled");

    private Reports() {
    }

    static RegisteredSubject website(String id, String unit) {
        return new RegisteredSubject(id, "site " + id, unit, SubjectKind.WEBSITE);
    }

    static RegisteredSubject account(String id, String unit) {
        return new RegisteredSubject(id, "account " + id, unit, SubjectKind.NEW_MEDIA);
    }

    static Register register(String quarter, RegisteredSubject... subjects) {
        return new Register("测试县", Quarter.parse(quarter), List.of(subjects));
    }

    /** A qualified website scored {@code score}. */
    static ScoreReport qualified(String inspectionId, String site, String unit, LocalDate date, String score) {
        return site(inspectionId, site, unit, date, Verdict.QUALIFIED, null, new BigDecimal(score));
    }

    /** A website unqualified by its Part 2 {@code score} (final = Part 2, as the engine reports it). */
    static ScoreReport below(String inspectionId, String site, String unit, LocalDate date, String score) {
        return site(inspectionId, site, unit, date, Verdict.UNQUALIFIED, VerdictReason.BELOW_60, new BigDecimal(score));
    }

    /** A vetoed website: no score. */
    static ScoreReport vetoed(String inspectionId, String site, String unit, LocalDate date) {
        return site(inspectionId, site, unit, date, Verdict.UNQUALIFIED, VerdictReason.VETO, null);
    }

    static ScoreReport site(String inspectionId, String site, String unit, LocalDate date, Verdict verdict,
            VerdictReason reason, BigDecimal finalScore) {
        return new ScoreReport("website", inspectionId, site, "site " + site, unit, date, verdict, reason,
                finalScore, null, finalScore, null, List.of(), List.of(), List.of(), null, List.of(), RULES);
    }

    static ScoreReport newMedia(String inspectionId, String account, String unit, LocalDate date, boolean vetoed) {
        return new ScoreReport("newMedia", inspectionId, account, "account " + account, unit, date,
                vetoed ? Verdict.UNQUALIFIED : Verdict.QUALIFIED, vetoed ? VerdictReason.VETO : null, null, null, null,
                null, List.of(), List.of(), List.of(), null, List.of(), RULES);
    }

    static AnnualReport annual(String unit, int year, String... rules) {
        List<VetoAnalysis> holding = new ArrayList<>();
        for (String r : rules) {
            holding.add(new VetoAnalysis(r, "规则", "rule", r + " rule", "条件", "condition", List.of("c1")));
        }
        return new AnnualReport("annualAssessment", unit, year, rules.length == 0 ? Verdict.QUALIFIED : Verdict.UNQUALIFIED,
                rules.length == 0 ? null : VerdictReason.ANNUAL_RULE, holding, List.of(), RULES);
    }
}
