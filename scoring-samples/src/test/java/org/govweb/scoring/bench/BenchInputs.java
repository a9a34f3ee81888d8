package org.govweb.scoring.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.samples.generator.InspectionGenerator;
import org.govweb.scoring.samples.generator.OutcomeAim;
import org.govweb.scoring.samples.generator.SiteSize;
import org.govweb.scoring.website.WebsiteInspection;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inputs of one size, the same for every benchmark of a run: a pool of generated websites, one per
 * outcome aim with and without a public-service function, and their JSON text. Benchmarks take them in
 * turn, so a figure is the mix of outcomes, not one lucky inspection.
 */
@State(Scope.Benchmark)
public class BenchInputs {

    /** Seed of the benchmark inputs (fixed: every run measures the same inspections). */
    public static final long SEED = 20_240_601L;

    /** The site size measured. */
    @Param({"SMALL", "MEDIAN", "LARGE"})
    public SiteSize size;

    /** The websites, in the order they are taken. */
    public WebsiteInspection[] websites;
    /** Their JSON in UTF-8, as {@link ScoringJson#write} writes it: what {@code batch} parses. */
    public byte[][] json;

    /** Generates the pool. */
    @Setup
    public void generate() {
        List<WebsiteInspection> pool = pool(size);
        websites = pool.toArray(WebsiteInspection[]::new);
        json = pool.stream().map(w -> ScoringJson.write(w).getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /**
     * @param size a site size
     * @return the benchmark pool of that size: each outcome aim, with and without a public-service function
     */
    public static List<WebsiteInspection> pool(SiteSize size) {
        List<WebsiteInspection> pool = new ArrayList<>();
        int i = 0;
        for (OutcomeAim aim : OutcomeAim.values()) {
            for (boolean publicService : new boolean[] {true, false}) {
                pool.add(InspectionGenerator.website(SEED, i++, size, aim, publicService));
            }
        }
        return pool;
    }
}
