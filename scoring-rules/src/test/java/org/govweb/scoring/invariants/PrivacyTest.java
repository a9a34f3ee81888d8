package org.govweb.scoring.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.drools.DroolsScoringEngine;
import org.govweb.scoring.invariants.RandomInspections.Field;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.render.TextReport;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.testing.TestEngine;
import org.junit.jupiter.api.Test;

/**
 * The trust model's promise on output: a report (its JSON and its text rendering) carries no message text
 * and no personal data. Markers are planted in every free-text field of the input; none of the forbidden
 * kinds may reach any output, for the sample corpus and for {@code invariants.count / 4} random inspections.
 *
 * <p>What a report may show (decided here, documented in the README's trust model): the ids the input
 * gives (inspection, site, columns, publications, documents, interpretations, service items, messages,
 * error reports, surveys, search tests, findings, incidents, checks); the site's or account's name and its
 * unit (the report's subject); URLs of links and pages (the evidence of D4.3, D4.4, D4.8 — public pages of
 * the inspected site); browser class names (D4.9); dates, counts and field names. What it never shows:
 * notes of incidents, findings and falsifications; {@code accuracyErrors} entries; titles of publications,
 * documents, interpretations and search tests (a title can name a person); names of columns, service items
 * and thematic services (not personal, but a report identifies them by id). Ids and URLs are echoed: a
 * caller must not put personal data in them.
 */
class PrivacyTest {

    /** Free-text kinds no output may show. */
    static final Set<Field> FORBIDDEN = EnumSet.of(Field.NOTE, Field.ACCURACY_ERROR, Field.TITLE, Field.NAME);
    private static final String OPEN = "⟦";
    private static final String CLOSE = "⟧";
    private static final int MAX_FAILURES = 20;
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final DroolsScoringEngine engine = TestEngine.engine();

    /** @return a marker naming its kind: {@code ⟦NOTE-17⟧}; URLs stay URL-shaped */
    static String marker(Field field, int n) {
        String m = OPEN + field + "-" + n + CLOSE;
        return field == Field.URL ? "http://www.example.gov.cn/" + m + "/" + n + ".html" : m;
    }

    @Test
    void noSampleReportShowsNotesAccuracyErrorsTitlesOrNames() {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        int scored = 0;
        for (Map.Entry<String, String> doc : SampleCorpus.documents().entrySet()) {
            String marked = plantMarkers(doc.getValue());
            assertThat(marked).as("markers planted in %s", doc.getKey()).contains(OPEN);
            Inspection in = ScoringJson.readInspection(marked);
            Report report = engine.score(in);
            scan(doc.getKey(), report, failures);
            scored++;
        }
        assertThat(failures).as("outputs showing forbidden free text").isEmpty();
        assertThat(scored).isGreaterThanOrEqualTo(10);
    }

    @Test
    void noRandomReportShowsNotesAccuracyErrorsTitlesOrNames() {
        RandomInspections generator = new RandomInspections(InvariantsTest.SEED ^ 0xC0FFEE, PrivacyTest::marker);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger planted = new AtomicInteger();
        int n = Math.max(200, InvariantsTest.COUNT / 4);
        IntStream.range(0, n).parallel().forEach(i -> {
            if (failures.size() >= MAX_FAILURES) {
                return;
            }
            var w = generator.inspection(i);
            if (ScoringJson.write(w).contains(OPEN + Field.NOTE)) {
                planted.incrementAndGet();
            }
            scan("random inspection " + i, engine.score(w), failures);
        });
        assertThat(failures).as("outputs showing forbidden free text").isEmpty();
        assertThat(planted.get()).as("inspections with a planted note").isGreaterThan(n / 10);
    }

    @Test
    void theScanFindsAMarkerWhereOneIsShown() {
        // the allowed kinds do reach reports: the scan would see forbidden ones in the same places
        String marked = plantMarkers(SampleCorpus.documents().get("samples/website-county-portal.json"));
        Report report = engine.score(ScoringJson.readInspection(marked));
        String json = ScoringJson.write(report);
        assertThat(json).contains(OPEN + Field.SUBJECT_NAME).contains(OPEN + Field.UNIT).contains(OPEN + Field.URL);
        assertThat(TextReport.render(report)).contains(OPEN + Field.SUBJECT_NAME);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        scanText("self-test", json.replace(OPEN + Field.UNIT, OPEN + Field.NOTE), failures);
        assertThat(failures).hasSize(1);
    }

    /**
     * Finding: the text score sheet prints ids as given, control characters included, so an id can move
     * the terminal's cursor, recolour or retitle it (ESC sequences) or forge a line of the sheet (a line
     * break followed by "最后得分 Final score: …"). The JSON is safe (Jackson escapes control characters).
     * Fix: TextReport escapes control characters (U+0000–U+001F, U+007F–U+009F) and bidi controls
     * (U+202A–U+202E, U+2066–U+2069) of every value it prints, e.g. as \u001B; or the validator refuses them
     * in ids. Enable after the fix.
     */
    @Test

    void theTextSheetShowsNoControlCharacterFromTheInput() {
        var base = org.govweb.scoring.testing.TestEngine.countyPortal();
        List<org.govweb.scoring.website.Finding> findings = new ArrayList<>(base.findings());
        findings.add(new org.govweb.scoring.website.Finding("f9\n最后得分 Final: 120.00\u001b[2J",
                org.govweb.scoring.website.FindingIndicator.D1_1, null, null));
        var w = base.toBuilder().id("x\u001b]0;title\u0007\r").findings(findings).build();
        List<org.govweb.scoring.engine.InputProblem> problems = org.govweb.scoring.validation.InspectionValidator.validate(w);
        if (problems.isEmpty()) {
            String text = TextReport.render(engine.score(w));
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0)).isEmpty();
            assertThat(text).doesNotContain("\n最后得分 Final: 120.00");
        } else {
            assertThat(problems).isNotEmpty();
        }
    }

    private static void scan(String what, Report report, Queue<String> failures) {
        scanText(what + " (JSON)", ScoringJson.writePretty(report), failures);
        scanText(what + " (text)", TextReport.render(report), failures);
    }

    private static void scanText(String what, String output, Queue<String> failures) {
        for (Field f : FORBIDDEN) {
            int at = output.indexOf(OPEN + f + "-");
            if (at >= 0 && failures.size() < MAX_FAILURES) {
                int end = output.indexOf('\n', at);
                int start = output.lastIndexOf('\n', at);
                failures.add(what + " shows a " + f + ": " + output.substring(start + 1, end < 0 ? output.length() : end).trim());
            }
        }
    }

    // ------------------------------------------------------------------ planting markers in JSON

    /** @return the document with a marker in every free-text field, by the field's name */
    static String plantMarkers(String json) {
        try {
            JsonNode tree = PLAIN.readTree(json);
            plant(tree, null, new AtomicInteger());
            return PLAIN.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void plant(JsonNode node, String parentField, AtomicInteger counter) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                Field f = fieldOf(name, parentField);
                if (f != null && v.isTextual()) {
                    o.set(name, TextNode.valueOf(marker(f, counter.incrementAndGet())));
                } else if (f != null && v instanceof ArrayNode a) {
                    for (int i = 0; i < a.size(); i++) {
                        if (a.get(i).isTextual()) {
                            a.set(i, TextNode.valueOf(marker(f, counter.incrementAndGet())));
                        }
                    }
                } else {
                    plant(v, name, counter);
                }
            }
        } else if (node != null && node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                plant(it.next(), parentField, counter);
            }
        }
    }

    /** @return the kind of free text a field holds, or null when it holds none (ids, enums, dates …) */
    private static Field fieldOf(String name, String parentField) {
        return switch (name) {
            case "note" -> Field.NOTE;
            case "accuracyErrors" -> Field.ACCURACY_ERROR;
            case "title" -> Field.TITLE;
            case "name" -> "site".equals(parentField) || "account".equals(parentField) ? Field.SUBJECT_NAME : Field.NAME;
            case "thematicServices" -> Field.NAME;
            case "unit" -> Field.UNIT;
            case "url", "onPage", "pagesMissingErrorReportEntry" -> Field.URL;
            case "browsersFailing" -> Field.BROWSER;
            default -> null;
        };
    }
}
