package org.govweb.scoring.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;

/**
 * What some rules cost: scores the same inspections with the bundled rules and with variants in which
 * some rules are <em>parked</em> (moved to an agenda group that is never focused, so they are never
 * evaluated; their patterns still receive the facts), and prints how much less thread CPU time each
 * variant takes per inspection.
 *
 * <p>The engines are scored in turn, inspection by inspection, in one thread of one JVM, so that the
 * machine's swings (which on a shared 2-core machine move whole runs by 20 % and more) touch every variant
 * alike; a second, unparked copy of the rules is scored too, and its difference from the first is the
 * noise floor of the run. Every variant, the first copy included, is compiled from the DRL text (never
 * the rules compiled at build time), so that all are alike.
 *
 * <p>Each variant's bytes allocated per inspection are printed too. Run with {@code -XX:-DoEscapeAnalysis}
 * (so that the JIT keeps no object off the heap) and, once warm, they repeat to a tenth of a percent from
 * run to run however busy the machine, where CPU time swings by 10–20 %. Allocation is not time (an object
 * the JIT would have kept off the heap costs little), but a rule change that allocates less almost always
 * does less work, and the column shows a 1 % change that the times cannot.
 *
 * <p>Usage: {@code RuleCost INSPECTIONS.jsonl ROUNDS WHAT...}, each WHAT a rule file
 * ({@code D3-interaction.drl}: every rule of the file but its catalogue rules) or a file and part of a
 * rule's name ({@code D3-interaction.drl#D3.4}: the rules of the file whose names contain it). Parking a
 * derive rule parks what depends on its facts as well. See scoring-samples/BENCHMARKS.md for how to run it
 * and what it showed.
 */
public final class RuleCost {
    /** The agenda group of parked rules: never focused by the engine. */
    static final String PARKED = "parked";
    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]*)\"([^\\n]*)$");
    private static final Pattern GROUP = Pattern.compile("agenda-group\\s+\"[^\"]*\"");

    private RuleCost() {
    }

    /**
     * @param args inspections (JSON Lines), rounds, what to park
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: RuleCost INSPECTIONS.jsonl ROUNDS WHAT... (WHAT: FILE.drl or FILE.drl#name-part)");
            System.exit(2);
        }
        List<Inspection> inspections = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                inspections.add(ScoringJson.readInspection(line));
            }
        }
        run(inspections, Integer.parseInt(args[1]), Arrays.asList(args).subList(2, args.length), System.out);
    }

    /**
     * @param inspections what to score
     * @param rounds how many times each engine scores every inspection (the first third is warm-up)
     * @param what the variants to measure
     * @param out where the table goes
     * @throws IOException when the rule files cannot be written to a temporary directory
     */
    static void run(List<Inspection> inspections, int rounds, List<String> what, PrintStream out) throws IOException {
        List<String> names = new ArrayList<>();
        names.add("bundled rules");
        names.addAll(what);
        names.add("bundled rules again (noise floor)");
        ScoringEngine[] engines = new ScoringEngine[names.size()];
        Path root = Files.createTempDirectory("rule-cost");
        for (int k = 0; k < engines.length; k++) {
            Path dir = root.resolve("variant-" + k);
            RuleFiles.bundled().copyTo(dir);
            // one comment makes the files differ from the bundled ones: every variant is compiled from its text
            Files.writeString(dir.resolve("P-procedure.drl"), "\n// rule cost variant " + k + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            if (k > 0 && k < engines.length - 1) {
                park(dir, names.get(k));
            }
            engines[k] = ScoringEngine.builder().rulesDirectory(dir).build();
        }
        deleteTree(root); // the engines hold their compiled rules; the copies are no longer needed
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[][] micros = new double[engines.length][rounds];
        double[][] kilobytes = new double[engines.length][rounds];
        long checksum = 0;
        for (int r = 0; r < rounds; r++) {
            for (Inspection inspection : inspections) {
                for (int i = 0; i < engines.length; i++) {
                    int k = (i + r) % engines.length; // each engine in every position in turn
                    long allocated = threads.getThreadAllocatedBytes(thread);
                    long start = threads.getCurrentThreadCpuTime();
                    checksum += engines[k].score(inspection).hashCode();
                    micros[k][r] += (threads.getCurrentThreadCpuTime() - start) / 1e3 / inspections.size();
                    kilobytes[k][r] += (threads.getThreadAllocatedBytes(thread) - allocated) / 1024.0 / inspections.size();
                }
            }
        }
        int warm = rounds / 3;
        out.printf(Locale.ROOT, "%d inspections, %d rounds (the first %d are warm-up), thread CPU and bytes allocated"
                + " per inspection%n", inspections.size(), rounds, warm);
        out.printf(Locale.ROOT, "%-48s %10s %12s %22s %12s %10s%n", "variant", "median µs", "Δ median µs", "Δ quartiles µs",
                "median KB", "Δ KB");
        double baseBytes = median(kilobytes[0], warm);
        for (int k = 0; k < engines.length; k++) {
            double[] diff = new double[rounds - warm];
            for (int r = warm; r < rounds; r++) {
                diff[r - warm] = micros[k][r] - micros[0][r];
            }
            Arrays.sort(diff);
            double bytes = median(kilobytes[k], warm);
            out.printf(Locale.ROOT, "%-48s %10.1f %+12.1f %+10.1f … %+9.1f %12.1f %+10.1f%n", names.get(k),
                    median(micros[k], warm), diff[diff.length / 2], diff[diff.length / 4], diff[3 * diff.length / 4],
                    bytes, bytes - baseBytes);
        }
        if (checksum == 42) {
            out.println(); // keeps the scoring from being optimised away
        }
    }

    private static double median(double[] values, int from) {
        double[] sorted = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Moves rules to the {@link #PARKED} agenda group.
     *
     * @param dir a copy of the rule files
     * @param what {@code FILE.drl} (all but the catalogue rules) or {@code FILE.drl#name-part}
     * @return how many rules were parked
     * @throws IOException when the file cannot be read or written
     * @throws IllegalArgumentException when no rule matches
     */
    static int park(Path dir, String what) throws IOException {
        int hash = what.indexOf('#');
        String file = hash < 0 ? what : what.substring(0, hash);
        String part = hash < 0 ? null : what.substring(hash + 1);
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no rule file " + file);
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Matcher m = RULE.matcher(text);
        StringBuilder parked = new StringBuilder();
        int count = 0;
        while (m.find()) {
            String header = m.group(2);
            boolean catalogue = header.contains("agenda-group \"catalogue\"");
            boolean chosen = part == null ? !catalogue : m.group(1).contains(part);
            String replacement = m.group();
            if (chosen) {
                count++;
                replacement = GROUP.matcher(header).find()
                        ? "rule \"" + m.group(1) + "\"" + GROUP.matcher(header).replaceFirst("agenda-group \"" + PARKED + "\"")
                        : "rule \"" + m.group(1) + "\"" + header + " agenda-group \"" + PARKED + "\"";
            }
            m.appendReplacement(parked, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(parked);
        if (count == 0) {
            throw new IllegalArgumentException("no rule of " + file + " matches " + what);
        }
        Files.writeString(path, parked, StandardCharsets.UTF_8);
        return count;
    }
}
