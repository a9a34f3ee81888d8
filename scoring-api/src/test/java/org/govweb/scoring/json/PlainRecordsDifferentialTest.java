package org.govweb.scoring.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.testing.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds {@link ScalarRecordDeserializer} to Jackson on random damage: every record it reads (posts, probes,
 * publications, links, messages, columns, service items and guides, policy documents, interpretations) is
 * damaged at random — a field dropped, doubled, renamed, given a value of another kind, the fields
 * shuffled, the document's type moved last, the text broken — and the document read twice, by the library
 * and by Jackson's own deserializers alone. Both must give the same inspection or the same problem (path
 * and message). Seeded: the same cases every run.
 */
class PlainRecordsDifferentialTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** Values of every JSON kind, valid for some fields and not for others. */
    private static final List<String> VALUES = List.of("null", "0", "7", "-1", "1.5", "4294967296", "\"\"", "\"x\"",
            "\"2020-01-02\"", "\"2020-13-01\"", "\"2020-01-02T03:04:05\"", "\"2020-01-02T03:04\"", "true", "false",
            "[]", "[\"x\"]", "[\"NAME\",\"FEES\"]", "[\"TEXT\"]", "[null]", "[1]", "{}", "{\"a\":1,\"a\":2}",
            "[{\"id\":\"p\",\"publishedOn\":\"2020-01-02\"}]", "\"OK\"", "\"ok\"", "\"NEWS\"", "\"news\"", "[\"name\"]", "\"\\u0032020-01-02\"");
    /** Where the records read by the plain reader are, in each example. */
    private static final List<String> WEBSITE_RECORDS = List.of("/probes", "/homepage/publications", "/columns",
            "/columns/*/publications", "/design/links", "/interaction/messages", "/services/items",
            "/services/items/*/guide", "/policyDocuments", "/interpretations");
    private static final List<String> NEW_MEDIA_RECORDS = List.of("/posts");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Examples.COUNTY_PORTAL, Examples.WECHAT})
    void readsDamagedRecordsAsJacksonAlone(String example) throws JsonProcessingException {
        String base = PLAIN.writeValueAsString(PLAIN.readTree(Examples.text(example)));
        List<String> where = example.equals(Examples.WECHAT) ? NEW_MEDIA_RECORDS : WEBSITE_RECORDS;
        SplittableRandom random = new SplittableRandom(20261126L);
        int refused = 0;
        for (int i = 0; i < 1500; i++) {
            String document = damage(base, where, random);
            String library = outcome(() -> ScoringJson.readInspection(document.getBytes(UTF_8)));
            String jackson = outcome(() -> ScoringJson.readInspectionWithJacksonAlone(document.getBytes(UTF_8)));
            assertThat(library).as("case %d: %s", i, document).isEqualTo(jackson);
            if (library.startsWith("refused")) {
                refused++;
            }
        }
        // the damage must reach both outcomes often: neither all refused nor all accepted
        assertThat(refused).isBetween(300, 1400);
    }

    private static String outcome(Supplier<Inspection> read) {
        try {
            return "read " + ScoringJson.write(read.get());
        } catch (InvalidInspectionException e) {
            return "refused " + e.problems();
        }
    }

    private static String damage(String base, List<String> where, SplittableRandom random)
            throws JsonProcessingException {
        ObjectNode root = (ObjectNode) PLAIN.readTree(base);
        List<List<ObjectNode>> kinds = new ArrayList<>(); // the records of each place, so that each is damaged as often
        for (String path : where) {
            List<ObjectNode> records = new ArrayList<>();
            collect(root, path.substring(1).split("/"), 0, records);
            if (!records.isEmpty()) {
                kinds.add(records);
            }
        }
        int damages = 1 + random.nextInt(2);
        for (int d = 0; d < damages; d++) {
            List<ObjectNode> records = kinds.get(random.nextInt(kinds.size()));
            ObjectNode target = records.get(random.nextInt(records.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? "id" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(7)) {
                case 0 -> target.remove(name);
                case 1 -> target.set(name, PLAIN.readTree(VALUES.get(random.nextInt(VALUES.size()))));
                case 6 -> target.set(name, near(target.get(name), random));
                case 2 -> target.set(name + (random.nextBoolean() ? "x" : ""), target.get(name)); // unknown or same
                case 3 -> shuffle(target, random);
                case 4 -> moveTypeLast(root);
                default -> target.put("extra", 1);
            }
        }
        String json = PLAIN.writeValueAsString(root);
        return switch (random.nextInt(8)) {
            case 0 -> duplicateAField(json, random); // JSON trees cannot hold two fields of one name
            case 1 -> breakText(json, random);
            default -> json;
        };
    }

    /** @return a value close to a valid one: other case, another kind holding the same text, … */
    private static JsonNode near(JsonNode value, SplittableRandom random) {
        if (value == null) {
            return PLAIN.getNodeFactory().nullNode();
        }
        if (value.isTextual()) {
            String t = value.asText();
            return switch (random.nextInt(4)) {
                case 0 -> PLAIN.getNodeFactory().textNode(t.toLowerCase(java.util.Locale.ROOT));
                case 1 -> PLAIN.getNodeFactory().textNode(" " + t);
                case 2 -> PLAIN.getNodeFactory().arrayNode().add(t);
                default -> PLAIN.getNodeFactory().textNode(t.isEmpty() ? t : t.substring(0, t.length() - 1));
            };
        }
        if (value.isArray()) {
            ArrayNode copy = PLAIN.getNodeFactory().arrayNode();
            value.forEach(e -> copy.add(e.isTextual() && random.nextBoolean()
                    ? PLAIN.getNodeFactory().textNode(e.asText().toLowerCase(java.util.Locale.ROOT)) : e));
            if (random.nextInt(4) == 0) {
                copy.addNull();
            }
            return value.isEmpty() || random.nextInt(4) > 0 ? copy : value.get(0);
        }
        if (value.isNumber() || value.isBoolean()) {
            return PLAIN.getNodeFactory().textNode(value.asText());
        }
        return PLAIN.getNodeFactory().nullNode();
    }

    private static void collect(JsonNode node, String[] steps, int at, List<ObjectNode> out) {
        if (node == null) {
            return;
        }
        if (at == steps.length) {
            if (node instanceof ArrayNode array) {
                array.forEach(e -> {
                    if (e instanceof ObjectNode o) {
                        out.add(o);
                    }
                });
            } else if (node instanceof ObjectNode o) {
                out.add(o);
            }
            return;
        }
        if (steps[at].equals("*")) {
            node.forEach(e -> collect(e, steps, at + 1, out));
        } else {
            collect(node.get(steps[at]), steps, at + 1, out);
        }
    }

    private static void shuffle(ObjectNode target, SplittableRandom random) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(target.properties());
        for (int i = fields.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Map.Entry<String, JsonNode> t = fields.get(i);
            fields.set(i, fields.get(j));
            fields.set(j, t);
        }
        target.removeAll();
        fields.forEach(e -> target.set(e.getKey(), e.getValue()));
    }

    private static void moveTypeLast(ObjectNode root) {
        JsonNode type = root.remove("type");
        if (type != null) {
            root.set("type", type);
        }
    }

    /** Writes a field of some object a second time, right after its first value. */
    private static String duplicateAField(String json, SplittableRandom random) {
        List<Integer> starts = new ArrayList<>();
        for (int i = json.indexOf("{\""); i >= 0; i = json.indexOf("{\"", i + 1)) {
            starts.add(i);
        }
        int at = starts.get(random.nextInt(starts.size())) + 1;
        int colon = json.indexOf("\":", at);
        String field = json.substring(at, colon + 2);
        String value = VALUES.get(random.nextInt(VALUES.size()));
        int end = json.indexOf(',', colon);
        int close = json.indexOf('}', colon);
        int cut = end < 0 || (close >= 0 && close < end) ? close : end;
        return json.substring(0, cut) + "," + field + value + json.substring(cut);
    }

    /** Drops or doubles one of the characters that hold the JSON together. */
    private static String breakText(String json, SplittableRandom random) {
        for (int tries = 0; tries < 100; tries++) {
            int i = random.nextInt(json.length());
            char c = json.charAt(i);
            if (c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']' || c == '"') {
                return random.nextBoolean() ? json.substring(0, i) + json.substring(i + 1)
                        : json.substring(0, i) + c + json.substring(i);
            }
        }
        return json;
    }
}
