package org.govweb.scoring.cli;

/**
 * An input of the command line cannot be read: a missing or unreadable file, an unknown sample. The
 * tool prints {@code error: <source>: <message>} and exits with {@link ScoringCli#BAD_INPUT}.
 */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the input as the user named it: a path, {@code -} or {@code sample:NAME}
     * @param message what is wrong with it
     */
    InputException(String source, String message) {
        super(message);
        this.source = source;
    }

    /**
     * @param source the input as the user named it
     * @param message what is wrong with it
     * @param cause the underlying error
     */
    InputException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /** @return the input as the user named it */
    String source() {
        return source;
    }
}
