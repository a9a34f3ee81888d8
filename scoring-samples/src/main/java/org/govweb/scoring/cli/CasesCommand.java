package org.govweb.scoring.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.testing.CaseResult;
import org.govweb.scoring.testing.CaseRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cases DIR [--rules DIR]}: runs every scoring case file under a directory (see
 * {@link org.govweb.scoring.testing.ScoringCase} for the format) against the bundled rules or the rule
 * files of a directory, prints each failing case with its description and every mismatching field, and
 * ends with the line {@code N passed, N failed}.
 *
 * <p>Exit codes: {@value #OK} all cases passed; {@value #CASES_FAILED} at least one case failed (or could
 * not be run); {@value #BAD_INPUT} the case directory is missing or holds no case file; {@value #INVALID_RULES}
 * the rule files do not build or fail the catalogue checks.
 */
@Command(name = "cases",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs every scoring case (JSON case file, searched recursively) of a directory against the bundled "
                    + "rule files or those of --rules.",
            "Prints each failing case (file, description, one 'field: expected X but was Y' line per mismatch) "
                    + "and ends with the line 'N passed, N failed'."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  every case passed",
            "  1  at least one case failed or could not be run",
            "  2  the case directory is missing or holds no case file",
            "  3  invalid rule files (one 'file:line:column message' line per problem on standard error)"})
public final class CasesCommand implements Callable<Integer> {

    /** Exit code: every case passed. */
    public static final int OK = 0;
    /** Exit code: at least one case failed or could not be run. */
    public static final int CASES_FAILED = 1;
    /** Exit code: the case directory is missing or holds no case file (picocli's code for invalid input). */
    public static final int BAD_INPUT = 2;
    /** Exit code: the rule files do not build or fail the catalogue checks. */
    public static final int INVALID_RULES = 3;

    @Parameters(index = "0", paramLabel = "DIR", description = "directory of case files (*.json, searched recursively)")
    private Path directory;

    @Option(names = "--rules", paramLabel = "DIR", description = "rule files to test (default: the bundled rules)")
    private Path rules;

    @Spec
    private CommandSpec spec;

    /** Used by picocli. */
    public CasesCommand() {
    }

    /**
     * Runs the cases.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            err.println("error: " + directory + ": not a directory of case files");
            err.flush();
            return BAD_INPUT;
        }
        List<Path> files;
        try {
            files = CaseRunner.caseFiles(directory);
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (files.isEmpty()) {
            err.println("error: " + directory + ": no case file (*.json)");
            err.flush();
            return BAD_INPUT;
        }
        ScoringEngine engine;
        try {
            engine = rules == null ? ScoringEngine.bundled() : ScoringEngine.fromRules(rules);
        } catch (RuleSetException e) {
            for (RuleProblem p : e.problems()) {
                err.println(located(p));
            }
            err.flush();
            return INVALID_RULES;
        }
        int passed = 0;
        int failed = 0;
        for (Path file : files) {
            CaseResult result = run(file, engine);
            if (result.passed()) {
                passed++;
                continue;
            }
            failed++;
            out.println("FAIL " + file);
            out.println("  " + result.description());
            if (result.error() != null) {
                out.println("  error: " + result.error().replace("\n", "\n    "));
            }
            for (CaseResult.Mismatch m : result.mismatches()) {
                out.println("  " + m);
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? OK : CASES_FAILED;
    }

    /** @return {@code file:line:column message}, the file resolved against {@code --rules} when it lies there */
    private String located(RuleProblem problem) {
        RuleProblem p = problem;
        if (rules != null && !"?".equals(p.file())) {
            try {
                Path file = rules.resolve(p.file());
                if (Files.isRegularFile(file)) {
                    p = new RuleProblem(file.toString(), p.line(), p.column(), p.message());
                }
            } catch (InvalidPathException e) {
                // not a path inside the directory: print it as the engine named it
            }
        }
        return p.toString().replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** Runs one case; an unexpected engine failure fails that case only, with its message. */
    private static CaseResult run(Path file, ScoringEngine engine) {
        try {
            return CaseRunner.run(file, engine);
        } catch (RuntimeException e) {
            return new CaseResult(file, file.getFileName().toString(), List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
