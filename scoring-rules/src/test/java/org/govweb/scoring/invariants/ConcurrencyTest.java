package org.govweb.scoring.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.govweb.scoring.calendar.WorkingDayCalendar;
import org.govweb.scoring.drools.DroolsScoringEngine;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.testing.TestEngine;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by many threads: every report equals, byte for byte, the report of a sequential run
 * ({@code invariants.count} random inspections: 2000 by default, 100000 with {@code -Pstress}); and rule
 * sets reloaded while the threads score: every report carries exactly one rule set's identity and is, byte
 * for byte, the report that rule set gives sequentially — never a mixture. Reports are compared by their
 * SHA-256, so the stress run keeps little in memory.
 */
class ConcurrencyTest {

    private static final int COUNT = InvariantsTest.COUNT;
    private static final long SEED = Long.getLong("invariants.seed", 20191218L) ^ 0x5EED;
    private static final int MAX_FAILURES = 20;
    /** The one number the second rule set changes: D4.10's deduction for a site not upgraded to IPv6. */
    private static final String IPV6_LINE = "insert(Line.of(drools, \"1\", \"未按照要求完成IPv6改造\"";

    private final RandomInspections generator = new RandomInspections(SEED);

    @Test
    void oneEngineSharedByTwoAndByEightThreadsGivesTheSequentialReports() throws Exception {
        DroolsScoringEngine engine = TestEngine.engine();
        byte[][] sequential = new byte[COUNT][];
        for (int i = 0; i < COUNT; i++) {
            sequential[i] = digest(engine.score(generator.inspection(i)));
        }
        int half = COUNT / 2;
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        runConcurrently(2, 0, half, i -> compare(engine.score(generator.inspection(i)), sequential[i], i, failures));
        runConcurrently(8, half, COUNT, i -> compare(engine.score(generator.inspection(i)), sequential[i], i, failures));
        assertThat(failures).as("reports that differ from the sequential run").isEmpty();
    }

    @Test
    void aReloadDuringARunSwapsWholeRuleSetsOnly() throws Exception {
        RuleFiles bundled = RuleFiles.bundled();
        RuleFiles edited = editedCopy(bundled);
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        DroolsScoringEngine engine = DroolsScoringEngine.create(bundled, calendar);
        DroolsScoringEngine other = DroolsScoringEngine.create(edited, calendar);
        RuleSetIdentity a = engine.ruleSet();
        RuleSetIdentity b = other.ruleSet();
        assertThat(a.sha256()).isNotEqualTo(b.sha256());

        int n = Math.max(200, COUNT / 2);
        byte[][] byA = new byte[n][];
        byte[][] byB = new byte[n][];
        int differ = 0;
        for (int i = 0; i < n; i++) {
            ScoreReport ra = engine.score(generator.inspection(i));
            ScoreReport rb = other.score(generator.inspection(i));
            byA[i] = digest(ra);
            byB[i] = digest(rb);
            if (!ScoringJson.write(withRuleSet(ra, b)).equals(ScoringJson.write(rb))) {
                differ++;
            }
        }
        // the edit changes the substance of a fair share of the reports, so a report mixing two rule sets shows
        assertThat(differ).as("reports whose content the edited number changes").isGreaterThan(n / 20);

        AtomicBoolean scoring = new AtomicBoolean(true);
        AtomicInteger reloads = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService reloader = Executors.newSingleThreadExecutor();
        Future<?> reloading = reloader.submit(() -> {
            while (scoring.get()) {
                engine.reload(reloads.get() % 2 == 0 ? edited : bundled);
                reloads.incrementAndGet();
            }
            return null;
        });
        AtomicInteger seenA = new AtomicInteger();
        AtomicInteger seenB = new AtomicInteger();
        try {
            // score every inspection at least once, and go on (round after round) until the rule set has been
            // swapped at least twice while the threads were scoring
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                AtomicInteger next = new AtomicInteger();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        int k;
                        while ((k = next.getAndIncrement()) < n || reloads.get() < 2) {
                            if (failures.size() >= MAX_FAILURES || reloading.isDone()) {
                                break;
                            }
                            int i = k % n;
                            ScoreReport r = engine.score(generator.inspection(i));
                            if (r.ruleSet().equals(a)) {
                                seenA.incrementAndGet();
                                compare(r, byA[i], i, failures);
                            } else if (r.ruleSet().equals(b)) {
                                seenB.incrementAndGet();
                                compare(r, byB[i], i, failures);
                            } else {
                                failures.add("inspection " + i + ": report of an unknown rule set " + r.ruleSet());
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            scoring.set(false);
            reloading.get(10, TimeUnit.MINUTES);
            reloader.shutdownNow();
        }
        System.out.printf("ConcurrencyTest: %d reloads while scoring; %d reports of the bundled rules, %d of the "
                + "edited copy; %d of %d inspections differ in substance%n", reloads.get(), seenA.get(), seenB.get(),
                differ, n);
        assertThat(failures).as("reports mixing rule sets or differing from that rule set's sequential report").isEmpty();
        assertThat(reloads.get()).isGreaterThanOrEqualTo(2);
        assertThat(seenA.get()).isPositive();
        assertThat(seenB.get()).isPositive();
        assertThat(seenA.get() + seenB.get()).isGreaterThanOrEqualTo(n);
    }

    /** @return the bundled rules with one number changed: D4.10 deducts 0.5 instead of 1 */
    static RuleFiles editedCopy(RuleFiles bundled) {
        SortedMap<String, String> files = new TreeMap<>(bundled.files());
        String d4 = files.get("D4-design.drl");
        assertThat(d4).as("D4-design.drl holds the IPv6 deduction line").contains(IPV6_LINE);
        files.put("D4-design.drl", d4.replace(IPV6_LINE, IPV6_LINE.replace("\"1\"", "\"0.5\"")));
        return new RuleFiles(files, "edited copy (D4.10 −0.5)");
    }

    private static ScoreReport withRuleSet(ScoreReport r, RuleSetIdentity identity) {
        return new ScoreReport(r.type(), r.inspectionId(), r.subjectId(), r.subjectName(), r.unit(), r.monitoringDate(),
                r.verdict(), r.reason(), r.part2(), r.part3(), r.finalScore(), r.display(), r.vetoes(), r.indicators(),
                r.groups(), r.part2Detail(), r.warnings(), identity);
    }

    private static void compare(ScoreReport r, byte[] expected, int i, Queue<String> failures) {
        if (!Arrays.equals(digest(r), expected) && failures.size() < MAX_FAILURES) {
            failures.add("inspection " + i + " (seed " + SEED + "): report differs from the sequential one");
        }
    }

    /** Scores inspections {@code from} … {@code to − 1} on {@code threads} threads. */
    private static void runConcurrently(int threads, int from, int to, java.util.function.IntConsumer task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger(from);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < to) {
                        task.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static byte[] digest(ScoreReport r) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ScoringJson.write(r).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
