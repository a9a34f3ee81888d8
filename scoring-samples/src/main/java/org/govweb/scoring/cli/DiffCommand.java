package org.govweb.scoring.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.diff.DiffText;
import org.govweb.scoring.diff.ReportDiff;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.ScoreReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff A B}: compares two inspections of the same site or account (复查对比), the earlier A and
 * the re-inspection B. Each of A and B is an inspection, which is scored, or a report JSON written by
 * {@code score --format json} (recognised by its top-level {@code verdict}). Prints the verdict, scores,
 * vetoes and indicators before and after, as text or as JSON.
 *
 * <p>Exit codes as for {@code score}: 0 compared (whatever changed); 2 bad input (an unreadable file, an
 * invalid inspection or report, an annual document, reports of two different sites, a wrong option),
 * with {@code error: <input>: <message>} lines on standard error; 3 invalid rule files, with
 * {@code file:line:column message} lines. The command handles these itself, so it behaves the same
 * standalone or registered under the tool's root command.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compares two inspections of the same site or account (复查对比): A the earlier, B the re-inspection.",
            "Each is an inspection JSON (scored here) or a report JSON from 'score --format json' "
                    + "(recognised by its top-level \"verdict\").",
            "Prints what changed: the verdict, Part 2, Part 3, the final score, the vetoes removed, added and "
                    + "remaining, and each indicator's counted deduction or award."},
        footer = {"", "Exit codes: 0 compared; 2 bad input (or two different sites); 3 invalid rule files.", "",
            "Examples:",
            "  scoring diff first.json reinspection.json",
            "  scoring diff first-report.json reinspection.json --format json"})
public final class DiffCommand implements Callable<Integer> {

    /** Exit code: compared. */
    static final int OK = 0;
    /** Exit code: bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code: invalid rule files. */
    static final int BAD_RULES = 3;

    /** Names a sample bundled with the tool: {@code sample:website-county-portal}. */
    static final String SAMPLE_PREFIX = "sample:";

    /** This command as picocli sees it (for its output streams). */
    @Spec
    CommandSpec spec;

    /** A: the earlier inspection or report. */
    @Parameters(index = "0", paramLabel = "A",
            description = "The earlier inspection or report: a JSON file, or sample:NAME for a bundled sample.")
    String before;

    /** B: the later inspection or report. */
    @Parameters(index = "1", paramLabel = "B",
            description = "The later inspection or report (the re-inspection).")
    String after;

    /** The rule directory of {@code --rules}, or null for the bundled rules. */
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Score inspections with the rule files of this directory instead of the bundled ones "
                    + "(reports are compared as they are).")
    Path rules;

    /** text or json, as written on the command line. */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (aligned, Chinese and English; the default) or json (the comparison as JSON).")
    String format;

    private final Function<Path, ScoringEngine> engines;
    private ScoringEngine engine;

    /** A command that builds its engine with {@link ScoringEngine#builder()}. */
    public DiffCommand() {
        this(directory -> ScoringEngine.builder().rulesDirectory(directory).build());
    }

    /**
     * @param engines builds the engine of a rule directory (null = the bundled rules); called at most
     *     once, and only when an input is an inspection
     */
    DiffCommand(Function<Path, ScoringEngine> engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    /** Compares A with B and prints the comparison. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("text") && !wanted.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--format': '" + format + "' (expected text or json)");
        }
        try {
            ScoreReport a = report(before);
            ScoreReport b = report(after);
            ReportDiff diff;
            try {
                diff = ReportDiff.of(a, b);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            String text = wanted.equals("json") ? ScoringJson.writePretty(diff) : DiffText.render(diff);
            out.print(text);
            if (!text.endsWith("\n")) {
                out.print('\n');
            }
            out.flush();
            return OK;
        } catch (BadInput e) {
            err.println("error: " + e.source + ": " + oneLine(e.getMessage()));
            return BAD_INPUT;
        } catch (InvalidInput e) {
            for (InputProblem p : e.cause.problems()) {
                err.println("error: " + e.source + ": " + p.path() + ": " + oneLine(p.message()));
            }
            return BAD_INPUT;
        } catch (RuleSetException e) {
            for (RuleProblem p : e.problems()) {
                err.println(ruleFile(p.file()) + ":" + p.line() + ":" + p.column() + " " + oneLine(p.message()));
            }
            return BAD_RULES;
        } finally {
            err.flush();
        }
    }

    /** Reads one input: a report as it is, an inspection scored. */
    private ScoreReport report(String source) {
        String json = text(source);
        JsonNode node = tree(json);
        if (node != null && node.isObject() && node.has("verdict")) {
            if ("annualAssessment".equals(node.path("type").asText(""))) {
                throw new BadInput(source, "an annual-assessment report cannot be compared: give website or "
                        + "new-media inspections or reports");
            }
            try {
                return ScoringJson.read(json, ScoreReport.class);
            } catch (InvalidInspectionException e) {
                throw new InvalidInput(source, e);
            }
        }
        Inspection inspection;
        try {
            inspection = ScoringJson.readInspection(json);
        } catch (InvalidInspectionException e) {
            throw new InvalidInput(source, e);
        }
        if (inspection instanceof AnnualAssessment) {
            throw new BadInput(source, "an annual assessment cannot be compared: give website or new-media "
                    + "inspections or reports");
        }
        try {
            return (ScoreReport) engine().score(inspection);
        } catch (InvalidInspectionException e) {
            throw new InvalidInput(source, e);
        }
    }

    private ScoringEngine engine() {
        if (engine == null) {
            engine = engines.apply(rules);
        }
        return engine;
    }

    /** @return the document as a tree, or null when it is not JSON (reading it as an inspection names the problem) */
    private static JsonNode tree(String json) {
        try {
            return ScoringJson.mapper().readTree(json);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(String source) {
        if (source.startsWith(SAMPLE_PREFIX)) {
            String name = source.substring(SAMPLE_PREFIX.length());
            try (InputStream in = DiffCommand.class.getResourceAsStream("/samples/" + name + ".json")) {
                if (in == null || name.contains("/")) {
                    throw new BadInput(source, "no bundled sample of that name");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInput(source, "cannot read: " + e.getMessage());
            }
        }
        Path file;
        try {
            file = Path.of(source);
        } catch (InvalidPathException e) {
            throw new BadInput(source, "not a valid path: " + e.getReason());
        }
        if (Files.isDirectory(file)) {
            throw new BadInput(source, "is a directory, not a JSON file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInput(source, "no such file");
        } catch (AccessDeniedException e) {
            throw new BadInput(source, "permission denied");
        } catch (IOException e) {
            throw new BadInput(source, "cannot read: " + e.getMessage());
        }
    }

    private String ruleFile(String file) {
        if (rules == null || "?".equals(file)) {
            return file;
        }
        try {
            Path resolved = rules.resolve(file);
            return Files.isRegularFile(resolved) ? resolved.toString() : file;
        } catch (InvalidPathException e) {
            return file;
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** An input cannot be read or used. */
    private static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String source;

        BadInput(String source, String message) {
            super(message);
            this.source = source;
        }
    }

    /** An input is not a valid document; names it. */
    private static final class InvalidInput extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String source;
        private final transient InvalidInspectionException cause;

        InvalidInput(String source, InvalidInspectionException cause) {
            super(cause.getMessage(), cause);
            this.source = source;
            this.cause = cause;
        }
    }
}
