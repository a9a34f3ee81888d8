package org.govweb.scoring.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.rollup.CountyRollup;
import org.govweb.scoring.rollup.Register;
import org.govweb.scoring.rollup.RollupHtml;
import org.govweb.scoring.rollup.RollupOptions;
import org.govweb.scoring.rollup.RollupText;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code report IN --register FILE}: the county's quarterly roll-up (季度检查结果全县通报) of a quarter's
 * website and new-media checks against the county's register, as Markdown text, JSON or one
 * self-contained HTML page ({@link CountyRollup}, {@link RollupText}, {@link RollupHtml}).
 *
 * <p>IN holds either inspections, which are scored here with the bundled rules or those of
 * {@code --rules}, or reports written by {@code batch}: a record with a top-level {@code verdict} is a
 * report, any other an inspection; both may be mixed. Annual assessments (or annual reports) in IN or in
 * {@code --annual} are listed as annual outcomes. A record {@code batch} could not score (a line
 * {@code {"error": …}}) is bad input: a roll-up must not silently miss a site.
 *
 * <p>Exit codes as for every command of {@link ScoringCli}: 0 written; 2 bad input (an unreadable or
 * invalid register, inspection or report, a wrong option), one line {@code error: <where>: <what>};
 * 3 invalid rule files.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "The county's quarterly roll-up (季度检查结果全县通报): per unit and county-wide, websites checked, "
                    + "qualified and unqualified (VETO / BELOW_60), mean score and score bands, new-media "
                    + "accounts spot-checked against registered (the notice asks for more than 50 %%), every "
                    + "registered website not checked, and reports that do not fit the register.",
            "IN is a directory (every *.json file in it, in name order; files holding a JSON array, such as "
                    + "expected.json, are skipped with a note), a JSON Lines file (or one JSON document), or - for "
                    + "JSON Lines on standard input. Each record is an inspection (scored here) or a report written by 'batch' "
                    + "(recognised by its top-level \"verdict\")."},
        footer = {"", "Examples:",
            "  scoring report inspections/ --register register.json --format html --out 2019Q4.html",
            "  scoring batch inspections/ --out reports.jsonl",
            "  scoring report reports.jsonl --register register.json --annual annual/ --format json"})
final class ReportCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** Markdown tables, readable as plain text */
        TEXT,
        /** the roll-up's record tree as JSON, indented */
        JSON,
        /** one self-contained HTML page with a bar chart */
        HTML
    }

    /** Reads {@code --format} whatever the case, however the command is registered. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("expected text, json or html, got '" + value + "'");
        }
    }

    private static final ObjectMapper TREE = ScoringJson.mapper();

    @ParentCommand
    ScoringCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN",
            description = "A directory of *.json files, a JSON Lines file, or - for JSON Lines on standard input: "
                    + "inspections, or reports written by 'batch'.")
    String input;

    @Option(names = "--register", required = true, paramLabel = "FILE",
            description = "The county's register (JSON): county, quarter and every website and new-media account "
                    + "(see rollup/REGISTER.md).")
    Path register;

    @Option(names = "--annual", paramLabel = "DIR",
            description = "A directory (or JSON Lines file) of annual assessments or annual reports, listed as the "
                    + "units' annual outcomes.")
    Path annual;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT", converter = FormatConverter.class,
            description = "text (Markdown tables, the default), json (the record tree) or html (one page).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write here (UTF-8) instead of standard output.")
    Path out;

    @Option(names = "--spot-check-ratio", paramLabel = "RATIO", defaultValue = "0.5",
            description = "The share of registered new-media accounts to exceed, 0 to 1 (default 0.5: the notice's "
                    + "抽查比例大于50%%).")
    BigDecimal spotCheckRatio;

    @Mixin
    RulesOption rules;

    private ScoringEngine engine;

    /**
     * Reads the register, the reports (scoring inspections as needed) and the annual outcomes, rolls
     * them up and writes the roll-up.
     *
     * @return {@link ScoringCli#OK}
     */
    @Override
    public Integer call() {
        RollupOptions options;
        try {
            options = RollupOptions.defaults().withRequiredSpotCheckRatio(spotCheckRatio);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--spot-check-ratio: " + e.getMessage());
        }
        Register reg = readRegister();
        List<Report> reports = new ArrayList<>();
        for (Record r : records(input, true)) {
            reports.add(report(r, false));
        }
        List<AnnualReport> annualReports = new ArrayList<>();
        if (annual != null) {
            for (Record r : records(annual.toString(), true)) {
                annualReports.add((AnnualReport) report(r, true));
            }
        }
        CountyRollup rollup = CountyRollup.of(reg, reports, annualReports, options);
        String text = switch (format) {
            case TEXT -> RollupText.render(rollup);
            case JSON -> ScoringJson.writePretty(rollup) + "\n";
            case HTML -> RollupHtml.render(rollup);
        };
        write(text);
        return ScoringCli.OK;
    }

    // ---------------------------------------------------------------- input

    private Register readRegister() {
        String where = register.toString();
        try {
            return Register.read(register);
        } catch (InvalidInspectionException e) {
            throw new InputException(where, problems(e));
        } catch (UncheckedIOException e) {
            throw Inputs.unreadable(where, e.getCause());
        }
    }

    /**
     * One document of the input.
     *
     * @param where where it is, for messages: {@code FILE line N} or a file's path
     * @param json its text
     */
    private record Record(String where, String json) {
    }

    /** @return the records of a directory (one per *.json file), a JSON Lines file or standard input */
    private List<Record> records(String source, boolean skipArrays) {
        if (Inputs.STDIN.equals(source)) {
            return lines(source, readAll(source, cli.environment().stdin()));
        }
        Path path = Inputs.path(source);
        if (Files.isDirectory(path)) {
            List<Record> records = new ArrayList<>();
            try (RecordSource files = RecordSource.directory(path)) {
                BatchRecord f;
                while ((f = files.next()) != null) {
                    String json = readFile(f.path());
                    if (skipArrays && json.stripLeading().startsWith("[")) {
                        note("skipped " + f.path() + ": a JSON array, not an inspection or a report");
                        continue;
                    }
                    records.add(new Record(f.path().toString(), json));
                }
            } catch (IOException e) {
                throw Inputs.unreadable(source, e);
            }
            return records;
        }
        return lines(source, readFile(path));
    }

    /**
     * @return the records of a JSON Lines text; a text that is one JSON object as a whole (a pretty-printed
     *     inspection or report) is one record
     */
    private static List<Record> lines(String source, String text) {
        List<Record> records = new ArrayList<>();
        if (text.strip().startsWith("{") && text.strip().contains("\n")) {
            try {
                if (TREE.readTree(text).isObject()) {
                    return List.of(new Record(source, text));
                }
            } catch (JsonProcessingException notOneDocument) {
                // JSON Lines: each line is read (and reported) on its own
            }
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (!line.isBlank()) {
                records.add(new Record(source + " line " + (i + 1), line));
            }
        }
        return records;
    }

    private static String readFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw Inputs.unreadable(file.toString(), e);
        }
    }

    private static String readAll(String source, InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Inputs.unreadable(source, e);
        }
    }

    /**
     * @param r a record: a report (top-level {@code verdict}) or an inspection, scored here
     * @param annualOnly only annual assessments and annual reports are allowed
     * @return its report
     */
    private Report report(Record r, boolean annualOnly) {
        JsonNode tree = tree(r);
        try {
            if (tree != null && tree.isObject() && tree.has("error") && !tree.has("type")) {
                throw new InputException(r.where(), "a record 'batch' could not score ("
                        + ScoringCli.oneLine(tree.path("error").path("message").asText("no message"))
                        + "); fix and score it, a roll-up must not miss a subject");
            }
            boolean annualType = tree != null && "annualAssessment".equals(tree.path("type").asText());
            if (annualOnly && !annualType) {
                throw new InputException(r.where(), "expected an annual assessment or an annual report (type "
                        + "annualAssessment)");
            }
            if (tree != null && tree.isObject() && tree.has("verdict")) {
                return annualType ? ScoringJson.read(r.json(), AnnualReport.class)
                        : ScoringJson.read(r.json(), ScoreReport.class);
            }
            Inspection inspection = ScoringJson.readInspection(r.json());
            if (inspection instanceof AnnualAssessment a) {
                return engine().assess(a);
            }
            return engine().score(inspection);
        } catch (InvalidInspectionException e) {
            throw new InputException(r.where(), problems(e));
        }
    }

    /** @return the record's JSON tree, or null when it is not JSON (the strict reader then says why) */
    private static JsonNode tree(Record r) {
        try {
            return TREE.readTree(r.json());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private ScoringEngine engine() {
        if (engine == null) {
            engine = Engines.engine(cli.environment(), rules.directory);
        }
        return engine;
    }

    private static String problems(InvalidInspectionException e) {
        return e.problems().stream().map(p -> p.path() + ": " + ScoringCli.oneLine(p.message()))
                .collect(Collectors.joining("; "));
    }

    // ---------------------------------------------------------------- output

    private void write(String text) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(out.toString(), "cannot write: " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such directory" : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e.getMessage()), e);
        }
    }

    private void note(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("note: " + line);
        err.flush();
    }
}
