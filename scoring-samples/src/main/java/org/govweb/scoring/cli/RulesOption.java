package org.govweb.scoring.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option {@code --rules DIR} of the commands that score. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Score with the rule files of this directory instead of the bundled ones "
                    + "(start from a copy made by 'export-rules'; rule files are code: use trusted ones only).")
    Path directory;
}
