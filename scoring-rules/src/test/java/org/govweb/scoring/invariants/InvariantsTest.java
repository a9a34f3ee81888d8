package org.govweb.scoring.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.govweb.scoring.drools.DroolsScoringEngine;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.render.TextReport;
import org.govweb.scoring.report.GroupSubtotal;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.Part2Analysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.validation.InspectionValidator;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for every valid website inspection, checked on {@code invariants.count}
 * random ones ({@link RandomInspections}; 2000 by default, 100000 with {@code -Pstress}; seed
 * {@code invariants.seed}). A failure names the inspection's index, which {@link
 * RandomInspections#inspection(int)} replays alone.
 */
class InvariantsTest {

    /** How many random inspections; the parent pom passes it to surefire. */
    static final int COUNT = Integer.getInteger("invariants.count", 2000);
    /** The generator's seed. */
    static final long SEED = Long.getLong("invariants.seed", 20191218L);
    /** Failures reported in full before the run gives up collecting. */
    private static final int MAX_FAILURES = 20;
    /** Tolerance of Part 2 after the 4/3 scaling, which the rules round to 10 decimals. */
    private static final BigDecimal SCALING_TOLERANCE = new BigDecimal("1E-10");

    private final DroolsScoringEngine engine = TestEngine.engine();
    private final RandomInspections generator = new RandomInspections(SEED);

    @Test
    void everyGeneratedInspectionIsValid() {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, COUNT).parallel().forEach(i -> {
            List<InputProblem> problems = InspectionValidator.validate(generator.inspection(i));
            if (!problems.isEmpty() && failures.size() < MAX_FAILURES) {
                failures.add("inspection " + i + ": " + problems);
            }
        });
        assertThat(failures).as("the generator made invalid inspections (seed %d)", SEED).isEmpty();
    }

    @Test
    void theGeneratorReachesTheEdgesItAimsAt() {
        int vetoed = 0;
        int noService = 0;
        int belowSixty = 0;
        int bonus = 0;
        int between = 0;
        int n = Math.min(COUNT, 400);
        for (int i = 0; i < n; i++) {
            WebsiteInspection w = generator.inspection(i);
            ScoreReport r = engine.score(w);
            if (r.reason() == VerdictReason.VETO) {
                vetoed++;
            } else if (r.reason() == VerdictReason.BELOW_60) {
                belowSixty++;
            } else if (r.part3() != null) {
                bonus++;
            } else {
                between++;
            }
            if (!w.site().publicService()) {
                noService++;
            }
        }
        System.out.printf("InvariantsTest: of %d inspections %d vetoed, %d below 60, %d in [60, 80], %d with a bonus; "
                + "%d with no public service%n", n, vetoed, belowSixty, between, bonus, noService);
        // every branch of the procedure is taken by a fair share of the inspections (not a tuned number:
        // a generator that only ever produces vetoed sites would make the other invariants vacuous)
        assertThat(vetoed).as("vetoed").isGreaterThan(n / 20);
        assertThat(vetoed).as("vetoed").isLessThan(n - n / 20);
        assertThat(noService).as("no public service").isGreaterThan(n / 10);
        assertThat(belowSixty + bonus + between).as("scored").isGreaterThan(n / 20);
    }

    @Test
    void invariantsHoldOnRandomInspections() {
        Map<String, Boolean> serviceGroup = new HashMap<>();
        Map<String, IndicatorInfo> infos = new HashMap<>();
        for (IndicatorInfo info : engine.catalogue()) {
            infos.put(info.id(), info);
            if (info.group() == null) {
                serviceGroup.put(info.id(), info.service());
            }
        }
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger checked = new AtomicInteger();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        IntStream.range(0, COUNT).parallel().forEach(i -> {
            if (failures.size() >= MAX_FAILURES) {
                return;
            }
            WebsiteInspection w = generator.inspection(i);
            try {
                List<String> broken = check(w, i, serviceGroup, infos);
                if (!broken.isEmpty()) {
                    failures.add("inspection " + i + " (seed " + SEED + "): " + String.join("; ", broken));
                }
            } catch (RuntimeException | AssertionError e) {
                failures.add("inspection " + i + " (seed " + SEED + "): threw " + e);
            }
            checked.incrementAndGet();
        });
        System.out.printf("InvariantsTest: %d random inspections (each scored 3 times) in %d ms, %d ms of CPU%n",
                checked.get(), (System.nanoTime() - start) / 1_000_000, (cpuNanos() - cpuStart) / 1_000_000);
        assertThat(failures).as("invariants broken").isEmpty();
        assertThat(checked.get()).isEqualTo(COUNT);
    }

    // ------------------------------------------------------------------ findings of the adversarial review

    /**
     * Finding: page tags are sampled by URL (their sample id) but nothing makes URLs unique, so with two
     * tags of one URL the draw — and D4.8's deduction — depends on the order of the input (0.2 or 0.3 here),
     * against Decision 6. Fix either way: the validator rejects a repeated page-tag URL, or the sampler
     * breaks ties by the whole item. Enable after the fix.
     */
    @Test

    void pageTagsSharingAUrlAreRejectedOrScoredAlikeInAnyOrder() {
        WebsiteInspection base = TestEngine.countyPortal();
        List<org.govweb.scoring.website.PageTag> tags = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            tags.add(new org.govweb.scoring.website.PageTag("http://www.cqfd.gov.cn/same.html",
                    org.govweb.scoring.website.PageType.CONTENT, i % 2 == 0, true, null));
        }
        List<org.govweb.scoring.website.PageTag> rotated = new ArrayList<>(tags);
        java.util.Collections.rotate(rotated, 1);
        WebsiteInspection w = base.toBuilder().design(base.design().toBuilder().pageTags(tags).build()).build();
        WebsiteInspection v = base.toBuilder().design(base.design().toBuilder().pageTags(rotated).build()).build();
        List<InputProblem> problems = InspectionValidator.validate(w);
        if (problems.isEmpty()) {
            assertThat(engine.score(v).indicator("D4.8")).isEqualTo(engine.score(w).indicator("D4.8"));
        } else {
            assertThat(problems).extracting(InputProblem::path).contains("$.design.pageTags[1].url");
        }
    }

    /**
     * Finding: {@code browsersFailing} is a set in the schema ({@code uniqueItems}), but a class listed twice
     * is accepted and deducted twice (D4.9 −2 for one browser class). The same holds for every
     * {@code uniqueItems} list the validator does not check (footerElements, guide elements, publishedFields,
     * forms, linkedInterpretationIds, sampledFor) — harmless there today because the rules test membership.
     * Fix: the validator rejects repeated items of {@code uniqueItems} lists. Enable after the fix.
     */
    @Test

    void aBrowserClassListedTwiceIsRejectedOrDeductedOnce() {
        WebsiteInspection base = TestEngine.countyPortal();
        WebsiteInspection w = base.toBuilder()
                .design(base.design().toBuilder().browsersFailing(List.of("IE", "IE")).build()).build();
        List<InputProblem> problems = InspectionValidator.validate(w);
        if (problems.isEmpty()) {
            assertThat(engine.score(w).indicator("D4.9").orElseThrow().counted()).isEqualByComparingTo("1");
        } else {
            assertThat(problems).extracting(InputProblem::path).contains("$.design.browsersFailing[1]");
        }
    }

    /** @return the invariants {@code w}'s report breaks, in words; empty when it keeps them all */
    private List<String> check(WebsiteInspection w, long index, Map<String, Boolean> serviceGroup,
            Map<String, IndicatorInfo> infos) {
        List<String> broken = new ArrayList<>();
        ScoreReport r = engine.score(w);
        String json = ScoringJson.write(r);
        TextReport.render(r);

        // determinism: the same input, and the same input with every list shuffled, give the same bytes
        if (!ScoringJson.write(engine.score(w)).equals(json)) {
            broken.add("scoring the same inspection twice gave different JSON");
        }
        WebsiteInspection shuffled = RandomInspections.shuffled(w, RandomInspections.mix(SEED, ~index));
        String shuffledJson = ScoringJson.write(engine.score(shuffled));
        if (!shuffledJson.equals(json)) {
            broken.add("shuffling the input's lists changed the report: " + firstDifference(json, shuffledJson));
        }

        boolean vetoed = !r.vetoes().isEmpty();
        boolean service = w.site().publicService();

        // the verdict and the parts
        if (vetoed) {
            expect(broken, r.verdict() == Verdict.UNQUALIFIED && r.reason() == VerdictReason.VETO,
                    "a veto holds but the verdict is " + r.verdict() + "/" + r.reason());
            expect(broken, r.part2() == null && r.part3() == null && r.finalScore() == null,
                    "a vetoed site has scores: " + r.part2() + "/" + r.part3() + "/" + r.finalScore());
        } else {
            expect(broken, r.reason() != VerdictReason.VETO, "reason VETO without any veto");
            BigDecimal p2 = r.part2();
            Part2Analysis d = r.part2Detail();
            if (p2 == null || d == null) {
                broken.add("no Part 2 for a site without veto");
                return broken;
            }
            expect(broken, p2.signum() >= 0 && p2.compareTo(BigDecimal.valueOf(100)) <= 0, "Part 2 " + p2 + " outside [0, 100]");
            BigDecimal exact = d.raw().multiply(d.scaleNumerator());
            expect(broken, p2.multiply(d.scaleDenominator()).subtract(exact).abs()
                    .compareTo(SCALING_TOLERANCE.multiply(d.scaleDenominator())) <= 0,
                    "Part 2 " + p2 + " is not raw " + d.raw() + " × " + d.scaleNumerator() + "/" + d.scaleDenominator());
            expect(broken, d.raw().compareTo(d.outOf().subtract(d.deducted())) == 0, "Part 2 raw is not outOf − deducted");
            boolean below60 = exact.compareTo(BigDecimal.valueOf(60).multiply(d.scaleDenominator())) < 0;
            boolean above80 = exact.compareTo(BigDecimal.valueOf(80).multiply(d.scaleDenominator())) > 0;
            expect(broken, below60 == (r.verdict() == Verdict.UNQUALIFIED),
                    "Part 2 " + p2 + " but verdict " + r.verdict() + "/" + r.reason());
            expect(broken, !below60 || r.reason() == VerdictReason.BELOW_60, "below 60 without reason BELOW_60");
            expect(broken, (r.part3() != null) == above80, "Part 3 " + r.part3() + " with Part 2 " + p2);
            if (r.part3() != null) {
                expect(broken, r.part3().signum() >= 0 && r.part3().compareTo(BigDecimal.valueOf(30)) <= 0,
                        "Part 3 " + r.part3() + " outside [0, 30]");
                expect(broken, r.finalScore() != null && r.finalScore().compareTo(p2.add(r.part3())) == 0,
                        "final " + r.finalScore() + " is not Part 2 " + p2 + " + Part 3 " + r.part3());
            } else {
                expect(broken, r.finalScore() != null && r.finalScore().compareTo(p2) == 0,
                        "final " + r.finalScore() + " is not Part 2 " + p2);
            }
            expect(broken, r.display() != null && p2.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    .equals(r.display().part2()), "displayed Part 2 is not Part 2 rounded half-up to 2 decimals");
            BigDecimal outOf = BigDecimal.ZERO;
            BigDecimal deducted = BigDecimal.ZERO;
            for (GroupSubtotal g : r.groups()) {
                if (g.kind() == IndicatorKind.DEDUCTION && g.status() != IndicatorStatus.NOT_APPLICABLE) {
                    outOf = outOf.add(g.points());
                    deducted = deducted.add(g.counted());
                }
            }
            expect(broken, outOf.compareTo(d.outOf()) == 0, "Part 2 out of " + d.outOf() + ", groups give " + outOf);
            expect(broken, deducted.compareTo(d.deducted()) == 0,
                    "Part 2 deducted " + d.deducted() + ", groups give " + deducted);
        }

        // the indicators
        Map<String, BigDecimal> groupCounted = new HashMap<>();
        for (IndicatorAnalysis a : r.indicators()) {
            String id = a.indicator();
            boolean serviceIndicator = Boolean.TRUE.equals(serviceGroup.get(a.group()))
                    || (infos.containsKey(id) && infos.get(id).service());
            expect(broken, a.kind() == IndicatorKind.DEDUCTION || a.kind() == IndicatorKind.BONUS,
                    id + " of kind " + a.kind() + " among the indicators");
            expect(broken, a.counted().signum() >= 0 && a.counted().compareTo(a.points()) <= 0,
                    id + " counted " + a.counted() + " outside [0, " + a.points() + "]");
            BigDecimal lineSum = BigDecimal.ZERO;
            for (LineAnalysis l : a.lines()) {
                expect(broken, l.amount().signum() > 0, id + " has a line of amount " + l.amount());
                lineSum = lineSum.add(l.amount());
            }
            if (!service && serviceIndicator) {
                expect(broken, a.status() == IndicatorStatus.NOT_APPLICABLE,
                        "service indicator " + id + " of a unit with no public service is " + a.status());
            } else if (vetoed) {
                expect(broken, a.status() == IndicatorStatus.NOT_SCORED, id + " is " + a.status() + " under a veto");
            } else {
                expect(broken, a.status() != IndicatorStatus.NOT_APPLICABLE, id + " NOT_APPLICABLE for a unit with service "
                        + service);
            }
            switch (a.status()) {
                case HIT, CLEAN -> {
                    expect(broken, a.raw().compareTo(lineSum) == 0, id + " raw " + a.raw() + " ≠ its lines' sum " + lineSum);
                    expect(broken, a.counted().compareTo(a.raw().min(a.points())) == 0,
                            id + " counted " + a.counted() + " is not min(raw " + a.raw() + ", points " + a.points() + ")");
                    expect(broken, a.capped() == (a.raw().compareTo(a.points()) > 0), id + " capped flag wrong");
                    expect(broken, (a.status() == IndicatorStatus.HIT) == !a.lines().isEmpty(),
                            id + " is " + a.status() + " with " + a.lines().size() + " lines");
                    BigDecimal score = a.kind() == IndicatorKind.DEDUCTION ? a.points().subtract(a.counted()) : a.counted();
                    expect(broken, a.score() != null && a.score().compareTo(score) == 0,
                            id + " score " + a.score() + ", expected " + score);
                }
                case NOT_SCORED -> {
                    expect(broken, a.counted().signum() == 0 && a.score() == null && !a.capped(),
                            id + " NOT_SCORED but counted " + a.counted() + ", score " + a.score());
                    expect(broken, vetoed || a.kind() == IndicatorKind.BONUS, id + " NOT_SCORED without a veto");
                    expect(broken, vetoed || r.part3() == null, "bonus " + id + " NOT_SCORED in the bonus stage");
                }
                case NOT_APPLICABLE -> expect(broken, a.counted().signum() == 0 && a.score() == null,
                        id + " NOT_APPLICABLE but counted " + a.counted());
                default -> broken.add(id + " has status " + a.status());
            }
            groupCounted.merge(a.group(), a.counted(), BigDecimal::add);
        }
        for (GroupSubtotal g : r.groups()) {
            BigDecimal sum = groupCounted.getOrDefault(g.group(), BigDecimal.ZERO);
            expect(broken, g.counted().compareTo(sum) == 0, "group " + g.group() + " counted " + g.counted()
                    + " ≠ its indicators' " + sum);
            expect(broken, g.counted().signum() >= 0 && g.counted().compareTo(g.points()) <= 0,
                    "group " + g.group() + " counted " + g.counted() + " outside [0, " + g.points() + "]");
        }

        // the vetoes
        for (VetoAnalysis v : r.vetoes()) {
            expect(broken, service || !v.indicator().equals("VW6"), "VW6 holds for a unit with no public service");
            expect(broken, v.indicator().startsWith("VW"), "veto " + v.indicator() + " in a website report");
        }
        return broken;
    }

    /** @return the CPU time of this JVM so far (for the timings printed, never asserted) */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static void expect(List<String> broken, boolean holds, String otherwise) {
        if (!holds) {
            broken.add(otherwise);
        }
    }

    /** @return the two texts around their first difference */
    static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "at " + i + ": «" + a.substring(from, Math.min(a.length(), i + 120)) + "» vs «"
                + b.substring(from, Math.min(b.length(), i + 120)) + "»";
    }
}
