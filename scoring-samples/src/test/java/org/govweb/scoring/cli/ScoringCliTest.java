package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.engine.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the command-line tool in-process ({@link CommandLine#execute}) with captured output and checks
 * exit codes, output and error lines. The bundled engine is built once and shared; engines of rule
 * directories are built as the tool builds them.
 */
class ScoringCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile ScoringEngine bundled;

    /** Builds the bundled engine once per JVM; any other rule directory as the tool does. */
    private static final CliEnvironment.EngineFactory ENGINES = rules -> {
        if (rules != null) {
            return CliEnvironment.EngineFactory.DEFAULT.engine(rules);
        }
        ScoringEngine e = bundled;
        if (e == null) {
            synchronized (ScoringCliTest.class) {
                e = bundled;
                if (e == null) {
                    e = ScoringEngine.bundled();
                    bundled = e;
                }
            }
        }
        return e;
    };

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- score

    @Test
    void scoresABundledSampleAsAScoreSheet() {
        Run run = run("score", "sample:website-vetoed-columns");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("结论 Verdict: 不合格 UNQUALIFIED (VETO)")
                .contains("VW4 栏目不更新")
                .contains("站点 Site:        丰都县兴义镇人民政府 (cqfd-xyz)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void scoresAsJsonWithVerdictAndScoresAtTheTop() throws IOException {
        Run run = run("score", "sample:website-county-portal", "--format", "json");

        assertThat(run.code()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("type").asText()).isEqualTo("website");
        assertThat(report.path("inspectionId").asText()).isEqualTo("fengdu-portal-2019q4");
        assertThat(report.path("verdict").asText()).isIn("QUALIFIED", "UNQUALIFIED");
        assertThat(report.path("part2").isNumber()).as("part2 is a number").isTrue();
        assertThat(report.path("final").isNumber()).as("final is a number").isTrue();
        assertThat(report.has("part3")).isTrue();
    }

    @Test
    void formatIsCaseInsensitiveAndJsonOfAVetoHasNullScores() throws IOException {
        Run run = run("score", "sample:website-vetoed-columns", "--format", "JSON");

        assertThat(run.code()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("verdict").asText()).isEqualTo("UNQUALIFIED");
        assertThat(report.path("reason").asText()).isEqualTo("VETO");
        assertThat(report.get("part2").isNull()).isTrue();
        assertThat(report.get("final").isNull()).isTrue();
        assertThat(report.path("vetoes").get(0).path("indicator").asText()).isEqualTo("VW4");
    }

    @Test
    void readsStandardInputForDash() throws IOException {
        Run fromStdin = runWithInput(sample("website-vetoed-columns"), "score", "-", "--format", "json");
        Run fromSample = run("score", "sample:website-vetoed-columns", "--format", "json");

        assertThat(fromStdin.code()).isZero();
        assertThat(fromStdin.out()).isEqualTo(fromSample.out());
    }

    @Test
    void readsAFile() throws IOException {
        Path file = tmp.resolve("site.json");
        Files.writeString(file, sample("website-vetoed-columns"));

        Run run = run("score", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("UNQUALIFIED (VETO)");
    }

    @Test
    void unknownFieldIsOneClearLineNamingItsPath() throws IOException {
        Path file = tmp.resolve("bad.json");
        Files.writeString(file, sample("website-county-portal").replaceFirst("\\{", "{\"colour\": \"blue\", "));

        Run run = run("score", file.toString());

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: $.colour: unknown field 'colour'");
        assertNoStackTrace(run);
    }

    @Test
    void missingFileIsOneLineNamingTheFile() {
        Path missing = tmp.resolve("no-such-inspection.json");

        Run run = run("score", missing.toString());

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("error: " + missing + ": no such file");
        assertNoStackTrace(run);
    }

    @Test
    void aDirectoryIsNotAnInspection() {
        Run run = run("score", tmp.toString());

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("error: " + tmp + ": is a directory, not a JSON file");
    }

    @Test
    void unknownSampleIsBadInput() {
        Run run = run("score", "sample:website-nowhere");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: sample:website-nowhere: no bundled sample");
    }

    @Test
    void aDateAfterTheMonitoringPointIsBadInputNamingTheField() throws IOException {
        // the county portal is monitored on 2019-12-18; its first column's first item is moved after it
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(sample("website-county-portal"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("columns").get(0).path("publications").get(0))
                .put("publishedOn", "2019-12-19");
        Path file = tmp.resolve("future.json");
        Files.writeString(file, mapper.writeValueAsString(doc));

        Run run = run("score", file.toString());

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: $.columns[0].publications[0].publishedOn: ")
                .contains("2019-12-19");
        assertNoStackTrace(run);
    }

    @Test
    void theMonitoringDateItselfIsAccepted() throws IOException {
        // the edge of the test above: on the monitoring date itself the input is valid
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(sample("website-county-portal"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("columns").get(0).path("publications").get(0))
                .put("publishedOn", "2019-12-18");
        Path file = tmp.resolve("on-the-day.json");
        Files.writeString(file, mapper.writeValueAsString(doc));

        Run run = run("score", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void annualRejectsAWebsiteInspectionNamingTheType() {
        Run run = run("annual", "sample:website-county-portal");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: $.type: ");
        assertNoStackTrace(run);
    }

    @Test
    void wrongOptionValueIsBadInputWithAHint() {
        Run run = run("score", "sample:website-county-portal", "--format", "xml");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines().get(0)).startsWith("error: Invalid value for option '--format'");
        assertThat(run.err()).contains("scoring score --help");
    }

    @Test
    void noCommandShowsTheUsageAndIsBadInput() {
        Run run = run();

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.err()).startsWith("error: no command given").contains("Usage: scoring");
    }

    // ---------------------------------------------------------------- unexpected errors

    @Test
    void anUnexpectedErrorIsOneLineWithoutStackTrace() {
        Run run = runWith(failingEngines(), Map.of(), "", "score", "sample:website-county-portal");

        assertThat(run.code()).isEqualTo(ScoringCli.UNEXPECTED);
        assertThat(run.errLines()).containsExactly(
                "error: unexpected IllegalStateException: engine broke (run with --debug for details)");
        assertThat(run.err()).doesNotContain("at org.").doesNotContain("\tat ");
    }

    @Test
    void debugOptionPrintsTheStackTrace() {
        Run run = runWith(failingEngines(), Map.of(), "", "score", "sample:website-county-portal", "--debug");

        assertThat(run.code()).isEqualTo(ScoringCli.UNEXPECTED);
        assertThat(run.errLines().get(0)).isEqualTo("error: unexpected IllegalStateException: engine broke");
        assertThat(run.err()).contains("java.lang.IllegalStateException: engine broke").contains("at org.");
    }

    @Test
    void debugVariablePrintsTheStackTraceAndOtherValuesDoNot() {
        Run on = runWith(failingEngines(), Map.of("SCORING_DEBUG", "1"), "", "score", "sample:website-county-portal");
        Run off = runWith(failingEngines(), Map.of("SCORING_DEBUG", "0"), "", "score", "sample:website-county-portal");

        assertThat(on.err()).contains("at org.");
        assertThat(off.errLines()).hasSize(1);
    }

    // ---------------------------------------------------------------- rule files

    @Test
    void checkRulesAcceptsTheExportedBundledRulesWithTheirIdentity() {
        Path rules = tmp.resolve("rules");
        Run export = run("export-rules", rules.toString());
        Run check = run("check-rules", rules.toString());

        assertThat(export.code()).isZero();
        assertThat(check.code()).isZero();
        assertThat(check.outLines()).hasSize(1);
        assertThat(check.out()).startsWith("ok: ").contains("sha256:" + RuleFiles.bundled().identity().sha256())
                .containsPattern("\\(\\d+ rules, \\d+ catalogue entries\\)");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void batchWithBrokenRulesWritesNoRecordAndExits3WithInputOrWithout() throws IOException {
        Path rules = brokenRules();
        String jsonl = compact("website-below-60") + "\n" + compact("website-vetoed-columns") + "\n";

        Run withRecords = runWithInput(jsonl, "batch", "-", "--rules", rules.toString(), "--threads", "2");
        Run empty = runWithInput("", "batch", "-", "--rules", rules.toString());

        String located = "^" + java.util.regex.Pattern.quote(rules.resolve("VW-website-vetoes.drl").toString())
                + ":[1-9]\\d*:\\d+ .+";
        for (Run run : List.of(withRecords, empty)) {
            assertThat(run.code()).isEqualTo(ScoringCli.BAD_RULES);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).containsPattern(located));
            assertNoStackTrace(run);
        }
    }

    @Test
    void brokenRuleFileGivesFileLineColumnAndExit3() throws IOException {
        Path rules = brokenRules();

        Run check = run("check-rules", rules.toString());
        Run score = run("score", "sample:website-county-portal", "--rules", rules.toString());

        String located = "^" + java.util.regex.Pattern.quote(rules.resolve("VW-website-vetoes.drl").toString())
                + ":[1-9]\\d*:\\d+ .+";
        assertThat(check.code()).isEqualTo(ScoringCli.BAD_RULES);
        assertThat(check.errLines()).isNotEmpty().first().asString().containsPattern(located);
        assertThat(check.errLines()).last().asString().endsWith("in " + rules);
        assertThat(score.code()).isEqualTo(ScoringCli.BAD_RULES);
        assertThat(score.out()).isEmpty();
        assertThat(score.errLines()).allSatisfy(l -> assertThat(l).containsPattern(located));
        assertNoStackTrace(check);
        assertNoStackTrace(score);
    }

    @Test
    void aRuleDirectoryThatDoesNotExistIsExit3() {
        Path nowhere = tmp.resolve("nowhere");

        Run run = run("check-rules", nowhere.toString());

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_RULES);
        assertThat(run.errLines().get(0)).isEqualTo(nowhere + ":0:0 not a directory of rule files");
    }

    @Test
    void exportRulesRefusesToOverwriteUnlessForced() throws IOException {
        Path rules = tmp.resolve("rules");
        assertThat(run("export-rules", rules.toString()).code()).isZero();
        Path edited = rules.resolve("VW-website-vetoes.drl");
        Files.writeString(edited, "// my edit\n", java.nio.file.StandardOpenOption.APPEND);

        Run again = run("export-rules", rules.toString());

        assertThat(again.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(again.err()).contains("error: " + edited + ": exists (use --force to overwrite)");
        assertThat(Files.readString(edited)).endsWith("// my edit\n");

        Run forced = run("export-rules", rules.toString(), "--force");

        assertThat(forced.code()).isZero();
        assertThat(Files.readString(edited)).isEqualTo(RuleFiles.bundled().files().get("VW-website-vetoes.drl"));
    }

    @Test
    void catalogueListsTheIndicatorsAsTextAndJson() throws IOException {
        Run text = run("catalogue");
        Run json = run("catalogue", "--format", "json");

        assertThat(text.code()).isZero();
        assertThat(text.out()).containsPattern("(?m)^  VW4 +VW +VETO +- +栏目不更新 +Columns not updated$");
        assertThat(json.code()).isZero();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.path("ruleSet").path("sha256").asText()).isEqualTo(RuleFiles.bundled().identity().sha256());
        List<String> ids = new ArrayList<>();
        doc.path("catalogue").forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).contains("VW", "VW1", "VW6", "P").doesNotHaveDuplicates();
    }

    // ---------------------------------------------------------------- batch

    @Test
    void batchKeepsTheOrderAndWritesAnErrorRecordInPlaceOfABadLine() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                compact("website-vetoed-columns"),
                "{\"type\": \"website\", \"id\": 3}",
                compact("website-below-60")) + "\n");

        Run run = run("batch", in.toString(), "--threads", "2");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).path("inspectionId").asText()).isEqualTo("fengdu-xyz-2023q4");
        JsonNode error = JSON.readTree(lines.get(1)).path("error");
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("path").asText()).isEqualTo("$.id");
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(JSON.readTree(lines.get(2)).path("inspectionId").asText()).isEqualTo("fengdu-rsj-2025q1");
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: line 2: $.id: ");
        assertNoStackTrace(run);
    }

    @Test
    void batchWithTwoThreadsWritesExactlyWhatOneThreadWrites() throws IOException {
        List<String> records = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String s : List.of("website-county-portal", "website-vetoed-columns", "website-below-60",
                    "website-qualified-60-80", "website-no-service-department", "website-no-service-scaled-exact-60")) {
                records.add(compact(s));
            }
            records.add("not json");
        }
        Path in = tmp.resolve("many.jsonl");
        Files.writeString(in, String.join("\n", records) + "\n");
        Path out1 = tmp.resolve("one.jsonl");
        Path out2 = tmp.resolve("two.jsonl");

        Run one = run("batch", in.toString(), "--threads", "1", "--out", out1.toString());
        Run two = run("batch", in.toString(), "--threads", "2", "--out", out2.toString());

        assertThat(one.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(two.code()).isEqualTo(one.code());
        assertThat(one.out()).isEmpty();
        List<String> lines = Files.readAllLines(out1, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(records.size());
        assertThat(lines.get(6)).startsWith("{\"error\":{\"line\":7,\"path\":\"$\"");
        assertThat(Files.readString(out2)).isEqualTo(Files.readString(out1));
    }

    @Test
    void batchOfAllGoodRecordsFromStandardInputExitsZero() {
        String jsonl = "\n" + compact("website-vetoed-columns") + "\n\n" + compact("website-below-60") + "\n";

        Run run = runWithInput(jsonl, "batch", "-", "--threads", "1");

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void batchWithStatsReportsRecordsBytesAndRatesOnStandardError() {
        String jsonl = compact("website-below-60") + "\n\n" + compact("website-vetoed-columns") + "\n";
        long lineBytes = jsonl.replace("\n\n", "\n").getBytes(StandardCharsets.UTF_8).length;

        Run run = runWithInput(jsonl, "batch", "-", "--threads", "1", "--stats");

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err()).matches("(?s)batch: 2 records: 2 scored, 0 bad in \\d+\\.\\d s \\(rules loaded included\\): "
                + lineBytes + " bytes read, \\d+ records/s, \\d+\\.\\d MB/s\n");
    }

    @Test
    void batchRejectsALineOfMalformedUtf8AndScoresTheOthers() throws IOException {
        byte[] good = compact("website-below-60").getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int lead = 0;
        while ((bad[lead] & 0x80) == 0) {
            lead++;
        }
        bad[lead + 1] = 'A'; // not a continuation byte
        Path in = tmp.resolve("malformed.jsonl");
        try (var out = Files.newOutputStream(in)) {
            out.write(good);
            out.write('\n');
            out.write(bad);
            out.write('\n');
        }

        Run run = run("batch", in.toString(), "--threads", "1");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).contains("\"line\":2").contains("UTF-8");
        assertThat(run.err()).contains("error: line 2:").contains("UTF-8");
    }

    @Test
    void batchOverADirectoryTakesJsonFilesInNameOrderAndNamesTheBadFile() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("inspections"));
        Files.writeString(dir.resolve("b.json"), sample("website-below-60"));
        Files.writeString(dir.resolve("a.json"), sample("website-vetoed-columns"));
        Files.writeString(dir.resolve("ab.json"), "{\"type\": \"website\"");
        Files.writeString(dir.resolve("c.txt"), "not an inspection");
        Files.createDirectory(dir.resolve("d.json"));

        Run run = run("batch", dir.toString(), "--threads", "2");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).path("inspectionId").asText()).isEqualTo("fengdu-xyz-2023q4");
        JsonNode error = JSON.readTree(lines.get(1)).path("error");
        assertThat(error.path("file").asText()).isEqualTo("ab.json");
        assertThat(error.has("line")).isFalse();
        assertThat(error.path("path").asText()).isEqualTo("$");
        assertThat(JSON.readTree(lines.get(2)).path("inspectionId").asText()).isEqualTo("fengdu-rsj-2025q1");
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ab.json: $: ");
    }

    @Test
    void batchListsEveryProblemOfARecordWithSeveral() throws IOException {
        // two dates after the monitoring point: the validator reports both
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(sample("website-county-portal"));
        JsonNode columns = doc.path("columns");
        ((com.fasterxml.jackson.databind.node.ObjectNode) columns.get(0).path("publications").get(0))
                .put("publishedOn", "2020-01-01");
        ((com.fasterxml.jackson.databind.node.ObjectNode) columns.get(1).path("publications").get(0))
                .put("publishedOn", "2020-01-02");

        Run run = runWithInput(mapper.writeValueAsString(doc) + "\n", "batch", "-");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        JsonNode error = JSON.readTree(run.outLines().get(0)).path("error");
        assertThat(error.path("path").asText()).isEqualTo("$.columns[0].publications[0].publishedOn");
        assertThat(error.path("problems")).hasSize(2);
        assertThat(error.path("problems").get(1).path("path").asText())
                .isEqualTo("$.columns[1].publications[0].publishedOn");
        assertThat(run.errLines()).hasSize(2);
    }

    @Test
    void batchShowsProgressOnlyWhenAPersonWatches() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, compact("website-vetoed-columns") + "\n" + "[]\n");

        Run watched = runWith(ENGINES, Map.of(), "", true, "batch", in.toString());
        Run piped = run("batch", in.toString());

        assertThat(watched.err()).contains("2 records: 1 scored, 1 bad");
        assertThat(piped.err()).doesNotContain("records:");
        assertThat(watched.out()).isEqualTo(piped.out());
    }

    @Test
    void batchRejectsZeroThreads() {
        Run run = run("batch", "-", "--threads", "0");

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines().get(0)).isEqualTo("error: --threads must be at least 1, got 0");
    }

    @Test
    void batchOfAMissingInputIsBadInput() {
        Path missing = tmp.resolve("missing.jsonl");

        Run run = run("batch", missing.toString());

        assertThat(run.code()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("error: " + missing + ": no such file");
    }

    // ---------------------------------------------------------------- samples, help, version

    @Test
    void samplesListsEveryBundledSample() {
        Run run = run("samples");

        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("(?m)^sample:website-county-portal +website +丰都县人民政府 \\(cqfd\\), 2019-12-18$")
                .containsPattern("(?m)^sample:annual-unit +annualAssessment ")
                .containsPattern("(?m)^sample:newmedia-wechat +newMedia ")
                .doesNotContain("expected");
        assertThat(BundledSamples.names()).hasSize(12).contains("website-vetoed-columns");
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        CommandLine root = ScoringCli.commandLine(environment(ENGINES, Map.of(), "", false));
        List<String> commands = new ArrayList<>(root.getSubcommands().keySet());
        commands.remove("help");
        assertThat(commands).contains("score", "annual", "batch", "samples", "check-rules", "catalogue", "export-rules");

        for (String command : commands) {
            Run help = run(command, "--help");
            Run version = run(command, "--version");
            assertThat(help.code()).as(command + " --help").isZero();
            assertThat(help.out()).as(command + " --help").startsWith("Usage: scoring " + command);
            assertThat(version.code()).as(command + " --version").isZero();
            assertThat(version.out()).as(command + " --version").startsWith("scoring-cli ")
                    .contains("bundled rules: ");
        }
        assertThat(run("--version").out()).startsWith("scoring-cli ");
    }

    // ---------------------------------------------------------------- helpers

    private record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private static Run run(String... args) {
        return runWith(ENGINES, Map.of(), "", args);
    }

    private static Run runWithInput(String stdin, String... args) {
        return runWith(ENGINES, Map.of(), stdin, args);
    }

    private static Run runWith(CliEnvironment.EngineFactory engines, Map<String, String> env, String stdin,
            String... args) {
        return runWith(engines, env, stdin, false, args);
    }

    private static Run runWith(CliEnvironment.EngineFactory engines, Map<String, String> env, String stdin,
            boolean interactive, String... args) {
        CommandLine cl = ScoringCli.commandLine(environment(engines, env, stdin, interactive));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    private static CliEnvironment environment(CliEnvironment.EngineFactory engines, Map<String, String> env,
            String stdin, boolean interactive) {
        return new CliEnvironment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, interactive,
                engines);
    }

    private static CliEnvironment.EngineFactory failingEngines() {
        return rules -> {
            throw new IllegalStateException("engine broke");
        };
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\tat ");
    }

    private Path brokenRules() throws IOException {
        Path rules = tmp.resolve("broken");
        RuleFiles.bundled().copyTo(rules);
        Path drl = rules.resolve("VW-website-vetoes.drl");
        String text = Files.readString(drl);
        int then = text.indexOf("\nthen\n");
        assertThat(then).as("a rule consequence to break").isPositive();
        Files.writeString(drl, text.substring(0, then) + "\nthen\n    this is not java;\n"
                + text.substring(then + "\nthen\n".length()));
        return rules;
    }

    private static String sample(String name) {
        try (InputStream in = ScoringCliTest.class.getResourceAsStream("/samples/" + name + ".json")) {
            assertThat(in).as("sample " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String compact(String name) {
        try {
            return JSON.writeValueAsString(JSON.readTree(sample(name)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
