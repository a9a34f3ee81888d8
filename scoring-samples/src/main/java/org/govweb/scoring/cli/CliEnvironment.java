package org.govweb.scoring.cli;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.govweb.scoring.engine.ScoringEngine;

/**
 * What the tool takes from its process: standard input, environment variables, whether a person
 * watches (a console is attached) and how engines are built. Tests pass their own.
 *
 * @param stdin standard input (for {@code -})
 * @param variables environment variables
 * @param interactive a console is attached: {@code batch} shows its progress on standard error
 * @param engines builds the engine of a rule directory (null = the bundled rules)
 */
record CliEnvironment(InputStream stdin, Map<String, String> variables, boolean interactive, EngineFactory engines) {

    /** Checks and copies the components. */
    CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(engines, "engines");
    }

    /** @return the process's standard input and environment, building a new engine per command */
    static CliEnvironment system() {
        return new CliEnvironment(System.in, System.getenv(), System.console() != null, EngineFactory.DEFAULT);
    }

    /**
     * @return the charset of standard output: the console's where Java names it, else UTF-8 (what
     *     JSON consumers expect)
     */
    Charset consoleCharset() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Builds the engine of a command. */
    @FunctionalInterface
    interface EngineFactory {
        /** Builds a new engine each time, as {@link ScoringEngine#builder()} does. */
        EngineFactory DEFAULT = rules -> ScoringEngine.builder().rulesDirectory(rules).build();

        /**
         * @param rulesDirectory a rule directory, or null for the bundled rules
         * @return the engine
         */
        ScoringEngine engine(Path rulesDirectory);
    }
}
