package org.govweb.scoring.engine;

import java.util.Objects;

/**
 * One problem of a rule set, located in its file.
 *
 * @param file the rule file's path (relative to the rule directory)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {
    /** Checks the components. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code file:line:column message}, as compilers print it */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + message;
    }
}
