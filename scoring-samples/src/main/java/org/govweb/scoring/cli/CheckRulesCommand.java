package org.govweb.scoring.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.drools.RuleSet;
import org.govweb.scoring.drools.RuleSetLoader;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.report.RuleSetIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check-rules DIR}: builds the rule files of a directory and reports every problem. */
@Command(name = "check-rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Builds the rule files of a directory and checks them against the catalogue, as the engine "
                    + "does before it scores with them.",
            "Prints every problem as file:line:column message on standard error and exits with 3; "
                    + "prints one line (name, version, SHA-256, number of rules) and exits with 0 when "
                    + "they are fine."},
        footer = {"", "Example:", "  scoring export-rules my-rules && scoring check-rules my-rules"})
final class CheckRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A directory of .drl files (and ruleset.properties).")
    Path directory;

    @Override
    public Integer call() {
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(RuleFiles.fromDirectory(directory));
        } catch (RuleSetException e) {
            PrintWriter err = spec.commandLine().getErr();
            List<RuleProblem> problems = e.problems();
            for (RuleProblem p : problems) {
                err.println(RuleProblems.format(p, directory));
            }
            err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + directory);
            err.flush();
            return ScoringCli.BAD_RULES;
        }
        RuleSetIdentity id = ruleSet.identity();
        int rules = ruleSet.rulesByIndicator().values().stream().mapToInt(List::size).sum();
        PrintWriter out = spec.commandLine().getOut();
        out.println("ok: " + id.name() + " v" + id.version() + " sha256:" + id.sha256() + " (" + rules
                + (rules == 1 ? " rule, " : " rules, ") + ruleSet.catalogue().size() + " catalogue entries)");
        out.flush();
        return ScoringCli.OK;
    }
}
