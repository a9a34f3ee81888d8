package org.govweb.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.validation.InspectionValidator;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code generate}: JSON Lines on standard output, deterministic, options checked. */
class GenerateCommandTest {

    /** What one run printed and returned. */
    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new GenerateCommand(out)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void writesOneValidInspectionPerLineWebsitesFirst() {
        Run run = run("--websites", "3", "--accounts", "2", "--seed", "9", "--mix", "small");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("\n");
        List<String> lines = run.lines();
        assertThat(lines).hasSize(5);
        for (int i = 0; i < lines.size(); i++) {
            Inspection inspection = ScoringJson.readInspection(lines.get(i));
            assertThat(inspection).isInstanceOf(i < 3 ? WebsiteInspection.class : NewMediaInspection.class);
            assertThat(InspectionValidator.validate(inspection)).isEmpty();
        }
        // UTF-8: the Chinese names survive the trip through bytes
        assertThat(((WebsiteInspection) ScoringJson.readInspection(lines.get(0))).site().name()).matches(".*\\p{IsHan}+.*");
    }

    @Test
    void theSameOptionsGiveTheSameBytesAndNationalIsTheDefaultMix() {
        Run a = run("--websites", "4", "--accounts", "1", "--seed", "21");
        Run b = run("--websites", "4", "--accounts", "1", "--seed", "21", "--mix", "national");
        assertThat(a.exitCode()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(run("--websites", "4", "--accounts", "1", "--seed", "22").out()).isNotEqualTo(a.out());
    }

    @Test
    void asASubcommandItWritesToTheToolsStandardOutput() {
        StringWriter out = new StringWriter();
        CommandLine tool = new CommandLine(CommandLine.Model.CommandSpec.create().name("scoring"))
                .addSubcommand(new GenerateCommand());
        tool.setOut(new PrintWriter(out));
        int code = tool.execute("generate", "--websites", "1", "--accounts", "1", "--seed", "9", "--mix", "small");
        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        // the same bytes as the stand-alone command writes
        assertThat(out.toString()).isEqualTo(run("--websites", "1", "--accounts", "1", "--seed", "9", "--mix", "small").out());
    }

    @Test
    void nothingToGenerateWritesNothing() {
        Run run = run("--seed", "3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownMixOrANegativeCountIsAnOptionError() {
        Run mix = run("--websites", "1", "--mix", "huge");
        assertThat(mix.exitCode()).isEqualTo(2);
        assertThat(mix.out()).isEmpty();
        assertThat(mix.err()).contains("unknown mix 'huge'");
        Run negative = run("--accounts", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.out()).isEmpty();
        assertThat(negative.err()).contains("must not be negative");
    }
}
