package org.govweb.scoring.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One engine shared by threads; reloads swap rule sets atomically. */
class EngineConcurrencyTest {

    @Test
    void oneEngineSharedByTwoThreadsGivesIdenticalReports() throws Exception {
        DroolsScoringEngine engine = TestEngine.engine();
        WebsiteInspection w = TestEngine.countyPortal();
        ScoreReport expected = engine.score(w);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ScoreReport>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> engine.score(w)));
            }
            for (Future<ScoreReport> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEngineIsFoundThroughTheApi() {
        ScoringEngine engine = ScoringEngine.bundled();
        assertThat(engine).isInstanceOf(DroolsScoringEngine.class);
        assertThat(engine.ruleSet().source()).isEqualTo("bundled");
    }

    @Test
    void aFailedReloadKeepsTheOldRulesServing(@TempDir Path dir) throws Exception {
        DroolsScoringEngine engine = DroolsScoringEngine.bundled();
        RuleSetIdentity before = engine.ruleSet();
        RuleFiles.bundled().copyTo(dir);
        Files.writeString(dir.resolve("P-procedure.drl"), "rule \"broken\" when then garbage");
        assertThatThrownBy(() -> engine.reload(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("P-procedure.drl:");
        assertThat(engine.ruleSet()).isEqualTo(before);
        assertThat(engine.score(TestEngine.countyPortal()).ruleSet()).isEqualTo(before);
    }

    @Test
    void aReloadSwapsTheRuleSetAndReportsCarryIt(@TempDir Path dir) {
        DroolsScoringEngine engine = DroolsScoringEngine.bundled();
        RuleFiles.bundled().copyTo(dir);
        RuleSetIdentity after = engine.reload(dir);
        assertThat(after.source()).isEqualTo(dir.toAbsolutePath().normalize().toString());
        assertThat(engine.score(TestEngine.countyPortal()).ruleSet()).isEqualTo(after);
    }
}
