package org.govweb.scoring.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.govweb.scoring.engine.InputProblem;

/**
 * The line a batch writes in place of a record it could not score:
 * {@code {"error": {"line": 3, "path": "$.site.url", "message": "…"}}}.
 *
 * @param error where and what
 */
record BatchError(@JsonProperty("error") Detail error) {

    /**
     * What went wrong with one record.
     *
     * @param line the line number of a JSON Lines input; null for a directory input
     * @param file the file name of a directory input; null for JSON Lines
     * @param path the JSON path of the (first) problem; null when the record could not be read at all
     * @param message what is wrong
     * @param problems every problem, when there are several; null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"line", "file", "path", "message", "problems"})
    record Detail(@JsonProperty("line") Long line, @JsonProperty("file") String file,
            @JsonProperty("path") String path, @JsonProperty("message") String message,
            @JsonProperty("problems") List<Problem> problems) {
    }

    /**
     * One problem of a record with several.
     *
     * @param path its JSON path
     * @param message what is wrong
     */
    @JsonPropertyOrder({"path", "message"})
    record Problem(@JsonProperty("path") String path, @JsonProperty("message") String message) {
    }

    /**
     * @param record the record
     * @param problems its problems (at least one)
     * @return the error line's value
     */
    static BatchError invalid(BatchRecord record, List<InputProblem> problems) {
        InputProblem first = problems.get(0);
        List<Problem> all = problems.size() < 2 ? null
                : problems.stream().map(p -> new Problem(p.path(), p.message())).toList();
        return new BatchError(new Detail(line(record), record.file(), first.path(), first.message(), all));
    }

    /**
     * @param record the record
     * @param message what went wrong, not tied to a field
     * @return the error line's value
     */
    static BatchError failed(BatchRecord record, String message) {
        return new BatchError(new Detail(line(record), record.file(), null, message, null));
    }

    private static Long line(BatchRecord record) {
        return record.file() == null ? record.line() : null;
    }
}
