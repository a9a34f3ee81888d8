package org.govweb.scoring.cli;

import java.util.concurrent.Callable;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.AnnualReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code annual FILE}: assesses one unit's year (年度考核) and prints the outcome. */
@Command(name = "annual",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Assesses one unit's year (年度考核): an annual assessment with every check outcome of the year.",
            "Unlike 'score', the input must be of type annualAssessment."},
        footer = {"", "Example:", "  scoring annual sample:annual-unit-unqualified"})
final class AnnualCommand implements Callable<Integer> {

    @ParentCommand
    ScoringCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A JSON file; - for standard input; sample:NAME for a bundled sample.")
    String input;

    @Mixin
    RulesOption rules;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        AnnualAssessment assessment = Inputs.read(input, cli.environment().stdin(), ScoringJson::readAnnual);
        ScoringEngine engine = Engines.engine(cli.environment(), rules.directory);
        AnnualReport report = engine.assess(assessment);
        ReportPrinter.print(spec.commandLine().getOut(), report, format);
        return ScoringCli.OK;
    }
}
