package org.govweb.scoring.bench;

import java.util.concurrent.TimeUnit;
import org.govweb.scoring.drools.RuleSet;
import org.govweb.scoring.drools.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the rule set from the rule files measured ({@link EngineState#rules}): reading them, getting
 * their KieBase and running the catalogue checks ({@link RuleSetLoader#load}). For the bundled rule files
 * (or a directory with exactly the same files) the KieBase comes from the rules the build compiled into the
 * jar; the {@code …Compiled} variants turn that off ({@code -Dorg.govweb.scoring.precompiledRules=false})
 * and compile the DRL, as for any edited rule files.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KieBaseBuildBenchmark {

    /** Which rule files to build; the same parameter as {@link EngineState#rules}. */
    @State(Scope.Benchmark)
    public static class Rules {
        /** {@value EngineState#BUNDLED} or a directory of rule files. */
        @Param({EngineState.BUNDLED})
        public String rules;
    }

    /**
     * Cold: the first build in a fresh JVM, as at start-up (one shot per fork; the median is over forks).
     *
     * @param rules the rule files to build
     * @return the rule set
     */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 7, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public RuleSet cold(Rules rules) {
        return RuleSetLoader.load(EngineState.files(rules.rules));
    }

    /**
     * Cold, compiling the DRL (as for edited rule files): the first build in a fresh JVM.
     *
     * @param rules the rule files to build
     * @return the rule set
     */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 7, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.govweb.scoring.precompiledRules=false"})
    public RuleSet coldCompiled(Rules rules) {
        return RuleSetLoader.load(EngineState.files(rules.rules));
    }

    /**
     * Warm, compiling the DRL: a rebuild in a running JVM, as on a reload of edited rule files.
     *
     * @param rules the rule files to build
     * @return the rule set
     */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.govweb.scoring.precompiledRules=false"})
    public RuleSet warmCompiled(Rules rules) {
        return RuleSetLoader.load(EngineState.files(rules.rules));
    }

    /**
     * Warm: a rebuild in a running JVM.
     *
     * @param rules the rule files to build
     * @return the rule set
     */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public RuleSet warm(Rules rules) {
        return RuleSetLoader.load(EngineState.files(rules.rules));
    }
}
