package org.govweb.scoring.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;

/** Builds a {@link CountyRollup}: the counting rules documented there. */
final class RollupBuilder {

    /** Scale of a quotient whose decimal does not end. */
    static final int QUOTIENT_SCALE = 10;
    /** Scale of displayed scores and percentages. */
    static final int DISPLAY_SCALE = 2;
    private static final BigDecimal PER_CENT = BigDecimal.valueOf(100);

    /** The latest report first: monitoring date, then inspection id, both descending. */
    private static final Comparator<ScoreReport> LATEST_FIRST = Comparator
            .comparing(ScoreReport::monitoringDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ScoreReport::inspectionId)
            .reversed();

    private RollupBuilder() {
    }

    static CountyRollup build(Register register, List<? extends Report> reports, List<AnnualReport> annualReports,
            RollupOptions options) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(annualReports, "annual");
        Objects.requireNonNull(options, "options");
        if (!register.problems().isEmpty()) {
            throw new InvalidInspectionException(register.problems());
        }
        List<RollupWarning> warnings = new ArrayList<>();
        Map<String, RegisteredSubject> registered = new HashMap<>();
        for (RegisteredSubject s : register.subjects()) {
            registered.put(s.id(), s);
        }

        // which reports count for which subject
        List<AnnualReport> annual = new ArrayList<>(annualReports);
        Map<String, List<ScoreReport>> bySubject = new HashMap<>();
        for (Report report : reports) {
            Objects.requireNonNull(report, "report");
            if (report instanceof AnnualReport a) {
                annual.add(a);
                continue;
            }
            if (!(report instanceof ScoreReport r)) {
                throw new IllegalArgumentException("unknown report type: " + report.getClass().getName());
            }
            RegisteredSubject subject = r.subjectId() == null ? null : registered.get(r.subjectId());
            if (subject == null) {
                warnings.add(warning(RollupWarningCode.UNREGISTERED_SUBJECT, String.valueOf(r.subjectId()),
                        List.of(r.inspectionId()),
                        "检查对象不在名录中,未计入", "the subject is not in the register; not counted"));
                continue;
            }
            if (SubjectKind.ofReportType(r.type()) != subject.kind()) {
                warnings.add(warning(RollupWarningCode.KIND_MISMATCH, subject.id(), List.of(r.inspectionId()),
                        "报告类型 " + r.type() + " 与名录类别 " + subject.kind() + " 不符,未计入",
                        "report type " + r.type() + " does not match the registered kind " + subject.kind()
                                + "; not counted"));
                continue;
            }
            bySubject.computeIfAbsent(subject.id(), k -> new ArrayList<>()).add(r);
        }

        Map<String, ScoreReport> counted = new HashMap<>();
        for (Map.Entry<String, List<ScoreReport>> e : bySubject.entrySet()) {
            List<ScoreReport> all = new ArrayList<>(e.getValue());
            all.sort(LATEST_FIRST);
            ScoreReport latest = all.get(0);
            counted.put(e.getKey(), latest);
            if (all.size() > 1) {
                warnings.add(warning(RollupWarningCode.DUPLICATE_REPORT, e.getKey(),
                        all.stream().map(ScoreReport::inspectionId).toList(),
                        "同一对象有 " + all.size() + " 份报告,计入最新一份 " + latest.inspectionId(),
                        all.size() + " reports for the same subject; the latest, " + latest.inspectionId()
                                + ", is counted"));
            }
        }

        // one result per registered subject, grouped by unit
        Map<String, List<SubjectResult>> websitesByUnit = new TreeMap<>();
        Map<String, List<SubjectResult>> newMediaByUnit = new TreeMap<>();
        List<RegisteredSubject> unchecked = new ArrayList<>();
        for (RegisteredSubject s : register.subjects()) {
            websitesByUnit.computeIfAbsent(s.unit(), k -> new ArrayList<>());
            newMediaByUnit.computeIfAbsent(s.unit(), k -> new ArrayList<>());
            ScoreReport r = counted.get(s.id());
            if (r != null) {
                caveats(register, s, r, warnings);
            } else if (s.kind() == SubjectKind.WEBSITE) {
                unchecked.add(s);
            }
            SubjectResult result = result(s, r, options);
            (s.kind() == SubjectKind.WEBSITE ? websitesByUnit : newMediaByUnit).get(s.unit()).add(result);
        }

        // annual outcomes
        Set<String> units = websitesByUnit.keySet();
        List<AnnualOutcome> outcomes = annualOutcomes(annual, units, register.quarter(), warnings);
        Map<String, List<AnnualOutcome>> annualByUnit = outcomes.stream()
                .collect(Collectors.groupingBy(AnnualOutcome::unit, LinkedHashMap::new, Collectors.toList()));

        List<UnitRollup> unitRollups = new ArrayList<>();
        List<SubjectResult> allWebsites = new ArrayList<>();
        List<SubjectResult> allNewMedia = new ArrayList<>();
        for (String unit : units) {
            List<SubjectResult> websites = sortedById(websitesByUnit.get(unit));
            List<SubjectResult> newMedia = sortedById(newMediaByUnit.get(unit));
            allWebsites.addAll(websites);
            allNewMedia.addAll(newMedia);
            unitRollups.add(new UnitRollup(unit, figures(websites, newMedia, options), websites, newMedia,
                    annualByUnit.getOrDefault(unit, List.of())));
        }
        unchecked.sort(Comparator.comparing(RegisteredSubject::unit).thenComparing(RegisteredSubject::id));
        warnings.sort(Comparator.comparing(RollupWarning::code).thenComparing(RollupWarning::subject)
                .thenComparing(w -> String.join("\u0000", w.inspectionIds())));

        return new CountyRollup(register.county(), register.quarter(), options,
                figures(allWebsites, allNewMedia, options), unitRollups, unchecked, outcomes, warnings);
    }

    // ------------------------------------------------------------------ one subject

    private static void caveats(Register register, RegisteredSubject s, ScoreReport r, List<RollupWarning> warnings) {
        if (r.monitoringDate() != null && !register.quarter().contains(r.monitoringDate())) {
            warnings.add(warning(RollupWarningCode.OUTSIDE_QUARTER, s.id(), List.of(r.inspectionId()),
                    "监测日期 " + r.monitoringDate() + " 不在 " + register.quarter() + " 内,仍计入",
                    "monitoring date " + r.monitoringDate() + " is outside " + register.quarter() + "; counted"));
        }
        if (r.unit() != null && !r.unit().equals(s.unit())) {
            warnings.add(warning(RollupWarningCode.UNIT_MISMATCH, s.id(), List.of(r.inspectionId()),
                    "报告所列单位与名录不同,按名录单位计入",
                    "the report names another unit than the register; counted under the registered unit"));
        }
        if (s.kind() == SubjectKind.WEBSITE && r.verdict() == Verdict.UNQUALIFIED
                && r.reason() != VerdictReason.VETO && r.reason() != VerdictReason.BELOW_60) {
            warnings.add(warning(RollupWarningCode.UNEXPECTED_REASON, s.id(), List.of(r.inspectionId()),
                    "不合格原因为 " + r.reason() + ",不计入按原因的分项",
                    "unqualified for reason " + r.reason() + "; not counted under a reason"));
        }
        if (s.kind() == SubjectKind.WEBSITE && r.reason() != VerdictReason.VETO && score(r) == null) {
            warnings.add(warning(RollupWarningCode.MISSING_SCORE, s.id(), List.of(r.inspectionId()),
                    "未被否决但报告没有得分,不计入平均分和分数段",
                    "not vetoed but the report gives no score; left out of the mean and the distribution"));
        }
    }

    private static SubjectResult result(RegisteredSubject s, ScoreReport r, RollupOptions options) {
        if (r == null) {
            return new SubjectResult(s.id(), s.name(), s.unit(), s.kind(), false, null, null, null, null, null, null,
                    null);
        }
        BigDecimal score = s.kind() == SubjectKind.WEBSITE && r.reason() != VerdictReason.VETO ? score(r) : null;
        return new SubjectResult(s.id(), s.name(), s.unit(), s.kind(), true, r.inspectionId(), r.monitoringDate(),
                r.verdict(), r.reason(), score, score == null ? null : display(score),
                score == null ? null : band(score, bands(options)).label());
    }

    /** @return the report's final score, else its Part 2 (an engine that leaves BELOW_60 without a final) */
    private static BigDecimal score(ScoreReport r) {
        return r.finalScore() != null ? r.finalScore() : r.part2();
    }

    private static List<SubjectResult> sortedById(List<SubjectResult> results) {
        return results.stream().sorted(Comparator.comparing(SubjectResult::id)).toList();
    }

    // ------------------------------------------------------------------ figures

    private static RollupFigures figures(List<SubjectResult> websites, List<SubjectResult> newMedia,
            RollupOptions options) {
        return new RollupFigures(websiteFigures(websites, options), newMediaFigures(newMedia, options));
    }

    private static WebsiteFigures websiteFigures(List<SubjectResult> websites, RollupOptions options) {
        int checked = 0;
        int qualified = 0;
        int unqualified = 0;
        int veto = 0;
        int below = 0;
        int scored = 0;
        BigDecimal sum = BigDecimal.ZERO;
        List<BandCount> bands = bands(options);
        int[] counts = new int[bands.size()];
        for (SubjectResult w : websites) {
            if (!w.checked()) {
                continue;
            }
            checked++;
            if (w.verdict() == Verdict.QUALIFIED) {
                qualified++;
            } else {
                unqualified++;
                if (w.reason() == VerdictReason.VETO) {
                    veto++;
                } else if (w.reason() == VerdictReason.BELOW_60) {
                    below++;
                }
            }
            if (w.score() != null) {
                scored++;
                sum = sum.add(w.score());
                counts[bands.indexOf(band(w.score(), bands))]++;
            }
        }
        List<BandCount> distribution = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BandCount b = bands.get(i);
            distribution.add(new BandCount(b.label(), b.from(), b.fromInclusive(), b.to(), b.toInclusive(), counts[i]));
        }
        return new WebsiteFigures(websites.size(), checked, websites.size() - checked, qualified, unqualified, veto,
                below, scored, sum, scored == 0 ? null : quotient(sum, scored),
                scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), DISPLAY_SCALE, RoundingMode.HALF_UP)
                        .toPlainString(),
                distribution);
    }

    private static NewMediaFigures newMediaFigures(List<SubjectResult> accounts, RollupOptions options) {
        int registered = accounts.size();
        int checked = 0;
        int qualified = 0;
        int unqualified = 0;
        int veto = 0;
        for (SubjectResult a : accounts) {
            if (!a.checked()) {
                continue;
            }
            checked++;
            if (a.verdict() == Verdict.QUALIFIED) {
                qualified++;
            } else {
                unqualified++;
                if (a.reason() == VerdictReason.VETO) {
                    veto++;
                }
            }
        }
        BigDecimal required = options.requiredSpotCheckRatio();
        if (registered == 0) {
            return new NewMediaFigures(0, 0, 0, 0, 0, null, null, required, null);
        }
        BigDecimal c = BigDecimal.valueOf(checked);
        BigDecimal n = BigDecimal.valueOf(registered);
        boolean above = c.compareTo(required.multiply(n)) > 0;
        String percent = c.multiply(PER_CENT).divide(n, DISPLAY_SCALE, RoundingMode.HALF_UP).toPlainString();
        return new NewMediaFigures(registered, checked, qualified, unqualified, veto, quotient(c, registered), percent,
                required, above);
    }

    /** @return {@code sum ÷ count}, exact when the decimal ends, else half-up to {@link #QUOTIENT_SCALE} */
    static BigDecimal quotient(BigDecimal sum, int count) {
        BigDecimal n = BigDecimal.valueOf(count);
        try {
            return sum.divide(n);
        } catch (ArithmeticException nonTerminating) {
            return sum.divide(n, QUOTIENT_SCALE, RoundingMode.HALF_UP);
        }
    }

    static String display(BigDecimal score) {
        return score.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    // ------------------------------------------------------------------ bands

    /** @return the bands of the options' boundaries, lowest first, with count 0 */
    static List<BandCount> bands(RollupOptions options) {
        List<BandBoundary> b = options.scoreBands();
        List<BandCount> bands = new ArrayList<>();
        for (int i = 0; i <= b.size(); i++) {
            BandBoundary lower = i == 0 ? null : b.get(i - 1);
            BandBoundary upper = i == b.size() ? null : b.get(i);
            BigDecimal from = lower == null ? null : lower.value();
            boolean fromInclusive = lower != null && lower.inUpperBand();
            BigDecimal to = upper == null ? null : upper.value();
            boolean toInclusive = upper != null && !upper.inUpperBand();
            bands.add(new BandCount(label(from, fromInclusive, to, toInclusive), from, fromInclusive, to, toInclusive,
                    0));
        }
        return bands;
    }

    private static String label(BigDecimal from, boolean fromInclusive, BigDecimal to, boolean toInclusive) {
        if (from == null) {
            return (toInclusive ? "≤ " : "< ") + plain(to);
        }
        if (to == null) {
            return (fromInclusive ? "≥ " : "> ") + plain(from);
        }
        return (fromInclusive ? "[" : "(") + plain(from) + ", " + plain(to) + (toInclusive ? "]" : ")");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static BandCount band(BigDecimal score, List<BandCount> bands) {
        for (BandCount b : bands) {
            if (b.contains(score)) {
                return b;
            }
        }
        throw new IllegalStateException("the bands do not cover " + score.toPlainString());
    }

    // ------------------------------------------------------------------ annual

    private static List<AnnualOutcome> annualOutcomes(List<AnnualReport> reports, Set<String> units, Quarter quarter,
            List<RollupWarning> warnings) {
        List<AnnualOutcome> outcomes = new ArrayList<>();
        for (AnnualReport a : reports) {
            Objects.requireNonNull(a, "annual report");
            List<String> rules = new ArrayList<>(new TreeSet<>(a.rules().stream().map(VetoAnalysis::indicator).toList()));
            boolean known = units.contains(a.unit());
            outcomes.add(new AnnualOutcome(a.unit(), a.year(), a.verdict(), a.reason(), rules, known));
            if (!known) {
                warnings.add(warning(RollupWarningCode.ANNUAL_UNIT_NOT_REGISTERED, a.unit(), List.of(),
                        "该单位在名录中没有网站或新媒体账号,年度考核结果仍列出",
                        "the unit runs no registered website or account; its annual outcome is listed all the same"));
            }
            if (a.year() != quarter.year()) {
                warnings.add(warning(RollupWarningCode.ANNUAL_OTHER_YEAR, a.unit(), List.of(),
                        a.year() + " 年度考核结果,与 " + quarter + " 不同年,仍列出",
                        "annual outcome of " + a.year() + ", not the year of " + quarter + "; listed all the same"));
            }
        }
        outcomes.sort(Comparator.comparing(AnnualOutcome::unit).thenComparingInt(AnnualOutcome::year)
                .thenComparing(AnnualOutcome::verdict).thenComparing(o -> String.join(",", o.rules())));
        Map<String, Map<Integer, Integer>> perUnitYear = new TreeMap<>();
        for (AnnualOutcome o : outcomes) {
            perUnitYear.computeIfAbsent(o.unit(), k -> new TreeMap<>()).merge(o.year(), 1, Integer::sum);
        }
        perUnitYear.forEach((unit, years) -> years.forEach((year, n) -> {
            if (n > 1) {
                warnings.add(warning(RollupWarningCode.DUPLICATE_ANNUAL, unit, List.of(),
                        year + " 年有 " + n + " 份年度考核报告,全部列出",
                        n + " annual reports for " + year + "; all are listed"));
            }
        }));
        return outcomes;
    }

    private static RollupWarning warning(RollupWarningCode code, String subject, List<String> inspectionIds,
            String zh, String en) {
        return new RollupWarning(code, subject, inspectionIds.stream().sorted().toList(), zh, en);
    }
}
