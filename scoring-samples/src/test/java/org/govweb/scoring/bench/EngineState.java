package org.govweb.scoring.bench;

import java.nio.file.Path;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.engine.ScoringEngine;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One engine shared by every thread (it is thread-safe), built from the rule files measured: the
 * bundled ones, or a directory of edited rule files ({@code -Dbench.rules=DIR[,DIR…]} of
 * {@link BenchMain}, which measures each in turn, side by side in one run).
 */
@State(Scope.Benchmark)
public class EngineState {

    /** The value of {@link #rules} that stands for the bundled rule files. */
    public static final String BUNDLED = "bundled";

    /** The rule files measured: {@value #BUNDLED} or a directory. */
    @Param({BUNDLED})
    public String rules;

    /** The engine. */
    public ScoringEngine engine;

    /** Builds the engine (outside any measurement). */
    @Setup
    public void build() {
        engine = BUNDLED.equals(rules) ? ScoringEngine.bundled() : ScoringEngine.fromRules(Path.of(rules));
    }

    /**
     * @param rules {@value #BUNDLED} or a directory of rule files
     * @return those rule files, read
     */
    public static RuleFiles files(String rules) {
        return BUNDLED.equals(rules) ? RuleFiles.bundled() : RuleFiles.fromDirectory(Path.of(rules));
    }
}
