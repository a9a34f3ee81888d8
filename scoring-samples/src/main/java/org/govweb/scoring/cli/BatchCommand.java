package org.govweb.scoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code batch IN}: scores many inspections of any type on all cores, streaming: at most
 * {@value #IN_FLIGHT_PER_THREAD} records per thread are held at a time, whatever the input's size.
 * Each report is written as one line of JSON, in input order; a record that cannot be scored gets an
 * error line in its place and the others are scored.
 */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scores many inspections (websites, new media and annual assessments, mixed) on all cores.",
            "IN is a directory (every *.json file in it, in name order), a JSON Lines file (one "
                    + "inspection per line), or - for JSON Lines on standard input.",
            "Writes one line of JSON per record, in input order: the report, or in place of a record "
                    + "that cannot be scored {\"error\": {\"line\": N (or \"file\": NAME), \"path\": "
                    + "\"$.x\", \"message\": \"…\"}} (with \"problems\": [...] when there are several).",
            "Exit code 0 when every record was scored, 2 when any record was bad (the others are "
                    + "still written)."},
        footer = {"", "Examples:",
            "  scoring batch inspections/ --out reports.jsonl",
            "  scoring batch inspections.jsonl --threads 4 > reports.jsonl"})
final class BatchCommand implements Callable<Integer> {

    /** Records in flight per scoring thread: read, being scored or waiting for their turn to be written. */
    static final int IN_FLIGHT_PER_THREAD = 4;
    /** Least time between two updates of the progress line, in nanoseconds. */
    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    @ParentCommand
    ScoringCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN",
            description = "A directory of *.json files, a JSON Lines file, or - for JSON Lines on standard input.")
    String input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the JSON Lines here (UTF-8) instead of standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Scoring threads (default: one per core).")
    Integer threads;

    @Option(names = "--stats",
            description = "At the end, write to standard error the records and bytes read, the wall time "
                    + "(rule loading included) and the records and megabytes per second.")
    boolean stats;

    @Mixin
    RulesOption rules;

    /** When the command started, for {@code --stats}. */
    private final long started = System.nanoTime();
    /** Bytes of input read, for {@code --stats}. */
    private long bytes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
        }
        try (RecordSource source = open(input)) {
            // The rules compile on a thread of their own while the first records are read and parsed.
            CompletableFuture<ScoringEngine> engine = new CompletableFuture<>();
            Thread build = new Thread(() -> {
                try {
                    engine.complete(Engines.engine(cli.environment(), rules.directory));
                } catch (Throwable t) {
                    engine.completeExceptionally(t);
                }
            }, "scoring-batch-rules");
            build.setDaemon(true);
            build.start();
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                Counts counts = run(source, engine, n, stdout);
                stdout.flush();
                return counts.exitCode();
            }
            Writer file;
            try {
                file = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(out.toString(), "cannot write: " + reason(e), e);
            }
            try (file) {
                return run(source, engine, n, file).exitCode();
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    private RecordSource open(String in) throws IOException {
        if (Inputs.STDIN.equals(in)) {
            return RecordSource.jsonLines(cli.environment().stdin(), false);
        }
        Path path = Inputs.path(in);
        if (Files.isDirectory(path)) {
            return RecordSource.directory(path);
        }
        InputStream stream;
        try {
            stream = Files.newInputStream(path);
        } catch (IOException e) {
            throw Inputs.unreadable(in, e);
        }
        return RecordSource.jsonLines(stream, true);
    }

    private Counts run(RecordSource source, CompletableFuture<ScoringEngine> engine, int n, Writer writer)
            throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, cli.environment().interactive());
        Counts counts = new Counts();
        ExecutorService pool = Executors.newFixedThreadPool(n, daemonThreads());
        try {
            ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int capacity = IN_FLIGHT_PER_THREAD * n;
            BatchRecord record;
            while ((record = source.next()) != null) {
                bytes += record.isLine() ? record.length() + 1 : size(record.path());
                BatchRecord r = record;
                inFlight.add(pool.submit(() -> score(engine, r)));
                while (inFlight.size() >= capacity) {
                    awaitEngine(engine);
                    writeNext(inFlight, writer, counts, progress);
                }
            }
            awaitEngine(engine); // rule errors are reported even for an input without records
            while (!inFlight.isEmpty()) {
                writeNext(inFlight, writer, counts, progress);
            }
            writer.flush();
            progress.finish(counts);
            if (stats) {
                double seconds = (System.nanoTime() - started) / 1e9;
                err.println(String.format(java.util.Locale.ROOT,
                        "batch: %s in %.1f s (rules loaded included): %d bytes read, %.0f records/s, %.1f MB/s",
                        counts, seconds, bytes, counts.total() / seconds, bytes / seconds / 1e6));
                err.flush();
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    private void writeNext(ArrayDeque<Future<Outcome>> inFlight, Writer writer, Counts counts, Progress progress)
            throws IOException, InterruptedException {
        Future<Outcome> head = inFlight.peek();
        if (!head.isDone()) {
            writer.flush(); // let a reader downstream see what is done while we wait
        }
        Outcome outcome = resultOf(head); // score() turns every exception into an outcome
        inFlight.poll();
        writer.write(outcome.json());
        writer.write('\n');
        counts.add(outcome.status());
        for (String message : outcome.messages()) {
            progress.message(message);
        }
        if (outcome.failure() != null && cli.debugging()) {
            progress.stackTrace(outcome.failure());
        }
        progress.update(counts);
    }

    /**
     * @return the engine once built
     * @throws RuntimeException the build's own error (invalid rule files), before any record is written
     */
    private static ScoringEngine awaitEngine(CompletableFuture<ScoringEngine> engine) throws InterruptedException {
        return resultOf(engine);
    }

    /**
     * @return the task's result
     * @throws RuntimeException the task's own unchecked exception (an Error likewise)
     */
    private static <T> T resultOf(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Outcome score(CompletableFuture<ScoringEngine> engine, BatchRecord record) {
        try {
            Inspection inspection = record.isLine() ? record.read()
                    : Inputs.read(record.path().toString(), InputStream.nullInputStream(), ScoringJson::readInspection);
            // a failed build is reported by the main thread (awaitEngine) before this outcome is written
            return new Outcome(ScoringJson.write(engine.join().score(inspection)), Status.SCORED, List.of(), null);
        } catch (InvalidInspectionException e) {
            List<String> messages = new ArrayList<>();
            for (InputProblem p : e.problems()) {
                messages.add("error: " + record.where() + ": " + p.path() + ": " + ScoringCli.oneLine(p.message()));
            }
            return new Outcome(ScoringJson.write(BatchError.invalid(record, e.problems())), Status.BAD, messages, null);
        } catch (InputException e) {
            String message = ScoringCli.oneLine(e.getMessage());
            return new Outcome(ScoringJson.write(BatchError.failed(record, message)), Status.BAD,
                    List.of("error: " + record.where() + ": " + message), null);
        } catch (RuntimeException e) {
            String message = e instanceof org.govweb.scoring.engine.ScoringException || e instanceof UncheckedIOException
                    ? ScoringCli.oneLine(e.getMessage())
                    : "unexpected " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + ScoringCli.oneLine(e.getMessage()));
            return new Outcome(ScoringJson.write(BatchError.failed(record, message)), Status.FAILED,
                    List.of("error: " + record.where() + ": " + message), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // the record's own error says why it cannot be read
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "scoring-batch-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** How a record came out. */
    enum Status {
        /** scored: its report was written */
        SCORED,
        /** bad input: an error line was written */
        BAD,
        /** something unexpected: an error line was written */
        FAILED
    }

    /**
     * What a scoring thread hands back for one record.
     *
     * @param json the line to write
     * @param status how it came out
     * @param messages lines for standard error
     * @param failure the unexpected error, or null
     */
    record Outcome(String json, Status status, List<String> messages, Throwable failure) {
    }

    /** Records written so far, by outcome. */
    static final class Counts {
        private long scored;
        private long bad;
        private long failed;

        void add(Status status) {
            switch (status) {
                case SCORED -> scored++;
                case BAD -> bad++;
                case FAILED -> failed++;
                default -> throw new IllegalArgumentException(String.valueOf(status));
            }
        }

        long total() {
            return scored + bad + failed;
        }

        int exitCode() {
            return failed > 0 ? ScoringCli.UNEXPECTED : bad > 0 ? ScoringCli.BAD_INPUT : ScoringCli.OK;
        }

        @Override
        public String toString() {
            return total() + " records: " + scored + " scored, " + bad + " bad"
                    + (failed > 0 ? ", " + failed + " failed" : "");
        }
    }

    /** The progress line on standard error, shown only when a person watches. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean shown;
        private long lastUpdate = System.nanoTime() - PROGRESS_INTERVAL_NANOS;
        private int width;

        Progress(PrintWriter err, boolean shown) {
            this.err = err;
            this.shown = shown;
        }

        void update(Counts counts) {
            long now = System.nanoTime();
            if (shown && now - lastUpdate >= PROGRESS_INTERVAL_NANOS) {
                lastUpdate = now;
                draw(counts.toString());
            }
        }

        void message(String line) {
            clear();
            err.println(line);
            err.flush();
        }

        void stackTrace(Throwable t) {
            clear();
            t.printStackTrace(err);
            err.flush();
        }

        void finish(Counts counts) {
            if (shown) {
                draw(counts.toString());
                err.println();
                err.flush();
                width = 0;
            }
        }

        private void draw(String text) {
            err.print('\r' + text + " ".repeat(Math.max(0, width - text.length())));
            err.flush();
            width = text.length();
        }

        private void clear() {
            if (width > 0) {
                err.print('\r' + " ".repeat(width) + '\r');
                width = 0;
            }
        }
    }
}
