package org.govweb.scoring.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.testing.CaseRunner;
import org.govweb.scoring.testing.ScoringCase;
import org.govweb.scoring.testing.ScoringCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the analysts' case files under {@code src/test/resources/cases} with the bundled rules, one dynamic
 * test per file, and checks that together they name every indicator of the catalogue.
 */
class CaseFilesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");

    @TestFactory
    Stream<DynamicTest> caseFiles() {
        return ScoringCases.dynamicTests(CASES);
    }

    @Test
    void theCaseFilesNameEveryIndicatorOfTheCatalogue() {
        Set<String> named = new TreeSet<>();
        for (Path file : CaseRunner.caseFiles(CASES)) {
            ScoringCase.Expectation e = ScoringCase.read(file).expect();
            named.addAll(e.vetoes());
            named.addAll(e.deductions().keySet());
            named.addAll(e.awards().keySet());
            named.addAll(e.status().keySet());
            named.addAll(e.annualRules());
        }
        Set<String> catalogue = new TreeSet<>();
        for (IndicatorInfo i : ScoringEngine.bundled().catalogue()) {
            if (i.group() != null && (i.kind() == IndicatorKind.VETO || i.kind() == IndicatorKind.DEDUCTION
                    || i.kind() == IndicatorKind.BONUS || i.kind() == IndicatorKind.ANNUAL)) {
                catalogue.add(i.id());
            }
        }
        assertThat(catalogue).as("indicators of the bundled catalogue").isNotEmpty();
        assertThat(named).as("indicators named by some case's expect").containsAll(catalogue);
    }
}
