package org.govweb.scoring.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.report.RuleSetIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-rules DIR}: writes the bundled rule files into a directory, to start editing a copy. */
@Command(name = "export-rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes the bundled rule files into DIR (created when missing), so that analysts can edit "
                    + "a copy and score with it (--rules DIR).",
            "Refuses to overwrite existing files unless --force is given."},
        footer = {"", "Example:", "  scoring export-rules my-rules"})
final class ExportRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Where to write the rule files.")
    Path directory;

    @Option(names = "--force", description = "Overwrite rule files that already exist in DIR.")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new InputException(directory.toString(), "exists and is not a directory");
        }
        RuleFiles files = RuleFiles.bundled();
        if (!force) {
            List<Path> existing = files.files().keySet().stream().map(directory::resolve).filter(Files::exists).toList();
            if (!existing.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                for (Path p : existing) {
                    err.println("error: " + p + ": exists (use --force to overwrite)");
                }
                err.flush();
                return ScoringCli.BAD_INPUT;
            }
        }
        try {
            files.copyTo(directory);
        } catch (UncheckedIOException e) {
            throw new InputException(directory.toString(), "cannot write: " + e.getCause().getMessage(), e);
        }
        RuleSetIdentity id = files.identity();
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + files.files().size() + " rule files (" + id.name() + " v" + id.version() + ") to "
                + directory);
        out.println("next: edit them, run 'check-rules " + directory + "', then score with '--rules " + directory + "'");
        out.flush();
        return ScoringCli.OK;
    }
}
