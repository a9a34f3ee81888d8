package org.govweb.scoring.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.samples.generator.SiteSize;
import org.govweb.scoring.website.WebsiteInspection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every benchmark of this package (what {@code mvn -Pbench verify} runs) and writes, to the
 * directory given as first argument: {@code results.json} (JMH's own results), {@code results.txt}
 * (JMH's console output) and {@code summary.md} (the figures per size and the ratios of the engine's
 * cost to the two baselines, all from this one run).
 *
 * <p>System properties: {@code bench.quick=true} runs every benchmark briefly (one fork, one-second
 * iterations: a smoke test, not a measurement); {@code bench.include} narrows the benchmarks run (a JMH
 * regular expression, e.g. {@code ScoringLatency}); {@code bench.rules} the rule files to measure: directories
 * (or {@code bundled}) separated by commas, each measured in turn in the same run (default: the bundled
 * rule files).
 */
public final class BenchMain {

    private BenchMain() {
    }

    /**
     * @param args the output directory (default {@code target/jmh})
     * @throws RunnerException when a benchmark fails
     * @throws IOException when the results cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/jmh");
        Files.createDirectories(out);
        boolean quick = Boolean.getBoolean("bench.quick");
        String include = System.getProperty("bench.include", "");
        List<String> rules = rules(System.getProperty("bench.rules", ""));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(BenchMain.class.getPackageName() + ".*" + include + ".*")
                .param("rules", rules.toArray(String[]::new))
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("results.json").toString())
                .output(out.resolve("results.txt").toString());
        if (quick) {
            options.forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        System.out.println("JMH output: " + out.resolve("results.txt").toAbsolutePath());
        Collection<RunResult> results = new Runner(options.build()).run();
        String summary = summary(results, rules, quick);
        Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        System.out.println(summary);
    }

    /**
     * @param property {@code bench.rules}: empty, or directories (or {@code bundled}) separated by commas
     * @return the rule files to measure, in order
     */
    static List<String> rules(String property) {
        List<String> rules = new ArrayList<>();
        for (String r : property.split(",")) {
            if (!r.isBlank()) {
                rules.add(r.trim());
            }
        }
        return rules.isEmpty() ? List.of(EngineState.BUNDLED) : rules;
    }

    /**
     * @param results the run's results
     * @param rules the rule files measured, in order
     * @param quick whether the run was a quick smoke run
     * @return the summary as Markdown: one table per rule files measured
     */
    static String summary(Collection<RunResult> results, List<String> rules, boolean quick) {
        Map<String, Statistics> stats = new TreeMap<>();
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String size = r.getParams().getParam("size");
            String rule = r.getParams().getParam("rules");
            String key = name + (size == null ? "" : "/" + size) + (rule == null ? "" : "@" + rule);
            stats.put(key, r.getPrimaryResult().getStatistics());
            scores.put(key, r.getPrimaryResult().getScore());
        }
        StringBuilder b = new StringBuilder();
        b.append("## JMH summary").append(quick ? " (QUICK SMOKE RUN — not a measurement)" : "").append("\n\n");
        b.append("JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append("; CPUs: ")
                .append(Runtime.getRuntime().availableProcessors()).append("\n");
        Map<SiteSize, String> json = new java.util.EnumMap<>(SiteSize.class);
        for (String rule : rules) {
            String at = "@" + rule;
            b.append("\n### Rules: ").append(rule).append("\n\n");
            for (String variant : List.of("", "Compiled")) {
                String how = variant.isEmpty() ? "as loaded (bundled files: compiled at build time)" : "compiling the DRL";
                Statistics cold = stats.get("KieBaseBuildBenchmark.cold" + variant + at);
                Statistics warm = stats.get("KieBaseBuildBenchmark.warm" + variant + at);
                if (cold != null) {
                    b.append(String.format(Locale.ROOT, "KieBase build %s, cold (first build in a fresh JVM, %d shots, "
                            + "one per fork): median %.0f ms, min %.0f ms, max %.0f ms%n%n", how, cold.getN(),
                            cold.getPercentile(50), cold.getMin(), cold.getMax()));
                }
                if (warm != null) {
                    b.append(String.format(Locale.ROOT, "KieBase rebuild %s, warm (reload in a running JVM): median %.0f ms"
                            + "%n%n", how, warm.getPercentile(50)));
                }
            }
            StringBuilder rows = new StringBuilder();
            for (SiteSize size : SiteSize.values()) {
                String s = "/" + size.name();
                Statistics score = stats.get("ScoringLatencyBenchmark.score" + s + at);
                Statistics parse = stats.get("ScoringLatencyBenchmark.parse" + s);
                Statistics plain = stats.get("ScoringLatencyBenchmark.plainPass" + s);
                Statistics validate = stats.get("ScoringLatencyBenchmark.validate" + s);
                Double one = scores.get("ScoringThroughputBenchmark.oneThread" + s + at);
                Double two = scores.get("ScoringThroughputBenchmark.twoThreads" + s + at);
                if (score == null && parse == null && one == null) {
                    continue;
                }
                rows.append("| ").append(size.label()).append(" | ").append(json.computeIfAbsent(size, BenchMain::jsonSize))
                        .append(" | ").append(ms(score, 50)).append(" | ").append(ms(score, 99))
                        .append(" | ").append(ms(parse, 50)).append(" | ").append(ms(parse, 99))
                        .append(" | ").append(ms(plain, 50)).append(" | ").append(ms(validate, 50))
                        .append(" | ").append(ratio(score, parse)).append(" | ").append(ratio(score, plain))
                        .append(" | ").append(perSecond(one)).append(" | ").append(perSecond(two)).append(" |\n");
            }
            if (rows.length() > 0) {
                b.append("| size | JSON | score p50 | score p99 | parse p50 | parse p99 | plain pass p50 | validate p50 "
                        + "| score ÷ parse (p50) | score ÷ plain pass (p50) | score/s, 1 thread | score/s, 2 threads |\n");
                b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                b.append(rows);
            }
        }
        b.append("\nTimes in ms. score = ScoringEngine.score on the parsed inspection (validation, one Drools session, "
                + "report); parse = ScoringJson.readInspection of the same inspection's JSON (UTF-8 bytes, as batch reads it); plain pass = one "
                + "plain-Java read of every fact; parse, plain pass and validate do not depend on the rules. Inputs: 8 "
                + "generated websites per size (each outcome aim, with and without public service), taken in turn.\n");
        return b.toString();
    }

    private static String jsonSize(SiteSize size) {
        List<WebsiteInspection> pool = BenchInputs.pool(size);
        long bytes = 0;
        for (WebsiteInspection w : pool) {
            bytes += ScoringJson.write(w).getBytes(StandardCharsets.UTF_8).length;
        }
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0 / pool.size());
    }

    private static String ms(Statistics s, double percentile) {
        return s == null ? "–" : String.format(Locale.ROOT, "%.2f", s.getPercentile(percentile));
    }

    private static String ratio(Statistics a, Statistics b) {
        return a == null || b == null ? "–"
                : String.format(Locale.ROOT, "%.1f×", a.getPercentile(50) / b.getPercentile(50));
    }

    private static String perSecond(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }
}
