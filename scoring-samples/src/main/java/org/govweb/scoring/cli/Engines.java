package org.govweb.scoring.cli;

import java.nio.file.Path;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.engine.ScoringEngine;

/** Builds the engine of a command, remembering the rule directory for the error lines. */
final class Engines {
    private Engines() {
    }

    /**
     * @param environment the tool's environment
     * @param rulesDirectory the directory of {@code --rules}, or null for the bundled rules
     * @return the engine
     * @throws RuleDirectoryException when the rule files are invalid
     */
    static ScoringEngine engine(CliEnvironment environment, Path rulesDirectory) {
        try {
            return environment.engines().engine(rulesDirectory);
        } catch (RuleDirectoryException e) {
            throw e;
        } catch (RuleSetException e) {
            throw new RuleDirectoryException(rulesDirectory, e);
        }
    }
}
