package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built tool ({@code target/scoring-cli.jar}, run as {@code java -Xmx256m -jar … score FILE}) on hostile
 * files: a 100 MB string, 10,000-deep nesting, a truncated document, an empty file, binary garbage, a
 * missing file. Each ends with exit code 2, one {@code error: $…} line per problem on standard error, no
 * stack trace, no exception or error class name, nothing on standard output. Runs only when the jar has
 * been built ({@code mvn package}); otherwise it is skipped.
 */
class CliHostileInputIT {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheJar() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        jar = base.resolve("target/scoring-cli.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "scoring-cli.jar not built: run mvn package first");
    }

    /** The exit code, standard output and standard error of one run. */
    private record Run(int exit, String out, String err) {
    }

    private Run score(Path file) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "score", file.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // a safety net against a hung process, not a performance assertion
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("scoring-cli did not end on " + file.getFileName());
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertRejectedCleanly(Run run) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ")
                .doesNotContain("Exception", "\tat ", "OutOfMemoryError", "StackOverflowError", "com.fasterxml", "java.lang");
        assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).startsWith("error: "));
        assertThat(run.out()).isEmpty();
    }

    private static String sample() throws IOException {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return Files.readString(base.resolve("src/main/resources/samples/website-county-portal.json"), StandardCharsets.UTF_8);
    }

    @Test
    void aHundredMegabyteStringIsRefusedAtTheLimit() throws Exception {
        Path file = dir.resolve("big-string.json");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"website\",\"id\":\"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'a');
            for (int i = 0; i < 100; i++) {
                w.write(chunk);
            }
            w.write("\"}");
        }
        Run run = score(file);
        assertRejectedCleanly(run);
        assertThat(run.err()).startsWith("error: $.id: string too long");
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() throws Exception {
        Path inField = dir.resolve("deep-field.json");
        Files.writeString(inField, "{\"type\":\"website\",\"id\":\"x\",\"site\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        Run run = score(inField);
        assertRejectedCleanly(run);
        assertThat(run.err()).startsWith("error: $.site: ");

        Path atRoot = dir.resolve("deep-root.json");
        Files.writeString(atRoot, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        assertRejectedCleanly(score(atRoot));
    }

    @Test
    void aTruncatedDocumentIsRefusedAsMalformed() throws Exception {
        String sample = sample();
        Path file = dir.resolve("truncated.json");
        Files.writeString(file, sample.substring(0, sample.length() / 2));
        Run run = score(file);
        assertRejectedCleanly(run);
        assertThat(run.err()).contains("malformed JSON");
    }

    @Test
    void emptyGarbageAndMissingFilesAreRefused() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertRejectedCleanly(score(empty));

        Path garbage = dir.resolve("garbage.json");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = '{';
        Files.write(garbage, bytes);
        assertRejectedCleanly(score(garbage));

        assertRejectedCleanly(score(dir.resolve("no-such-file.json")));
    }

    /**
     * Finding of the adversarial review: 100 MB of small, valid array items (2 million probes) fill a 256 MB
     * heap while the records are built; the OutOfMemoryError is caught by Jackson's creator handling and
     * reported as {@code error: $: invalid value: Java heap space} (exit 2). Enable when ScoringJson sets
     * {@code StreamReadConstraints.maxDocumentLength} and lets VirtualMachineErrors through.
     */
    @Test

    void aHundredMegabytesOfSmallItemsAreRefusedAsTooLargeNotByRunningOutOfMemory() throws Exception {
        String sample = sample();
        int probes = sample.indexOf("\"probes\"");
        Path file = dir.resolve("many-probes.json");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(sample.substring(0, probes));
            w.write("\"probes\": [");
            String probe = "{\"at\":\"2019-12-18T00:07:00\",\"responseMillis\":420}";
            for (int i = 0; i < 2_000_000; i++) {
                w.write(i == 0 ? probe : "," + probe);
            }
            w.write("],");
            w.write(sample.substring(sample.indexOf("\"homepage\"")));
        }
        Run run = score(file);
        assertRejectedCleanly(run);
        assertThat(run.err()).doesNotContain("heap space");
    }
}
