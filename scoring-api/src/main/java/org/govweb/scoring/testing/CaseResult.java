package org.govweb.scoring.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one scoring case.
 *
 * @param file the case file
 * @param description what the case shows
 * @param mismatches each field where expected and actual differ; empty when the case passed
 * @param error a problem that kept the case from running (bad case file or inspection), or null
 */
public record CaseResult(Path file, String description, List<Mismatch> mismatches, String error) {

    /** Copies the list. */
    public CaseResult {
        mismatches = List.copyOf(mismatches);
    }

    /** @return whether the case passed */
    public boolean passed() {
        return error == null && mismatches.isEmpty();
    }

    /**
     * One field that did not come out as expected.
     *
     * @param field e.g. {@code part2} or {@code deductions.D2.4}
     * @param expected what the case expects
     * @param actual what the report says
     */
    public record Mismatch(String field, String expected, String actual) {
        @Override
        public String toString() {
            return field + ": expected " + expected + " but was " + actual;
        }
    }
}
