package org.govweb.scoring.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.IndicatorStatus;

/**
 * One scoring case: a description, an inspection (inline, or a file relative to the case file), optionally a
 * patch to it, and the expected outcome. Case files are JSON, written by analysts without Java:
 *
 * <pre>{@code
 * {
 *   "description": "D2.4: a guide lacking FEES loses 0.5",
 *   "inspectionFile": "../samples/website-county-portal.json",      // or "inspection": { … }
 *   "patch": [
 *     {"op": "replace", "path": "/id", "value": "case-d2-4-no-fees"},
 *     {"op": "remove", "path": "/services/items/0/guide/elements/6"}
 *   ],
 *   "expect": {
 *     "verdict": "QUALIFIED", "reason": null,
 *     "part2": "92.30", "part3": "19", "final": "111.30",
 *     "vetoes": ["VW4"],
 *     "deductions": {"D2.4": "1.5"}, "awards": {"B1.1": "3"},
 *     "status": {"B2.1": "NOT_APPLICABLE"},
 *     "annualRules": ["A2"],
 *     "warnings": ["VW2_FEW_PROBES"],
 *     "exact": false
 *   }
 * }
 * }</pre>
 *
 * {@code inspectionFile} is resolved against the case file's directory. {@code patch}, when given, is a JSON
 * Patch (RFC 6902, see {@link JsonPatch}) applied to the inspection — the file's or the inline one — before it
 * is read, so that a case shows only what it changes in a shared sample; its paths are JSON Pointers into the
 * inspection ({@code /services/items/0/guide/elements/6}, {@code /probes/-} to append).
 *
 * <p>Only what {@code expect} names is checked; with {@code "exact": true} every indicator it does not name must
 * deduct or award nothing, and the vetoes (or annual rules) must be exactly those listed.
 *
 * @param file the case file
 * @param description what the case shows
 * @param inspection the inspection to score
 * @param expect the expected outcome
 */
public record ScoringCase(Path file, String description, Inspection inspection, Expectation expect) {

    private static final Set<String> CASE_FIELDS = Set.of("description", "inspection", "inspectionFile", "patch",
            "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("verdict", "reason", "part2", "part3", "final", "vetoes",
            "deductions", "awards", "status", "annualRules", "warnings", "exact");

    /**
     * The expected outcome; a null component is not checked, except where {@code present} says the case
     * named it (so {@code "part3": null} means "expected to be absent").
     *
     * @param present the names of the fields the case file gives
     * @param verdict QUALIFIED or UNQUALIFIED
     * @param reason VETO, BELOW_60, ANNUAL_RULE or null
     * @param part2 expected Part 2
     * @param part3 expected Part 3
     * @param finalScore expected final score
     * @param vetoes veto IDs expected to hold
     * @param deductions expected deductions per indicator (after caps)
     * @param awards expected awards per indicator (after caps)
     * @param status expected status per indicator
     * @param annualRules annual rules expected to hold
     * @param warnings warning codes expected
     * @param exact whether unnamed indicators must be clean and vetoes exactly those named
     */
    public record Expectation(Set<String> present, String verdict, String reason, String part2, String part3,
            String finalScore, List<String> vetoes, Map<String, String> deductions, Map<String, String> awards,
            Map<String, IndicatorStatus> status, List<String> annualRules, List<String> warnings, boolean exact) {
        /** Copies the collections. */
        public Expectation {
            present = Set.copyOf(present);
            vetoes = List.copyOf(vetoes);
            deductions = Map.copyOf(deductions);
            awards = Map.copyOf(awards);
            status = Map.copyOf(status);
            annualRules = List.copyOf(annualRules);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param file a case file
     * @return the case
     * @throws IllegalArgumentException naming the file and field when the case file is malformed
     * @throws InvalidInspectionException when its inspection is invalid
     */
    public static ScoringCase read(Path file) {
        ObjectMapper mapper = ScoringJson.mapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read case file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": a case file is a JSON object");
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!CASE_FIELDS.contains(f)) {
                throw new IllegalArgumentException(file + ": $." + f + ": unknown field (known: " + CASE_FIELDS + ")");
            }
        });
        Inspection inspection = inspection(file, mapper, root);
        JsonNode e = root.get("expect");
        if (e == null || !e.isObject()) {
            throw new IllegalArgumentException(file + ": $.expect: missing (an object)");
        }
        List<String> present = new ArrayList<>();
        e.fieldNames().forEachRemaining(f -> {
            if (!EXPECT_FIELDS.contains(f)) {
                throw new IllegalArgumentException(file + ": $.expect." + f + ": unknown field (known: " + EXPECT_FIELDS
                        + ")");
            }
            present.add(f);
        });
        Map<String, IndicatorStatus> status = new LinkedHashMap<>();
        map(e.get("status")).forEach((k, v) -> {
            try {
                status.put(k, IndicatorStatus.valueOf(v));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(file + ": $.expect.status." + k + ": unknown status " + v);
            }
        });
        Expectation expect = new Expectation(Set.copyOf(present), text(e.get("verdict")), text(e.get("reason")),
                text(e.get("part2")), text(e.get("part3")), text(e.get("final")), list(e.get("vetoes")),
                map(e.get("deductions")), map(e.get("awards")), status, list(e.get("annualRules")),
                list(e.get("warnings")), e.path("exact").asBoolean(false));
        String description = root.path("description").asText(file.getFileName().toString());
        return new ScoringCase(file, description, Objects.requireNonNull(inspection), expect);
    }

    private static Inspection inspection(Path file, ObjectMapper mapper, JsonNode root) {
        JsonNode patch = root.get("patch");
        JsonNode document;
        if (root.has("inspection")) {
            document = root.get("inspection");
        } else if (root.hasNonNull("inspectionFile")) {
            Path target = file.toAbsolutePath().getParent().resolve(root.get("inspectionFile").asText()).normalize();
            if (patch == null) {
                return ScoringJson.readInspection(target);
            }
            try {
                document = mapper.readTree(Files.readString(target));
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": $.inspectionFile: cannot read " + target + ": "
                        + e.getMessage(), e);
            }
        } else {
            throw new IllegalArgumentException(file + ": needs \"inspection\" or \"inspectionFile\"");
        }
        if (patch != null) {
            try {
                document = JsonPatch.apply(document, patch);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }
        return ScoringJson.readInspection(document.toString());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static Map<String, String> map(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
        }
        return out;
    }
}
