package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govweb.scoring.drools.RuleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code cases} subcommand, run in-process: output, the closing count line and the exit codes. */
class CasesCommandTest {

    /** A WeChat account whose newest post is 7 days before the monitoring date: inside "前1周内" = [md − 7, md]. */
    private static final String ACCOUNT = """
            {"type": "newMedia", "id": "n1", "account": {"id": "wx", "name": "丰都发布", "unit": "丰都县融媒体中心",
             "platform": "WECHAT"}, "monitoringDate": "2019-12-18", "incidents": [],
             "posts": [{"id": "p0", "publishedOn": "2019-12-11"}], "appUsable": null, "interactive": true,
             "falsification": []}""";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void cases() throws IOException {
        Files.createDirectories(dir.resolve("cases/nm"));
        write("cases/nm/edge.json", "VM2 edge: a post of md − 7 keeps the account qualified",
                "\"verdict\": \"QUALIFIED\", \"vetoes\": []");
        write("cases/nm/stale.json", "VM2 edge, wrongly expected: a post of md − 7 vetoes",
                "\"verdict\": \"UNQUALIFIED\", \"vetoes\": [\"VM2\"]");
    }

    @Test
    void printsEachFailureWithItsDescriptionAndFieldsThenTheCount() {
        int code = run(dir.resolve("cases").toString());

        assertThat(code).isEqualTo(CasesCommand.CASES_FAILED);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).containsExactly(
                "FAIL " + dir.resolve("cases/nm/stale.json"),
                "  VM2 edge, wrongly expected: a post of md − 7 vetoes",
                "  verdict: expected UNQUALIFIED but was QUALIFIED",
                "  vetoes: expected [VM2] but was []",
                "1 passed, 1 failed");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exitsZeroWhenEveryCasePasses() throws IOException {
        Files.delete(dir.resolve("cases/nm/stale.json"));

        assertThat(run(dir.resolve("cases").toString())).isEqualTo(CasesCommand.OK);
        assertThat(out.toString().lines().toList()).containsExactly("1 passed, 0 failed");
    }

    @Test
    void aMalformedCaseFailsWithItsErrorAndTheOthersStillRun() throws IOException {
        Files.writeString(dir.resolve("cases/nm/stale.json"), "{\"description\": \"typo\", \"inspection\": " + ACCOUNT
                + ", \"expect\": {\"verdikt\": \"QUALIFIED\"}}");

        assertThat(run(dir.resolve("cases").toString())).isEqualTo(CasesCommand.CASES_FAILED);
        assertThat(out.toString()).contains("FAIL " + dir.resolve("cases/nm/stale.json"))
                .contains("$.expect.verdikt: unknown field")
                .endsWith("1 passed, 1 failed" + System.lineSeparator());
    }

    @Test
    void runsTheCasesAgainstEditedRuleFiles() throws IOException {
        Files.delete(dir.resolve("cases/nm/stale.json"));
        Path rules = dir.resolve("rules");
        RuleFiles.bundled().copyTo(rules);
        assertThat(run(dir.resolve("cases").toString(), "--rules", rules.toString())).isEqualTo(CasesCommand.OK);

        // an analyst narrows "前1周内" to 6 days: the edge case catches it
        Path vm = rules.resolve("VM-newmedia-vetoes.drl");
        String drl = Files.readString(vm);
        assertThat(drl).contains("$md.minusDays(7)");
        Files.writeString(vm, drl.replace("$md.minusDays(7)", "$md.minusDays(6)"));
        out.getBuffer().setLength(0);

        assertThat(run(dir.resolve("cases").toString(), "--rules", rules.toString()))
                .isEqualTo(CasesCommand.CASES_FAILED);
        assertThat(out.toString().lines().toList()).containsExactly(
                "FAIL " + dir.resolve("cases/nm/edge.json"),
                "  VM2 edge: a post of md − 7 keeps the account qualified",
                "  verdict: expected QUALIFIED but was UNQUALIFIED",
                "  vetoes: expected [] but was [VM2]",
                "0 passed, 1 failed");
    }

    @Test
    void exitsThreeOnRuleFilesThatDoNotBuild() throws IOException {
        Path rules = dir.resolve("rules");
        RuleFiles.bundled().copyTo(rules);
        Files.writeString(rules.resolve("VM-newmedia-vetoes.drl"), "rule \"broken\" when then insert( end\n");

        assertThat(run(dir.resolve("cases").toString(), "--rules", rules.toString()))
                .isEqualTo(CasesCommand.INVALID_RULES);
        assertThat(err.toString().lines().toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith(rules.resolve("VM-newmedia-vetoes.drl") + ":"));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exitsThreeOnAMissingRulesDirectory() {
        assertThat(run(dir.resolve("cases").toString(), "--rules", dir.resolve("nowhere").toString()))
                .isEqualTo(CasesCommand.INVALID_RULES);
        assertThat(err.toString()).contains("not a directory of rule files");
    }

    @Test
    void exitsTwoWhenThereIsNoCaseToRun() throws IOException {
        assertThat(run(dir.resolve("nowhere").toString())).isEqualTo(CasesCommand.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: " + dir.resolve("nowhere") + ": not a directory of case files"
                + System.lineSeparator());

        Files.createDirectories(dir.resolve("empty"));
        assertThat(run(dir.resolve("empty").toString())).isEqualTo(CasesCommand.BAD_INPUT);
        assertThat(err.toString()).endsWith("error: " + dir.resolve("empty") + ": no case file (*.json)"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void showsItsUsageWithTheExitCodes() {
        assertThat(run("--help")).isEqualTo(CasesCommand.OK);
        assertThat(out.toString()).startsWith("Usage: cases [-hV] [--rules=DIR] DIR")
                .contains("'N passed, N failed'").contains("Exit codes:").contains("  3  invalid rule files");
    }

    private void write(String file, String description, String expect) throws IOException {
        Files.writeString(dir.resolve(file), "{\"description\": \"" + description + "\", \"inspection\": " + ACCOUNT
                + ", \"expect\": {" + expect + "}}");
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new CasesCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
