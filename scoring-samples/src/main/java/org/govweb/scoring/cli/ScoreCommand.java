package org.govweb.scoring.cli;

import java.util.concurrent.Callable;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code score FILE}: scores one inspection of any type and prints its report. */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scores one inspection: a website or new-media inspection, or an annual assessment "
                    + "(the JSON names its type).",
            "Prints the score sheet, or the full report with --format json. Exit code 0 whatever the "
                    + "verdict; 2 when the input is invalid, with one line per problem naming its field."},
        footer = {"", "Examples:",
            "  scoring score sample:website-county-portal",
            "  scoring score site.json --format json",
            "  scoring score site.json --rectification",
            "  cat site.json | scoring score - --rules my-rules"})
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    ScoringCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A JSON file; - for standard input; sample:NAME for a bundled sample ('samples' lists them).")
    String input;

    @Mixin
    RulesOption rules;

    @Mixin
    OutputFormat format;

    @picocli.CommandLine.Option(names = "--rectification",
            description = "Also print the rectification list (整改清单): each problem ranked by the points fixing it "
                    + "would regain, respecting caps; with --format json the output is {\"report\": …, \"rectification\": …}.")
    boolean rectification;

    @Override
    public Integer call() {
        Inspection inspection = Inputs.read(input, cli.environment().stdin(), ScoringJson::readInspection);
        ScoringEngine engine = Engines.engine(cli.environment(), rules.directory);
        Report report = engine.score(inspection);
        if (rectification) {
            RectificationOutput.print(spec.commandLine().getOut(), report, format.json());
        } else {
            ReportPrinter.print(spec.commandLine().getOut(), report, format);
        }
        return ScoringCli.OK;
    }
}
