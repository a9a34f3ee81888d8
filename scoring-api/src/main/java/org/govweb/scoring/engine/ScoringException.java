package org.govweb.scoring.engine;

/** Base of the library's exceptions; its message is one clear sentence, fit to show a user. */
public class ScoringException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public ScoringException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying error
     */
    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
