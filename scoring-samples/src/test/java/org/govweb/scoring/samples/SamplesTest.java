package org.govweb.scoring.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.VetoAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled sample, scored by the bundled engine, gives the outcome worked out by hand in
 * {@code samples/README.md} and written in {@code samples/expected.json}: verdict and reason, Part 2,
 * Part 3 and the final score (to 2 decimals, rounded half-up), the vetoes (or annual rules) that hold,
 * and the amount each deduction and bonus indicator counts after its cap.
 */
class SamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ScoringEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = ScoringEngine.bundled();
    }

    @TestFactory
    Stream<DynamicTest> everySampleScoresAsExpected() {
        return expected().stream().map(e -> DynamicTest.dynamicTest(e.path("file").asText(), () -> check(e)));
    }

    @Test
    void everyBundledSampleHasAnExpectedOutcomeAndNoMore() throws IOException, URISyntaxException {
        URL index = SamplesTest.class.getResource("/samples/expected.json");
        assertThat(index).isNotNull();
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of(index.toURI()).getParent())) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".json") && !f.equals("expected.json")).sorted().toList();
        }
        List<String> expected = expected().stream().map(e -> e.path("file").asText()).sorted().toList();

        assertThat(files).hasSize(12).isEqualTo(expected);
    }

    private static void check(JsonNode expected) {
        String file = expected.path("file").asText();
        Report report = engine.score(read(file));
        SoftAssertions soft = new SoftAssertions();

        soft.assertThat(report.verdict().name()).as(file + " verdict").isEqualTo(expected.path("verdict").asText());
        if (report instanceof ScoreReport r) {
            soft.assertThat(name(r.reason())).as(file + " reason").isEqualTo(text(expected.get("reason")));
            soft.assertThat(twoDecimals(r.part2())).as(file + " part2").isEqualTo(text(expected.get("part2")));
            soft.assertThat(twoDecimals(r.part3())).as(file + " part3").isEqualTo(text(expected.get("part3")));
            soft.assertThat(twoDecimals(r.finalScore())).as(file + " final").isEqualTo(text(expected.get("final")));
            soft.assertThat(indicatorIds(r.vetoes())).as(file + " vetoes").isEqualTo(strings(expected.get("vetoes")));
            soft.assertThat(counted(r, IndicatorKind.DEDUCTION)).as(file + " deductions")
                    .isEqualTo(amounts(expected.get("deductions")));
            soft.assertThat(counted(r, IndicatorKind.BONUS)).as(file + " awards")
                    .isEqualTo(amounts(expected.get("awards")));
            soft.assertThat(expected.has("rules")).as(file + " has annual rules in expected.json").isFalse();
        } else if (report instanceof AnnualReport a) {
            soft.assertThat(name(a.reason())).as(file + " reason").isEqualTo(text(expected.get("reason")));
            soft.assertThat(indicatorIds(a.rules())).as(file + " rules").isEqualTo(strings(expected.get("rules")));
            soft.assertThat(strings(expected.get("vetoes"))).as(file + " expected vetoes").isEmpty();
            soft.assertThat(amounts(expected.get("deductions"))).as(file + " expected deductions").isEmpty();
            soft.assertThat(amounts(expected.get("awards"))).as(file + " expected awards").isEmpty();
            soft.assertThat(text(expected.get("part2"))).as(file + " expected part2").isNull();
        } else {
            soft.fail(file + ": unknown report type " + report.getClass().getName());
        }
        soft.assertAll();
    }

    /** The indicators of one kind that count a non-zero amount after their cap: ID to amount, plain. */
    private static Map<String, String> counted(ScoreReport report, IndicatorKind kind) {
        Map<String, String> counted = new TreeMap<>();
        for (IndicatorAnalysis i : report.indicators()) {
            if (i.kind() == kind && i.counted().signum() != 0) {
                counted.put(i.indicator(), plain(i.counted()));
            }
        }
        return counted;
    }

    /** Expected amounts, written the same way as {@link #counted}: equal strings mean equal numbers. */
    private static Map<String, String> amounts(JsonNode node) {
        Map<String, String> amounts = new TreeMap<>();
        if (node != null && !node.isNull()) {
            node.fields().forEachRemaining(f -> amounts.put(f.getKey(), plain(new BigDecimal(f.getValue().asText()))));
        }
        return amounts;
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** The report's exact score rounded as the expected strings are: 2 decimals, half-up. */
    private static String twoDecimals(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> indicatorIds(List<VetoAnalysis> holding) {
        return holding.stream().map(VetoAnalysis::indicator).distinct().sorted().toList();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out.stream().sorted().toList();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Inspection read(String file) {
        try (InputStream in = SamplesTest.class.getResourceAsStream("/samples/" + file)) {
            assertThat(in).as(file).isNotNull();
            return ScoringJson.readInspection(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> expected() {
        try (InputStream in = SamplesTest.class.getResourceAsStream("/samples/expected.json")) {
            assertThat(in).as("samples/expected.json").isNotNull();
            List<JsonNode> entries = new ArrayList<>();
            JSON.readTree(in).forEach(entries::add);
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
