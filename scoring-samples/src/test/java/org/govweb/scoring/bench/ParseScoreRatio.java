package org.govweb.scoring.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.samples.generator.SiteSize;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * The rules' cost against the parse, measured <em>in the same moments</em>: each website of the JMH
 * benchmarks' pool ({@link BenchInputs#pool}) is parsed from its JSON and then scored, one after the other
 * in one thread, round after round, and the ratio score ÷ parse is taken for each such pair. On a shared
 * machine whose speed moves by 10–20 % from one minute to the next, JMH measures parse and score minutes
 * apart, each in its own spell; a pair's two times see the same spell, so the median of the pairs' ratios
 * varies less from run to run than the ratio of two JMH medians (seventh round, small sites: 1.18–1.26×
 * against 1.03–1.25×). It needs many rounds (1,500 for small sites): the JIT works long on this loop.
 *
 * <p>Usage: {@code ParseScoreRatio ROUNDS [SIZE…] [--rules DIR]} (default sizes: all; default rules: the
 * bundled ones); the first third of the rounds is warm-up. Prints, per size, the medians of the parse and
 * score times, the median of the pairs' ratios and that median over each half of the measured rounds (how
 * steady it is). See scoring-samples/BENCHMARKS.md.
 */
public final class ParseScoreRatio {

    private ParseScoreRatio() {
    }

    /**
     * @param args rounds, then the sizes (SMALL, MEDIAN, LARGE; default all)
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ParseScoreRatio ROUNDS [SMALL|MEDIAN|LARGE ...] [--rules DIR]");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        List<SiteSize> sizes = new ArrayList<>();
        ScoringEngine engine = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--rules") && i + 1 < args.length) {
                engine = ScoringEngine.builder().rulesDirectory(Path.of(args[++i])).build();
            } else {
                sizes.add(SiteSize.valueOf(args[i]));
            }
        }
        run(engine != null ? engine : ScoringEngine.bundled(), sizes.isEmpty() ? List.of(SiteSize.values()) : sizes,
                rounds, System.out);
    }

    /**
     * @param engine the engine to score with
     * @param sizes the site sizes to measure, each in turn
     * @param rounds how many times each website is parsed and scored (the first third is warm-up)
     * @param out where the table goes
     */
    static void run(ScoringEngine engine, List<SiteSize> sizes, int rounds, PrintStream out) {
        int warm = rounds / 3;
        out.printf(Locale.ROOT, "%d rounds (the first %d are warm-up): each website parsed, then scored, in turn%n",
                rounds, warm);
        out.printf(Locale.ROOT, "%-8s %12s %12s %14s %22s%n", "size", "parse p50 ms", "score p50 ms", "score ÷ parse",
                "halves");
        long checksum = 0;
        for (SiteSize size : sizes) {
            List<WebsiteInspection> pool = BenchInputs.pool(size);
            byte[][] json = pool.stream().map(w -> ScoringJson.write(w).getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new);
            int n = json.length;
            double[][] parse = new double[rounds][n];
            double[][] score = new double[rounds][n];
            double[][] ratio = new double[rounds][n];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < n; i++) {
                    long start = System.nanoTime();
                    Inspection parsed = ScoringJson.readInspection(json[i]);
                    long parsedAt = System.nanoTime();
                    checksum += engine.score(parsed).hashCode();
                    long scoredAt = System.nanoTime();
                    parse[r][i] = (parsedAt - start) / 1e6;
                    score[r][i] = (scoredAt - parsedAt) / 1e6;
                    ratio[r][i] = score[r][i] / parse[r][i];
                }
            }
            int half = warm + (rounds - warm) / 2;
            out.printf(Locale.ROOT, "%-8s %12.3f %12.3f %13.2f× %10.2f× / %.2f×%n", size, median(parse, warm, rounds),
                    median(score, warm, rounds), median(ratio, warm, rounds), median(ratio, warm, half),
                    median(ratio, half, rounds));
        }
        if (checksum == 42) {
            out.println(); // keeps the work from being optimised away
        }
    }

    private static double median(double[][] values, int from, int to) {
        double[] all = Arrays.stream(values, from, to).flatMapToDouble(Arrays::stream).sorted().toArray();
        return all[all.length / 2];
    }
}
