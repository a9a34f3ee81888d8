package org.govweb.scoring.cli;

import picocli.CommandLine.Option;

/** The option {@code --format text|json} of the commands that print a report or the catalogue. */
final class OutputFormat {

    /** How to print. */
    enum Format {
        /** a score sheet for people */
        TEXT,
        /** the report as JSON, indented */
        JSON
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
            description = "text (a score sheet, the default) or json (the full report).")
    Format format;

    /** @return whether JSON was asked for */
    boolean json() {
        return format == Format.JSON;
    }
}
