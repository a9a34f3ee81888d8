package org.govweb.scoring.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.samples.generator.InspectionGenerator;
import org.govweb.scoring.samples.generator.SizeMix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes generated inspections to standard output as JSON Lines (one inspection
 * per line), websites first, then new-media accounts. The same options always give the same
 * bytes. Memory stays constant: each inspection is written as soon as it is built.
 *
 * <pre>{@code
 * scoring generate --websites 1000 --accounts 500 --seed 42 --mix national > load.jsonl
 * }</pre>
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Writes generated, valid inspections (websites, then new-media accounts) as JSON Lines to"
                + " standard output. Deterministic: the same options give the same output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the inspections were written", "1:output failed", "2:invalid options"})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--websites", paramLabel = "N", defaultValue = "0",
            description = "website inspections to generate (default: ${DEFAULT-VALUE})")
    private int websites;

    @Option(names = "--accounts", paramLabel = "M", defaultValue = "0",
            description = "new-media account inspections to generate (default: ${DEFAULT-VALUE})")
    private int accounts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the generator (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--mix", paramLabel = "MIX", defaultValue = "national", converter = MixConverter.class,
            description = "sizes of the websites: national (70%% small, 25%% median, 5%% large), uniform,"
                    + " small, median or large (default: ${DEFAULT-VALUE})")
    private SizeMix mix;

    /** Where the lines go; null = the command line's standard output ({@link CommandLine#getOut()}). */
    private final OutputStream out;

    /** A command writing to the command line's standard output (as a subcommand of the tool). */
    public GenerateCommand() {
        this.out = null;
    }

    /**
     * @param out where the JSON Lines go, as UTF-8; flushed, not closed
     */
    public GenerateCommand(OutputStream out) {
        this.out = java.util.Objects.requireNonNull(out, "out");
    }

    /**
     * Runs the command as its own program, writing UTF-8 to standard output.
     *
     * @param args the command line, e.g. {@code --websites 10 --seed 7}
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand(System.out)).execute(args));
    }

    /** @return 0 when every inspection was written, 1 when writing failed */
    @Override
    public Integer call() {
        if (websites < 0 || accounts < 0) {
            throw new ParameterException(spec.commandLine(), "--websites and --accounts must not be negative");
        }
        try {
            if (out != null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                write(w);
                w.flush();
            } else {
                PrintWriter w = spec.commandLine().getOut();
                write(w);
                w.flush();
                if (w.checkError()) {
                    throw new IOException("standard output is closed");
                }
            }
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: generate: output failed: " + e.getMessage());
            return 1;
        }
    }

    private void write(Writer w) throws IOException {
        Iterator<Inspection> it = InspectionGenerator.stream(seed, websites, accounts, mix).iterator();
        while (it.hasNext()) {
            w.write(ScoringJson.write(it.next()));
            w.write('\n');
        }
    }

    /** Reads {@code --mix}: a mix's name. */
    static final class MixConverter implements CommandLine.ITypeConverter<SizeMix> {
        @Override
        public SizeMix convert(String value) {
            try {
                return SizeMix.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
