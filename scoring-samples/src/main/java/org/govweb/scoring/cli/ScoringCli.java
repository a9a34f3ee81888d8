package org.govweb.scoring.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.engine.RuleSetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command-line tool {@code scoring-cli.jar}: scores inspections, checks and exports rule files and
 * shows the catalogue.
 *
 * <pre>
 * java -jar scoring-cli.jar score sample:website-county-portal
 * java -jar scoring-cli.jar score site.json --rules my-rules --format json
 * java -jar scoring-cli.jar batch inspections.jsonl --out reports.jsonl
 * java -jar scoring-cli.jar check-rules my-rules
 * </pre>
 *
 * <p>Exit codes: {@value #OK} scored (or done); {@value #BAD_INPUT} bad input (an invalid inspection,
 * an unreadable file, a wrong option) with one line {@code error: <path>: <message>} per problem on
 * standard error; {@value #BAD_RULES} invalid rule files with one line {@code file:line:column message}
 * per problem; {@value #UNEXPECTED} anything else, in one line. Stack traces only with {@code --debug}
 * or the environment variable {@code SCORING_DEBUG=1}.
 */
@Command(name = "scoring",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scores government website and new-media inspections against the checklist "
                    + "《政府网站和政务新媒体检查指标》 with Drools rule files.",
            "",
            "Run it as: java -jar scoring-cli.jar COMMAND [OPTIONS]",
            "Try it:    java -jar scoring-cli.jar score sample:website-county-portal"},
        subcommands = {
            ScoreCommand.class,
            AnnualCommand.class,
            BatchCommand.class,
            ReportCommand.class,
            CasesCommand.class,
            DiffCommand.class,
            GenerateCommand.class,
            SamplesCommand.class,
            CheckRulesCommand.class,
            CatalogueCommand.class,
            ExportRulesCommand.class,
            HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  scored, or done",
            "  2  bad input: an invalid inspection, an unreadable file or a wrong option",
            "  3  invalid rule files",
            "  1  anything unexpected (details with --debug or SCORING_DEBUG=1)"})
public final class ScoringCli implements Callable<Integer> {

    /** Exit code: scored, or done. */
    public static final int OK = 0;
    /** Exit code: something unexpected went wrong. */
    public static final int UNEXPECTED = 1;
    /** Exit code: bad input (invalid inspection, unreadable file, wrong option). */
    public static final int BAD_INPUT = 2;
    /** Exit code: the rule files do not build or fail the catalogue checks. */
    public static final int BAD_RULES = 3;

    /** The environment variable that turns on stack traces, like {@code --debug}. */
    static final String DEBUG_VARIABLE = "SCORING_DEBUG";

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error (also: SCORING_DEBUG=1).")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    private ScoringCli(CliEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CliEnvironment env = CliEnvironment.system();
        CommandLine cl = commandLine(env);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, env.consoleCharset()), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, env.consoleCharset()), true);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * @return the command line of the tool, reading standard input and the process environment; set
     *     its output with {@link CommandLine#setOut} and {@link CommandLine#setErr}
     */
    public static CommandLine commandLine() {
        return commandLine(CliEnvironment.system());
    }

    /**
     * @param environment standard input, environment variables, whether a person watches, and how
     *     engines are built
     * @return the command line of the tool
     */
    static CommandLine commandLine(CliEnvironment environment) {
        ScoringCli root = new ScoringCli(environment);
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(ScoringCli::handleParameterException);
        cl.setExecutionExceptionHandler(root::handleExecutionException);
        return cl;
    }

    /** Without a command: shows the usage on standard error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: no command given");
        spec.commandLine().usage(err);
        return BAD_INPUT;
    }

    /** @return standard input, the environment and the engine factory of this run */
    CliEnvironment environment() {
        return environment;
    }

    /** @return whether stack traces are wanted: --debug or SCORING_DEBUG=1 */
    boolean debugging() {
        return debug || "1".equals(environment.variables().get(DEBUG_VARIABLE))
                || "true".equalsIgnoreCase(environment.variables().getOrDefault(DEBUG_VARIABLE, ""));
    }

    private static int handleParameterException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + oneLine(e.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        return BAD_INPUT;
    }

    private int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof InvalidInspectionException invalid) {
            for (InputProblem p : invalid.problems()) {
                err.println("error: " + p.path() + ": " + oneLine(p.message()));
            }
            code = BAD_INPUT;
        } else if (e instanceof InputException input) {
            err.println("error: " + input.source() + ": " + oneLine(input.getMessage()));
            code = BAD_INPUT;
        } else if (e instanceof RuleSetException rules) {
            java.nio.file.Path directory = rules instanceof RuleDirectoryException d ? d.directory() : null;
            for (RuleProblem p : rules.problems()) {
                err.println(RuleProblems.format(p, directory));
            }
            code = BAD_RULES;
        } else if (e instanceof UncheckedIOException io) {
            err.println("error: " + oneLine(io.getMessage()));
            code = UNEXPECTED;
        } else if (e instanceof org.govweb.scoring.engine.ScoringException s) {
            err.println("error: " + oneLine(s.getMessage()));
            code = UNEXPECTED;
        } else {
            err.println("error: unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
                    + (debugging() ? "" : " (run with --debug for details)"));
            code = UNEXPECTED;
        }
        if (debugging()) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * @param message a message that may span lines
     * @return it on one line
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

}
