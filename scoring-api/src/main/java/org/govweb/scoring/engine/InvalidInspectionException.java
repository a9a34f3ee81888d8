package org.govweb.scoring.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The input is invalid; nothing was scored. Every problem names its field path. */
public class InvalidInspectionException extends ScoringException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    /** @param problems every problem found (at least one) */
    public InvalidInspectionException(List<InputProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param path the field's JSON path
     * @param message what is wrong
     */
    public InvalidInspectionException(String path, String message) {
        this(List.of(new InputProblem(path, message)));
    }

    /** @return every problem found */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String format(List<InputProblem> problems) {
        if (problems.size() == 1) {
            return "invalid input: " + problems.get(0);
        }
        return "invalid input (" + problems.size() + " problems): "
                + problems.stream().map(InputProblem::toString).collect(Collectors.joining("; "));
    }
}
