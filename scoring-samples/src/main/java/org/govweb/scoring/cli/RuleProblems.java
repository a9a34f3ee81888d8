package org.govweb.scoring.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.govweb.scoring.engine.RuleProblem;

/** Prints rule problems as compilers do, so that editors can jump to them. */
final class RuleProblems {
    private RuleProblems() {
    }

    /**
     * @param problem a problem of a rule set
     * @param directory the rule directory named on the command line, or null
     * @return {@code file:line:column message} on one line, the file resolved against the directory
     *     when it lies there
     */
    static String format(RuleProblem problem, Path directory) {
        return file(problem.file(), directory) + ":" + problem.line() + ":" + problem.column() + " "
                + ScoringCli.oneLine(problem.message());
    }

    private static String file(String file, Path directory) {
        if (directory == null || "?".equals(file)) {
            return file;
        }
        try {
            Path resolved = directory.resolve(file);
            return Files.isRegularFile(resolved) ? resolved.toString() : file;
        } catch (InvalidPathException e) {
            return file;
        }
    }
}
