package org.govweb.scoring.cli;

import java.nio.file.Path;
import org.govweb.scoring.engine.RuleSetException;

/** The rule files of a directory named on the command line are invalid; remembers the directory. */
final class RuleDirectoryException extends RuleSetException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    /**
     * @param directory the directory named on the command line, or null for the bundled rules
     * @param cause the problems found
     */
    RuleDirectoryException(Path directory, RuleSetException cause) {
        super(cause.problems());
        initCause(cause);
        this.directory = directory;
    }

    /** @return the directory named on the command line, or null for the bundled rules */
    Path directory() {
        return directory;
    }
}
