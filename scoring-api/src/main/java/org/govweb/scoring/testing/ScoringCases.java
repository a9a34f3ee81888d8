package org.govweb.scoring.testing;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govweb.scoring.engine.ScoringEngine;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a directory of case files into JUnit 5 dynamic tests, one per case:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> cases() {
 *     return ScoringCases.dynamicTests(Path.of("src/test/cases"));
 * }
 * }</pre>
 *
 * A failing case reports every mismatching field as expected vs actual. Needs junit-jupiter-api on the
 * test class path.
 */
public final class ScoringCases {
    private ScoringCases() {
    }

    /**
     * @param directory a directory of case files
     * @return one dynamic test per case, scored with the bundled rules
     */
    public static Stream<DynamicTest> dynamicTests(Path directory) {
        return dynamicTests(directory, ScoringEngine.bundled());
    }

    /**
     * @param directory a directory of case files
     * @param engine the engine to score with
     * @return one dynamic test per case
     */
    public static Stream<DynamicTest> dynamicTests(Path directory, ScoringEngine engine) {
        return CaseRunner.caseFiles(directory).stream().map(file -> DynamicTest.dynamicTest(
                directory.relativize(file) + "", file.toUri(), () -> {
                    CaseResult result = CaseRunner.run(file, engine);
                    if (!result.passed()) {
                        throw new AssertionError(result.description() + "\n  "
                                + (result.error() != null ? result.error()
                                        : result.mismatches().stream().map(Object::toString)
                                                .collect(Collectors.joining("\n  "))));
                    }
                }));
    }
}
