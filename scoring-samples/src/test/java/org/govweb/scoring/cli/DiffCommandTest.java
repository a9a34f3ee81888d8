package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.govweb.scoring.diff.ReportDiff;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code diff A B}: inspections and reports, text and JSON, and the exit codes 0, 2 and 3. */
class DiffCommandTest {

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    /** Runs the command with the shared test engine for the bundled rules. */
    static Run run(String... args) {
        return run(rules -> rules == null ? TestEngine.engine() : ScoringEngine.fromRules(rules), args);
    }

    static Run run(java.util.function.Function<Path, ScoringEngine> engines, String... args) {
        CommandLine cl = new CommandLine(new DiffCommand(engines));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static WebsiteInspection portal() {
        return TestEngine.countyPortal();
    }

    /** The portal with five blank columns: vetoed (VW4.3). */
    static WebsiteInspection portalWithFiveBlankColumns() {
        List<Column> cols = new ArrayList<>(portal().columns());
        IntStream.range(0, 5).forEach(i -> cols.add(new Column("blank" + i, "空白" + i, ColumnKind.OTHER, false, false,
                List.of())));
        return portal().toBuilder().id("fengdu-portal-first").columns(cols).build();
    }

    Path write(String name, Object value) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, ScoringJson.writePretty(value), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aVetoedInspectionAndItsFixedReInspectionAsText() throws IOException {
        Path first = write("first.json", portalWithFiveBlankColumns());
        Run r = run(first.toString(), "sample:website-county-portal");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("复查对比  Re-inspection comparison\n");
        assertThat(r.out()).contains("结论 Verdict:     不合格 UNQUALIFIED (VETO)  →  合格 QUALIFIED\n");
        assertThat(r.out()).contains("第二部分 Part 2             —      92.30            —\n");
        assertThat(r.out()).contains("  已消除 removed:\n    − VW4 栏目不更新 / Columns not updated\n");
        assertThat(r.out()).contains("evidence: blank0, blank1, blank2, blank3, blank4\n");
    }

    @Test
    void aReportJsonAndAnInspectionAsJson() throws IOException {
        Path report = write("report.json", TestEngine.score(portal()));
        Path inspection = write("portal.json", portal());
        Run r = run(report.toString(), inspection.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        ReportDiff d = ScoringJson.read(r.out(), ReportDiff.class);
        assertThat(d.subjectId()).isEqualTo("cqfd");
        assertThat(d.sameRuleSet()).isTrue();
        assertThat(d.changed()).isFalse();
        assertThat(d.finalScore().now()).isEqualByComparingTo("111.30");
        assertThat(d.finalScore().change()).isEqualByComparingTo("0");
    }

    @Test
    void twoReportsNeedNoEngine() throws IOException {
        Path first = write("first-report.json", TestEngine.score(portalWithFiveBlankColumns()));
        Path second = write("second-report.json", TestEngine.score(portal()));
        Run r = run(rules -> {
            throw new AssertionError("no engine needed to compare two reports");
        }, first.toString(), second.toString(), "--format", "JSON");
        assertThat(r.exit()).isZero();
        ReportDiff d = ScoringJson.read(r.out(), ReportDiff.class);
        assertThat(d.verdict().was()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(d.verdict().wasReason()).isEqualTo(VerdictReason.VETO);
        assertThat(d.verdict().now()).isEqualTo(Verdict.QUALIFIED);
        assertThat(d.vetoesRemoved()).singleElement().satisfies(v -> assertThat(v.rule()).startsWith("VW4.3"));
        // D1.9 deducted 2 per blank column, not scored under the veto: 0 → 0, NOT_SCORED → CLEAN
        assertThat(d.indicator("D1.9").orElseThrow().changed()).isTrue();
    }

    @Test
    void reportsOfTwoSitesAreRefusedWithExitCode2() {
        Run r = run("sample:website-vetoed-columns", "sample:website-county-portal");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: the reports are of different sites: cqfd-xyz and cqfd\n");
    }

    @Test
    void anInvalidInspectionNamesTheInputAndTheFieldWithExitCode2() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"type\": \"website\", \"id\": 7}");
        Run r = run(bad.toString(), "sample:website-county-portal");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + bad + ": $");
    }

    @Test
    void anInvalidReportNamesTheInputWithExitCode2() throws IOException {
        Path bad = dir.resolve("bad-report.json");
        Files.writeString(bad, "{\"verdict\": \"MAYBE\"}");
        Run r = run(bad.toString(), "sample:website-county-portal");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + bad + ": $");
    }

    @Test
    void aMissingFileIsExitCode2() {
        Run r = run(dir.resolve("nope.json").toString(), "sample:website-county-portal");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + dir.resolve("nope.json") + ": no such file\n");
    }

    @Test
    void anAnnualAssessmentCannotBeCompared() {
        Run r = run("sample:annual-unit", "sample:annual-unit");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: sample:annual-unit: an annual assessment cannot be compared");
    }

    @Test
    void anUnknownFormatIsExitCode2() {
        Run r = run("sample:website-county-portal", "sample:website-county-portal", "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("xml");
    }

    @Test
    void invalidRuleFilesAreExitCode3WithFileLineAndColumn() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package org.govweb.scoring.rules;\nrule \"x\"\nwhen\nthen\n");
        Run r = run("sample:website-county-portal", "sample:website-county-portal", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(rules.resolve("broken.drl") + ":");
    }
}
