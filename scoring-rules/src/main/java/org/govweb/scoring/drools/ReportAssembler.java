package org.govweb.scoring.drools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.drools.fact.FinalScore;
import org.govweb.scoring.drools.fact.Grade;
import org.govweb.scoring.drools.fact.GroupScore;
import org.govweb.scoring.drools.fact.IndicatorScore;
import org.govweb.scoring.drools.fact.Line;
import org.govweb.scoring.drools.fact.Notice;
import org.govweb.scoring.drools.fact.Part2;
import org.govweb.scoring.drools.fact.Part3;
import org.govweb.scoring.drools.fact.Sample;
import org.govweb.scoring.drools.fact.VetoHit;
import org.govweb.scoring.drools.fact.WorkingDays;
import org.govweb.scoring.engine.ScoringException;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.DisplayScores;
import org.govweb.scoring.report.GroupSubtotal;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.Part2Analysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * Turns the facts a session's rules inserted into a report: copies, looks up names in the catalogue and
 * sorts, so the same input gives the same report byte for byte. It judges nothing and computes no score;
 * it only rounds the rules' exact scores for display.
 */
final class ReportAssembler {

    static final String ROUNDING_NOTE = "显示值四舍五入保留两位小数,计算与比较均为精确值 / displayed values are rounded "
            + "half-up to 2 decimals; every computation and comparison is exact";

    /**
     * Evidence lists in lexicographic order, element by element (a list before its extensions): the order of
     * their texts joined by U+0000, which no evidence contains, without building those texts.
     */
    private static final Comparator<List<String>> EVIDENCE = (a, b) -> {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private ReportAssembler() {
    }

    static ScoreReport website(WebsiteInspection in, List<Object> facts, RuleSet rs, WorkingDays wd) {
        Facts f = new Facts(facts);
        Grade grade = f.single(Grade.class, in.id());
        Part2 part2 = f.optional(Part2.class, in.id());
        Part3 part3 = f.optional(Part3.class, in.id());
        FinalScore fin = f.optional(FinalScore.class, in.id());

        List<IndicatorAnalysis> indicators = indicators(f, rs, in.id());
        List<GroupSubtotal> groups = groups(f, rs);
        BigDecimal p2 = part2 == null || grade.reason() == org.govweb.scoring.report.VerdictReason.VETO ? null
                : part2.scaled();
        Part2Analysis detail = p2 == null ? null : new Part2Analysis(part2.outOf(), part2.deducted(), part2.raw(),
                part2.scaleNumerator(), part2.scaleDenominator(), p2);
        BigDecimal p3 = part3 == null ? null : part3.value();
        BigDecimal total = fin == null ? null : fin.value();
        return new ScoreReport("website", in.id(), in.site().id(), in.site().name(), in.site().unit(),
                in.monitoringDate(), grade.verdict(), grade.reason(), p2, p3, total, display(p2, p3, total),
                vetoes(f, rs), indicators, groups, detail, warnings(f, wd), rs.identity());
    }

    static ScoreReport newMedia(NewMediaInspection in, List<Object> facts, RuleSet rs, WorkingDays wd) {
        Facts f = new Facts(facts);
        Grade grade = f.single(Grade.class, in.id());
        return new ScoreReport("newMedia", in.id(), in.account().id(), in.account().name(), in.account().unit(),
                in.monitoringDate(), grade.verdict(), grade.reason(), null, null, null, null, vetoes(f, rs), List.of(),
                List.of(), null, warnings(f, wd), rs.identity());
    }

    static AnnualReport annual(AnnualAssessment in, List<Object> facts, RuleSet rs, WorkingDays wd) {
        Facts f = new Facts(facts);
        Grade grade = f.single(Grade.class, in.id());
        return new AnnualReport("annualAssessment", in.unit(), in.year(), grade.verdict(), grade.reason(),
                vetoes(f, rs), warnings(f, wd), rs.identity());
    }

    /** @return every deduction and bonus indicator of the catalogue with its score, lines and sample */
    private static List<IndicatorAnalysis> indicators(Facts f, RuleSet rs, String inspectionId) {
        Map<String, List<Line>> linesBy = new HashMap<>();
        for (Line l : f.all(Line.class)) {
            linesBy.computeIfAbsent(l.indicator(), k -> new ArrayList<>()).add(l);
        }
        Map<String, Sample> samples = new HashMap<>();
        for (Sample s : f.all(Sample.class)) {
            samples.put(s.indicator(), s);
        }
        Map<String, IndicatorScore> scores = new HashMap<>();
        for (IndicatorScore s : f.all(IndicatorScore.class)) {
            if (scores.put(s.id(), s) != null) {
                throw new ScoringException("the rules scored indicator " + s.id() + " twice for " + inspectionId);
            }
        }
        List<IndicatorAnalysis> indicators = new ArrayList<>();
        for (IndicatorInfo info : rs.catalogue()) {
            if (info.group() == null || (info.kind() != IndicatorKind.DEDUCTION && info.kind() != IndicatorKind.BONUS)) {
                continue;
            }
            IndicatorScore s = scores.get(info.id());
            if (s == null) {
                throw new ScoringException("the rules gave no score for indicator " + info.id() + " of " + inspectionId
                        + ": the grading rules must score every deduction and bonus indicator");
            }
            Sample sample = samples.get(info.id());
            indicators.add(new IndicatorAnalysis(info.id(), info.nameZh(), info.nameEn(), info.group(), info.kind(),
                    info.points(), s.status(), lines(linesBy.get(info.id())), s.raw(), s.counted(), s.capped(), s.score(),
                    sample == null ? List.of() : sample.ids()));
        }
        return indicators;
    }

    /** @return the subtotal of every group the rules scored, in catalogue order */
    private static List<GroupSubtotal> groups(Facts f, RuleSet rs) {
        Map<String, GroupScore> groupScores = new HashMap<>();
        for (GroupScore g : f.all(GroupScore.class)) {
            groupScores.put(g.id(), g);
        }
        List<GroupSubtotal> groups = new ArrayList<>();
        for (IndicatorInfo info : rs.catalogue()) {
            GroupScore g = groupScores.get(info.id());
            if (info.group() == null && g != null) {
                groups.add(new GroupSubtotal(info.id(), info.nameZh(), info.nameEn(), info.kind(), info.points(),
                        g.status(), g.counted(), g.score()));
            }
        }
        return groups;
    }

    private static List<LineAnalysis> lines(List<Line> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream()
                .sorted(Comparator.comparing(Line::rule).thenComparing(Line::evidenceIds, EVIDENCE)
                        .thenComparing(Line::reasonEn))
                .map(l -> new LineAnalysis(l.rule(), l.amount(), l.reasonZh(), l.reasonEn(), l.evidenceIds()))
                .toList();
    }

    private static List<VetoAnalysis> vetoes(Facts f, RuleSet rs) {
        Map<String, IndicatorInfo> catalogue = new HashMap<>();
        for (IndicatorInfo i : rs.catalogue()) {
            catalogue.put(i.id(), i);
        }
        return f.all(VetoHit.class).stream()
                .sorted(Comparator.comparing(VetoHit::indicator, IndicatorOrder.INSTANCE).thenComparing(VetoHit::rule)
                        .thenComparing(VetoHit::evidenceIds, EVIDENCE))
                .map(v -> {
                    IndicatorInfo i = catalogue.get(v.indicator());
                    return new VetoAnalysis(v.indicator(), i == null ? v.indicator() : i.nameZh(),
                            i == null ? v.indicator() : i.nameEn(), v.rule(), v.conditionZh(), v.conditionEn(),
                            v.evidenceIds());
                })
                .toList();
    }

    private static List<Warning> warnings(Facts f, WorkingDays wd) {
        List<Warning> out = new ArrayList<>();
        for (Notice n : f.all(Notice.class)) {
            out.add(new Warning(n.code(), n.indicator(), n.messageZh(), n.messageEn(), n.evidenceIds()));
        }
        for (Integer year : wd.uncoveredYears()) {
            out.add(new Warning("CALENDAR_YEAR_NOT_COVERED", null,
                    year + "年不在工作日历(法定节假日安排)覆盖范围内,按周一至周五计算工作日",
                    "the working-day calendar does not cover " + year + "; working days were counted as plain Monday to Friday",
                    List.of(String.valueOf(year))));
        }
        out.sort(Comparator.comparing(Warning::code).thenComparing(w -> w.indicator() == null ? "" : w.indicator())
                .thenComparing(Warning::evidenceIds, EVIDENCE).thenComparing(Warning::messageEn));
        return out;
    }

    private static DisplayScores display(BigDecimal p2, BigDecimal p3, BigDecimal total) {
        if (p2 == null && p3 == null && total == null) {
            return null;
        }
        return new DisplayScores(round(p2), round(p3), round(total), ROUNDING_NOTE);
    }

    private static String round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The session's facts by type. Every type asked for is a final record, so exact classes suffice. */
    private static final class Facts {
        /** The facts grouped by their exact class, in one pass (the result types are final records). */
        private final Map<Class<?>, List<Object>> byClass = new HashMap<>();

        Facts(List<Object> facts) {
            for (Object o : facts) {
                byClass.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
            }
        }

        <T> List<T> all(Class<T> type) {
            List<Object> found = byClass.getOrDefault(type, List.of());
            List<T> out = new ArrayList<>(found.size());
            for (Object o : found) {
                out.add(type.cast(o));
            }
            return out;
        }

        <T> T optional(Class<T> type, String id) {
            List<T> all = all(type);
            if (all.size() > 1) {
                throw new ScoringException("the rules produced " + all.size() + " " + type.getSimpleName()
                        + " facts for " + id + "; exactly one was expected");
            }
            return all.isEmpty() ? null : all.get(0);
        }

        <T> T single(Class<T> type, String id) {
            T t = optional(type, id);
            if (t == null) {
                throw new ScoringException("the rules reached no " + type.getSimpleName() + " for " + id);
            }
            return t;
        }
    }
}
