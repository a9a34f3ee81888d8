package org.govweb.scoring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.engine.ScoringException;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.report.Warning;
import org.govweb.scoring.testing.CaseResult.Mismatch;

/** Runs scoring cases ({@link ScoringCase}) against an engine and lists every mismatch, field by field. */
public final class CaseRunner {
    private CaseRunner() {
    }

    /**
     * @param directory a directory of case files ({@code *.json}, searched recursively, in path order)
     * @return the case files
     */
    public static List<Path> caseFiles(Path directory) {
        try (Stream<Path> s = Files.walk(directory)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list case files in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param file a case file
     * @param engine the engine to score with
     * @return its result; a malformed case is a failed result with an error, never an exception
     */
    public static CaseResult run(Path file, ScoringEngine engine) {
        ScoringCase c;
        try {
            c = ScoringCase.read(file);
        } catch (IllegalArgumentException | ScoringException e) {
            return new CaseResult(file, file.getFileName().toString(), List.of(), e.getMessage());
        }
        try {
            return new CaseResult(file, c.description(), compare(c.expect(), engine.score(c.inspection())), null);
        } catch (ScoringException e) {
            return new CaseResult(file, c.description(), List.of(), e.getMessage());
        }
    }

    /**
     * @param expect what a case expects
     * @param report what the engine reported
     * @return every field that differs
     */
    public static List<Mismatch> compare(ScoringCase.Expectation expect, Report report) {
        List<Mismatch> out = new ArrayList<>();
        if (expect.verdict() != null && !expect.verdict().equals(report.verdict().name())) {
            out.add(new Mismatch("verdict", expect.verdict(), report.verdict().name()));
        }
        if (report instanceof ScoreReport r) {
            if (expect.present().contains("reason")) {
                String actual = r.reason() == null ? null : r.reason().name();
                if (!Objects.equals(expect.reason(), actual)) {
                    out.add(new Mismatch("reason", String.valueOf(expect.reason()), String.valueOf(actual)));
                }
            }
            score(out, expect, "part2", expect.part2(), r.part2());
            score(out, expect, "part3", expect.part3(), r.part3());
            score(out, expect, "final", expect.finalScore(), r.finalScore());
            List<String> vetoes = r.vetoes().stream().map(VetoAnalysis::indicator).distinct().toList();
            ids(out, "vetoes", expect.vetoes(), vetoes, expect.exact() || expect.present().contains("vetoes")
                    && expect.vetoes().isEmpty());
            amounts(out, r, IndicatorKind.DEDUCTION, "deductions", expect.deductions(), expect.exact());
            amounts(out, r, IndicatorKind.BONUS, "awards", expect.awards(), expect.exact());
            expect.status().forEach((id, status) -> {
                String actual = r.indicator(id).map(i -> i.status().name()).orElse("absent");
                if (!status.name().equals(actual)) {
                    out.add(new Mismatch("status." + id, status.name(), actual));
                }
            });
            List<String> codes = r.warnings().stream().map(Warning::code).toList();
            for (String w : expect.warnings()) {
                if (!codes.contains(w)) {
                    out.add(new Mismatch("warnings", w, codes.toString()));
                }
            }
        } else if (report instanceof AnnualReport a) {
            List<String> rules = a.rules().stream().map(VetoAnalysis::indicator).distinct().toList();
            ids(out, "annualRules", expect.annualRules(), rules, expect.exact() || expect.present().contains("annualRules")
                    && expect.annualRules().isEmpty());
        }
        return out;
    }

    private static void score(List<Mismatch> out, ScoringCase.Expectation expect, String field, String expected,
            java.math.BigDecimal actual) {
        if (expect.present().contains(field) && !Decimals.matches(expected, actual)) {
            out.add(new Mismatch(field, String.valueOf(expected), Decimals.show(actual)));
        }
    }

    private static void ids(List<Mismatch> out, String field, List<String> expected, List<String> actual, boolean exact) {
        boolean missing = !actual.containsAll(expected);
        boolean extra = exact && !expected.containsAll(actual);
        if (missing || extra) {
            out.add(new Mismatch(field, expected.toString(), actual.toString()));
        }
    }

    private static void amounts(List<Mismatch> out, ScoreReport r, IndicatorKind kind, String field,
            Map<String, String> expected, boolean exact) {
        expected.forEach((id, amount) -> {
            IndicatorAnalysis i = r.indicator(id).orElse(null);
            if (i == null) {
                out.add(new Mismatch(field + "." + id, amount, "no such indicator"));
            } else if (!Decimals.matches(amount, i.counted())) {
                out.add(new Mismatch(field + "." + id, amount, Decimals.show(i.counted())));
            }
        });
        if (exact) {
            for (IndicatorAnalysis i : r.indicators()) {
                if (i.kind() == kind && !expected.containsKey(i.indicator()) && i.counted().signum() != 0) {
                    out.add(new Mismatch(field + "." + i.indicator(), "0", Decimals.show(i.counted())));
                }
            }
        }
    }
}
