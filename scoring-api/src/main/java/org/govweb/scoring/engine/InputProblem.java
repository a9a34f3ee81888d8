package org.govweb.scoring.engine;

import java.util.Objects;

/**
 * One problem of an input document.
 *
 * @param path the field's JSON path, e.g. {@code $.interaction.messages[3].repliedOn}
 * @param message what is wrong with it
 */
public record InputProblem(String path, String message) {
    /** Checks both components. */
    public InputProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
