package org.govweb.scoring.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Opens an input named on the command line: a file path, {@code -} for standard input, or
 * {@code sample:NAME} for a sample bundled with the tool.
 */
final class Inputs {

    /** Names a bundled sample: {@code sample:website-county-portal}. */
    static final String SAMPLE_PREFIX = "sample:";
    /** Names standard input. */
    static final String STDIN = "-";

    private Inputs() {
    }

    /**
     * @param source a path, {@code -} or {@code sample:NAME}
     * @param stdin standard input
     * @param parser reads the document (e.g. {@code ScoringJson::readInspection}); it does not close
     *     its stream
     * @param <T> what the document holds
     * @return the document
     * @throws InputException when the input cannot be opened or read
     * @throws org.govweb.scoring.engine.InvalidInspectionException when it is not a valid document
     */
    static <T> T read(String source, InputStream stdin, Function<InputStream, T> parser) {
        if (STDIN.equals(source)) {
            return parse(source, new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input stays open
                }
            }, parser);
        }
        if (source.startsWith(SAMPLE_PREFIX)) {
            String name = source.substring(SAMPLE_PREFIX.length());
            try (InputStream in = BundledSamples.open(name)) {
                if (in == null) {
                    throw new InputException(source, "no bundled sample of that name ('samples' lists them)");
                }
                return parse(source, in, parser);
            } catch (IOException e) {
                throw new InputException(source, "cannot read: " + e.getMessage(), e);
            }
        }
        Path file = path(source);
        if (Files.isDirectory(file)) {
            throw new InputException(source, "is a directory, not a JSON file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(source, in, parser);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * @param source a path as the user wrote it
     * @return the path
     * @throws InputException when it is not a valid path
     */
    static Path path(String source) {
        try {
            return Path.of(source);
        } catch (InvalidPathException e) {
            throw new InputException(source, "not a valid path: " + e.getReason(), e);
        }
    }

    /**
     * @param source the input as the user named it
     * @param e why it cannot be read
     * @return the exception to throw, worded for a user
     */
    static InputException unreadable(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputException(source, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new InputException(source, "permission denied", e);
        }
        return new InputException(source, "cannot read: " + e.getMessage(), e);
    }

    private static <T> T parse(String source, InputStream in, Function<InputStream, T> parser) {
        try {
            return parser.apply(in);
        } catch (UncheckedIOException e) {
            throw unreadable(source, e.getCause());
        }
    }
}
