package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.rollup.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import picocli.CommandLine;

/** Runs {@code report} in-process under the tool, as {@code scoring report …}. */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleSetIdentity RULES = new RuleSetIdentity("test", "1", "0".repeat(64), "bundled");
    private static volatile ScoringEngine bundled;

    private static final CliEnvironment.EngineFactory ENGINES = rules -> {
        if (rules != null) {
            return CliEnvironment.EngineFactory.DEFAULT.engine(rules);
        }
        synchronized (ReportCommandTest.class) {
            if (bundled == null) {
                bundled = ScoringEngine.bundled();
            }
            return bundled;
        }
    };

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- the sample county

    @Test
    void theSampleRegisterListsTheSamplesAndOneUncheckedSite() throws Exception {
        Register reg = Register.read(resource("rollup/register-sample.json"));
        assertThat(reg.county()).isEqualTo("丰都县");
        assertThat(reg.subjects()).hasSize(11);
    }

    /**
     * The samples' outcomes (samples/README.md): websites 111.30, VETO, 101.40, 59.90 BELOW_60, 80.00,
     * 60.00 and one registered site (cqfd-jw) with no inspection; new media 1 qualified, 3 vetoed.
     */
    @Test
    void rollsUpTheSampleDirectoryAgainstTheSampleRegister() throws Exception {
        Run run = run("report", resource("samples").toString(), "--register",
                resource("rollup/register-sample.json").toString(), "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: skipped").contains("expected.json");
        JsonNode r = JSON.readTree(run.out());
        JsonNode w = r.path("total").path("websites");
        assertThat(w.path("registered").asInt()).isEqualTo(7);
        assertThat(w.path("checked").asInt()).isEqualTo(6);
        assertThat(w.path("qualified").asInt()).isEqualTo(4);
        assertThat(w.path("unqualifiedVeto").asInt()).isEqualTo(1);
        assertThat(w.path("unqualifiedBelow60").asInt()).isEqualTo(1);
        assertThat(w.path("scored").asInt()).isEqualTo(5);
        // 111.30 + 101.40 + 59.90 + 80.00 + 60.00 = 412.60; ÷ 5 = 82.52
        assertThat(w.path("scoreSum").decimalValue()).isEqualByComparingTo("412.60");
        assertThat(w.path("meanScoreDisplay").asText()).isEqualTo("82.52");
        List<Integer> bands = new ArrayList<>();
        w.path("distribution").forEach(b -> bands.add(b.path("count").asInt()));
        assertThat(bands).containsExactly(1, 2, 0, 2);
        assertThat(r.path("uncheckedWebsites").get(0).path("id").asText()).isEqualTo("cqfd-jw");
        JsonNode nm = r.path("total").path("newMedia");
        assertThat(nm.path("checked").asInt()).isEqualTo(4);
        assertThat(nm.path("unqualifiedVeto").asInt()).isEqualTo(3);
        assertThat(nm.path("aboveRequiredRatio").asBoolean()).isTrue();
        assertThat(r.path("annual")).hasSize(2);
        // units sorted by name (UTF-16 order): 兴 U+5174 before 发 U+53D1
        assertThat(r.path("annual").get(0).path("unit").asText()).isEqualTo("丰都县兴义镇人民政府");
        assertThat(r.path("annual").get(0).path("rules").toString()).isEqualTo("[\"A1\",\"A2\"]");
        assertThat(r.path("annual").get(1).path("unitRegistered").asBoolean()).isFalse();
    }

    @Test
    void writesOneSelfContainedHtmlPage() throws Exception {
        Path page = tmp.resolve("2019Q4.html");
        Run run = run("report", resource("samples").toString(), "--register",
                resource("rollup/register-sample.json").toString(), "--format", "html", "--out", page.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).doesNotContainIgnoringCase("http");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));
        NodeList rects = doc.getElementsByTagName("rect");
        int bars = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if ("bar".equals(((org.w3c.dom.Element) rects.item(i)).getAttribute("class"))) {
                bars++;
            }
        }
        assertThat(bars).isEqualTo(6);
    }

    @Test
    void readsOnePrettyPrintedInspectionFile() throws Exception {
        Run run = run("report", resource("samples/newmedia-wechat.json").toString(), "--register",
                resource("rollup/register-sample.json").toString(), "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.path("total").path("newMedia").path("checked").asInt()).isEqualTo(1);
        assertThat(r.path("total").path("websites").path("checked").asInt()).isZero();
        // 1 of 4 accounts
        assertThat(r.path("total").path("newMedia").path("spotCheckPercent").asText()).isEqualTo("25.00");
        assertThat(r.path("total").path("newMedia").path("aboveRequiredRatio").asBoolean()).isFalse();
    }

    @Test
    void helpNamesTheOptions() {
        Run run = run("report", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--register=FILE").contains("--annual=DIR").contains("--format=FORMAT")
                .contains("--spot-check-ratio=RATIO").contains("--rules=DIR");
    }

    // ---------------------------------------------------------------- reports written by batch

    @Test
    void readsReportsAndNeedsNoRules() throws IOException {
        Path reports = tmp.resolve("reports.jsonl");
        Files.writeString(reports, String.join("\n",
                ScoringJson.write(site("i1", "s1", "80")),
                "",
                ScoringJson.write(site("i2", "s2", "59.9")),
                ScoringJson.write(account("i3", "m1"))) + "\n");
        Path register = register("s1", "s2", "s3");
        // rules that do not build: never used, since nothing is scored
        Path badRules = Files.createDirectories(tmp.resolve("bad-rules"));
        Files.writeString(badRules.resolve("broken.drl"), "rule \"x\" when then garbage");

        Run run = run("report", reports.toString(), "--register", register.toString(), "--rules", badRules.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("| **全县 County** | **3** | **2** | **1** | **1** | **1** | **0** | **1** | **69.95** | **2** |")
                .contains("| U | site s3 | s3 |");
    }

    @Test
    void spotCheckRatioOption() throws IOException {
        Path reports = tmp.resolve("reports.jsonl");
        Files.writeString(reports, ScoringJson.write(account("i3", "m1")) + "\n");
        Path register = register("s1");

        Run all = run("report", reports.toString(), "--register", register.toString(), "--format", "json",
                "--spot-check-ratio", "1");
        assertThat(all.code()).as(all.err()).isZero();
        // 1 of 1 checked is not above 100 %
        assertThat(JSON.readTree(all.out()).path("total").path("newMedia").path("aboveRequiredRatio").asBoolean())
                .isFalse();

        Run bad = run("report", reports.toString(), "--register", register.toString(), "--spot-check-ratio", "1.5");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: ").contains("--spot-check-ratio");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void aRecordBatchCouldNotScoreIsBadInput() throws IOException {
        Path reports = tmp.resolve("reports.jsonl");
        Files.writeString(reports, ScoringJson.write(site("i1", "s1", "80")) + "\n"
                + "{\"error\": {\"line\": 2, \"path\": \"$.site\", \"message\": \"missing required field\"}}\n");

        Run run = run("report", reports.toString(), "--register", register("s1").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: " + reports + " line 2: ").contains("could not score");
    }

    @Test
    void anInvalidInspectionIsOneLineNamingWhereAndThePath() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"type\": \"newMedia\", \"colour\": 1}\n");

        Run run = run("report", in.toString(), "--register", register("s1").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("error: " + in + " line 1: $")
                .doesNotContain("Exception");
    }

    @Test
    void anInvalidRegisterIsOneLineNamingThePath() throws IOException {
        Path register = tmp.resolve("register.json");
        Files.writeString(register, "{\"county\": \"X\", \"quarter\": \"2024Q2\", \"subjects\": "
                + "[{\"id\": \"s\", \"name\": \"n\", \"unit\": \"u\", \"kind\": \"WEBSITE\", \"colour\": \"red\"}]}");
        Path reports = tmp.resolve("reports.jsonl");
        Files.writeString(reports, "");

        Run run = run("report", reports.toString(), "--register", register.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("error: " + register + ": $.subjects[0].colour: unknown field 'colour' (known: id, kind, name, unit)");
    }

    @Test
    void aMissingRegisterIsBadInput() throws IOException {
        Path reports = tmp.resolve("reports.jsonl");
        Files.writeString(reports, "");
        Run run = run("report", reports.toString(), "--register", tmp.resolve("none.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + tmp.resolve("none.json") + ": no such file\n");
    }

    @Test
    void invalidRulesAreExitCode3() throws Exception {
        Path badRules = Files.createDirectories(tmp.resolve("bad-rules"));
        Files.writeString(badRules.resolve("broken.drl"), "rule \"x\" when then garbage");

        Run run = run("report", resource("samples").toString(), "--register",
                resource("rollup/register-sample.json").toString(), "--rules", badRules.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void annualOptionAcceptsOnlyAnnualDocuments() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("annual"));
        Files.copy(resource("samples/newmedia-wechat.json"), dir.resolve("x.json"));
        Run run = run("report", tmp.resolve("empty.jsonl").toString(), "--register",
                resource("rollup/register-sample.json").toString(), "--annual", dir.toString());
        assertThat(run.code()).isEqualTo(2);

        Files.delete(dir.resolve("x.json"));
        Files.copy(resource("samples/annual-unit-unqualified.json"), dir.resolve("a.json"));
        Files.writeString(tmp.resolve("empty.jsonl"), "");
        Run ok = run("report", tmp.resolve("empty.jsonl").toString(), "--register",
                resource("rollup/register-sample.json").toString(), "--annual", dir.toString(), "--format", "json");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(JSON.readTree(ok.out()).path("annual").get(0).path("verdict").asText()).isEqualTo("UNQUALIFIED");
    }

    // ---------------------------------------------------------------- helpers

    private Path register(String... websites) throws IOException {
        StringBuilder b = new StringBuilder("{\"county\": \"测试县\", \"quarter\": \"2024Q2\", \"subjects\": [");
        for (String w : websites) {
            b.append("{\"id\": \"").append(w).append("\", \"name\": \"site ").append(w)
                    .append("\", \"unit\": \"U\", \"kind\": \"WEBSITE\"}, ");
        }
        b.append("{\"id\": \"m1\", \"name\": \"account m1\", \"unit\": \"U\", \"kind\": \"NEW_MEDIA\"}]}");
        Path file = tmp.resolve("register.json");
        Files.writeString(file, b.toString());
        return file;
    }

    private static ScoreReport site(String inspectionId, String id, String score) {
        BigDecimal s = new BigDecimal(score);
        boolean below = s.compareTo(new BigDecimal("60")) < 0;
        return new ScoreReport("website", inspectionId, id, "site " + id, "U", LocalDate.of(2024, 5, 20),
                below ? Verdict.UNQUALIFIED : Verdict.QUALIFIED, below ? VerdictReason.BELOW_60 : null, s, null, s,
                null, List.of(), List.of(), List.of(), null, List.of(), RULES);
    }

    private static ScoreReport account(String inspectionId, String id) {
        return new ScoreReport("newMedia", inspectionId, id, "account " + id, "U", LocalDate.of(2024, 5, 20),
                Verdict.QUALIFIED, null, null, null, null, null, List.of(), List.of(), List.of(), null, List.of(), RULES);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReportCommandTest.class.getClassLoader().getResource(name).toURI());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CliEnvironment env = new CliEnvironment(new ByteArrayInputStream(new byte[0]), Map.of(), false, ENGINES);
        CommandLine cl = ScoringCli.commandLine(env);
        if (!cl.getSubcommands().containsKey("report")) {
            // until ScoringCli lists ReportCommand among its subcommands
            cl.addSubcommand(new ReportCommand());
            cl.setCaseInsensitiveEnumValuesAllowed(true);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
