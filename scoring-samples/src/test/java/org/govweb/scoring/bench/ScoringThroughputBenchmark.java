package org.govweb.scoring.bench;

import java.util.concurrent.TimeUnit;
import org.govweb.scoring.report.ScoreReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Website inspections scored per second by one shared engine, on one and on two threads. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScoringThroughputBenchmark {

    /**
     * @param engine the shared engine
     * @param in the inputs of the size measured
     * @param cursor this thread's place in the inputs
     * @return the report of the next inspection of the pool
     */
    @Benchmark
    @Threads(1)
    public ScoreReport oneThread(EngineState engine, BenchInputs in, Cursor cursor) {
        return engine.engine.score(in.websites[cursor.next(in.websites.length)]);
    }

    /**
     * @param engine the shared engine
     * @param in the inputs of the size measured
     * @param cursor this thread's place in the inputs
     * @return the report of the next inspection of the pool
     */
    @Benchmark
    @Threads(2)
    public ScoreReport twoThreads(EngineState engine, BenchInputs in, Cursor cursor) {
        return engine.engine.score(in.websites[cursor.next(in.websites.length)]);
    }
}
