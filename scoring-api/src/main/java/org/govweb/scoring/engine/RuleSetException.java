package org.govweb.scoring.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set does not build or fails the catalogue checks; every problem names file, line and column. */
public class RuleSetException extends ScoringException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** @param problems every problem found (at least one) */
    public RuleSetException(List<RuleProblem> problems) {
        super("invalid rule files:\n" + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found */
    public List<RuleProblem> problems() {
        return problems;
    }
}
