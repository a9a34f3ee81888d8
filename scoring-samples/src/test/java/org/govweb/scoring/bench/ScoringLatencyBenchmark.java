package org.govweb.scoring.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.validation.InspectionValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one website inspection per size (sampled: p50, p99), with the two baselines measured in
 * the same run on the same inputs: the Jackson parse of the inspection's JSON (UTF-8 bytes, as
 * {@code batch} reads it), and a plain-Java pass over every fact. {@code score} is {@code ScoringEngine.score} on the parsed inspection: input
 * validation, one Drools session through every stage, and the report; {@code validate} is its first part.
 * The engine's rule constraints are compiled to bytecode after their first evaluations, so {@code score}
 * warms up longer than the baselines.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScoringLatencyBenchmark {

    /**
     * @param engine the shared engine
     * @param in the inputs of the size measured
     * @param cursor this thread's place in the inputs
     * @return the report of the next inspection of the pool
     */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public ScoreReport score(EngineState engine, BenchInputs in, Cursor cursor) {
        return engine.engine.score(in.websites[cursor.next(in.websites.length)]);
    }

    /**
     * @param in the inputs of the size measured
     * @param cursor this thread's place in the inputs
     * @return the next inspection of the pool, parsed from its JSON text
     */
    @Benchmark
    public Inspection parse(BenchInputs in, Cursor cursor) {
        return ScoringJson.readInspection(in.json[cursor.next(in.json.length)]);
    }

    /**
     * @param in the inputs of the size measured
     * @param cursor this thread's place in the inputs
     * @return a checksum of every fact of the next inspection
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    public long plainPass(BenchInputs in, Cursor cursor) {
        return PlainPass.touch(in.websites[cursor.next(in.websites.length)]);
    }

    /**
     * @param in the inputs of the size measured
     * @param cursor this thread's place in the inputs
     * @return the input problems of the next inspection (none)
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    public List<InputProblem> validate(BenchInputs in, Cursor cursor) {
        return InspectionValidator.validate(in.websites[cursor.next(in.websites.length)]);
    }
}
