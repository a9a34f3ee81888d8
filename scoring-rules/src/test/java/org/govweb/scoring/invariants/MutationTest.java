package org.govweb.scoring.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.drools.DroolsScoringEngine;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.render.TextReport;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;

/**
 * Bad input: {@code invariants.count} mutations (2000 by default, 100000 with {@code -Pstress}) of the
 * sample inspections — truncation, wrong types, huge numbers, deep nesting, huge strings, duplicate keys,
 * duplicate and dangling ids, unknown fields, class names, dates after the monitoring point, replies before
 * submissions, shifted calendars, garbage bytes. Each mutant either scores (and its report writes as JSON
 * and text) or fails with an {@link InvalidInspectionException} whose every problem has a path starting
 * with {@code $} and a message free of Java class names — never another exception. Plus the hardening of
 * {@link ScoringJson}: no default typing, no class names from input, stream read limits.
 */
class MutationTest {

    private static final int COUNT = InvariantsTest.COUNT;
    private static final long SEED = Long.getLong("invariants.seed", 20191218L);
    private static final int MAX_FAILURES = 20;
    private static final String RAW = "@@RAW@@";
    /** Prefix of a note of the path a mutation's rejection must name. */
    private static final String EXPECT = "expect:";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    /** Words that must not reach a user's eyes in a problem message. */
    private static final List<String> TECHNICAL = List.of("com.fasterxml", "java.lang", "java.util", "org.govweb",
            "Exception", "\tat ");
    /** Pairs (earlier, later) of date fields in one object: replies, publications and ends after their start. */
    private static final List<String[]> ORDERED_DATES = List.of(new String[] {"submittedOn", "repliedOn"},
            new String[] {"submittedOn", "publishedOn"}, new String[] {"askedOn", "answeredOn"},
            new String[] {"startedOn", "endedOn"}, new String[] {"startedOn", "feedbackPublishedOn"});
    private static final List<String> REFERENCES = List.of("columnId", "documentId", "linkedInterpretationIds",
            "targetId");

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final DroolsScoringEngine engine = TestEngine.engine();

    /** One corpus document, parsed once, with the pointer of every node. */
    private record Doc(String name, String text, JsonNode tree, List<JsonPointer> nodes) {
    }

    /** One mutant: what was done, and the resulting text. */
    record Mutant(String description, String text, boolean asBytes, String expectedPath) {
        Mutant(String description, String text, boolean asBytes) {
            this(description, text, asBytes, null);
        }
    }

    private static List<Doc> corpus() {
        List<Doc> docs = new ArrayList<>();
        SampleCorpus.documents().forEach((name, text) -> {
            try {
                JsonNode tree = PLAIN.readTree(text);
                List<JsonPointer> nodes = new ArrayList<>();
                collect(tree, JsonPointer.empty(), nodes);
                docs.add(new Doc(name, text, tree, nodes));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        return docs;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> out) {
        out.add(at);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), at.appendProperty(e.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at.appendIndex(i), out);
            }
        }
    }

    // ------------------------------------------------------------------ the mutation run

    @Test
    void everyMutantScoresOrIsRejectedWithPathsNeverAnotherException() {
        List<Doc> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(10);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger scored = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger located = new AtomicInteger();
        Map<String, AtomicInteger> byOperator = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        IntStream.range(0, COUNT).parallel().forEach(k -> {
            if (failures.size() >= MAX_FAILURES) {
                return;
            }
            Random r = new Random(RandomInspections.mix(SEED, k));
            Doc doc = corpus.get(r.nextInt(corpus.size()));
            Mutant m = mutate(doc, r);
            if (m.expectedPath() != null) {
                located.incrementAndGet();
            }
            byOperator.computeIfAbsent(m.description().replaceAll("[ (].*", ""), x -> new AtomicInteger())
                    .incrementAndGet();
            String outcome = outcome(m, scored, rejected);
            if (outcome != null) {
                failures.add("mutation " + k + " of " + doc.name() + " [" + m.description() + "]: " + outcome
                        + "\n  input: " + abbreviate(m.text(), 600));
            }
        });
        System.out.printf("MutationTest: %d mutants in %d ms: %d scored, %d rejected (%d at a known path); by operator %s%n",
                COUNT, (System.nanoTime() - start) / 1_000_000, scored.get(), rejected.get(), located.get(),
                new java.util.TreeMap<>(byOperator));
        assertThat(failures).as("mutants that broke the contract").isEmpty();
        assertThat(scored.get() + rejected.get()).isEqualTo(COUNT);
        // both outcomes occur: a mutator that only breaks syntax would test nothing past the parser
        assertThat(scored.get()).isGreaterThan(COUNT / 20);
        assertThat(rejected.get()).isGreaterThan(COUNT / 2);
        assertThat(located.get()).as("mutants whose rejection must name a known path").isGreaterThan(COUNT / 8);
    }

    /** @return null when the mutant keeps the contract, else what went wrong */
    private String outcome(Mutant m, AtomicInteger scored, AtomicInteger rejected) {
        try {
            Inspection in;
            if (m.asBytes()) {
                try (InputStream s = new ByteArrayInputStream(m.text().getBytes(StandardCharsets.UTF_8))) {
                    in = ScoringJson.readInspection(s);
                }
            } else {
                in = ScoringJson.readInspection(m.text());
            }
            Report report = engine.score(in);
            ScoringJson.write(report);
            TextReport.render(report);
            scored.incrementAndGet();
            return m.expectedPath() == null ? null : "scored, but should have been rejected at " + m.expectedPath();
        } catch (InvalidInspectionException e) {
            rejected.incrementAndGet();
            String bad = badProblems(e, m.text());
            if (bad == null && m.expectedPath() != null
                    && e.problems().stream().noneMatch(p -> p.path().equals(m.expectedPath()))) {
                bad = "rejected, but no problem at " + m.expectedPath() + ": " + e.problems();
            }
            return bad;
        } catch (Throwable t) {
            return "threw " + t + (t.getCause() == null ? "" : " caused by " + t.getCause());
        }
    }

    /**
     * @param e the rejection
     * @param input the input rejected: a technical word the input itself holds may be echoed
     * @return null when every problem has a path starting with $ and a plain message, else what is wrong
     */
    static String badProblems(InvalidInspectionException e, String input) {
        if (e.problems().isEmpty()) {
            return "InvalidInspectionException without problems";
        }
        for (InputProblem p : e.problems()) {
            if (p.path() == null || !p.path().startsWith("$")) {
                return "problem path not starting with $: " + p;
            }
            if (p.message() == null || p.message().isBlank()) {
                return "problem without message: " + p;
            }
            for (String word : TECHNICAL) {
                if (p.message().contains(word) && !input.contains(word)) {
                    return "problem message shows '" + word + "': " + p;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ mutators

    private static Mutant mutate(Doc doc, Random r) {
        int op = r.nextInt(100);
        boolean asBytes = r.nextInt(4) == 0;
        if (op < 8) {
            int cut = r.nextInt(doc.text().length());
            return new Mutant("truncate at " + cut, doc.text().substring(0, cut), asBytes);
        }
        if (op < 14) {
            return new Mutant("garbage", garbage(doc.text(), r), asBytes);
        }
        if (op < 17) {
            return new Mutant("duplicateKey", duplicateKey(doc.text(), r), asBytes);
        }
        JsonNode tree = doc.tree().deepCopy();
        List<String> done = new ArrayList<>();
        String raw = null;
        int steps = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
        for (int s = 0; s < steps; s++) {
            int o = s == 0 ? op : 17 + r.nextInt(83);
            if (s > 0 && (o >= 33 && o < 35 || o >= 94 && o < 97)) {
                // no huge strings or long lists in later steps: a long list of huge strings would fill the heap
                o = 17;
            }
            String rawHere;
            try {
                rawHere = treeMutation(o, tree, doc, r, done);
            } catch (RuntimeException e) {
                // a later step may meet a shape an earlier step made (a list turned into null): skip it
                if (s == 0) {
                    throw e;
                }
                done.add("skipped");
                rawHere = null;
            }
            if (rawHere != null) {
                raw = rawHere;
                break;
            }
        }
        String text = write(tree);
        if (raw != null) {
            text = text.replace("\"" + RAW + "\"", raw);
        }
        // a single semantic mutation names the path its rejection must report
        List<String> expected = done.stream().filter(d -> d.startsWith(EXPECT)).toList();
        done.removeAll(expected);
        String expectedPath = steps == 1 && expected.size() == 1 ? expected.get(0).substring(EXPECT.length()) : null;
        return new Mutant(String.join(" + ", done), text, asBytes, expectedPath);
    }

    /**
     * Applies one mutation to the tree.
     *
     * @return raw JSON text to put in place of the placeholder string, or null
     */
    private static String treeMutation(int op, JsonNode tree, Doc doc, Random r, List<String> done) {
        JsonPointer at = doc.nodes().get(r.nextInt(doc.nodes().size()));
        if (tree.at(at).isMissingNode()) {
            at = JsonPointer.empty();
        }
        if (op < 27) {
            JsonNode v = wrongType(r);
            done.add("wrongType " + at + " = " + v);
            set(tree, at, v);
        } else if (op < 33) {
            String big = hugeNumber(r);
            done.add("hugeNumber " + at + " = " + abbreviate(big, 40));
            setRaw(tree, at);
            return big;
        } else if (op < 35) {
            int length = r.nextBoolean() ? 1_000_001 : 50_000 + r.nextInt(200_000);
            done.add("hugeString " + at + " of " + length);
            set(tree, at, TextNode.valueOf("x".repeat(length)));
        } else if (op < 39) {
            int depth = r.nextBoolean() ? 90 + r.nextInt(20) : 1000 + r.nextInt(9000);
            boolean arrays = r.nextBoolean();
            done.add("deepNesting " + at + " depth " + depth + (arrays ? " arrays" : " objects"));
            setRaw(tree, at);
            return arrays ? "[".repeat(depth) + "1" + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        } else if (op < 47) {
            duplicateId(tree, r, done);
        } else if (op < 54) {
            dangling(tree, r, done);
        } else if (op < 60) {
            unknownField(tree, r, done);
        } else if (op < 68) {
            dateAfterMonitoring(tree, r, done);
        } else if (op < 76) {
            replyBeforeSubmission(tree, r, done);
        } else if (op < 80) {
            shiftCalendar(tree, r, done);
        } else if (op < 86) {
            if (at.matches()) {
                done.add("noop root");
            } else {
                done.add("remove " + at);
                remove(tree, at);
            }
        } else if (op < 90) {
            badDate(tree, r, done);
        } else if (op < 94) {
            typeName(tree, r, done);
        } else if (op < 97) {
            bigList(tree, r, done);
        } else {
            JsonNode v = r.nextBoolean() ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
            done.add("empty " + at + " = " + v);
            set(tree, at, v);
        }
        return null;
    }

    private static JsonNode wrongType(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(14)) {
            case 0 -> f.textNode("x");
            case 1 -> f.numberNode(1);
            case 2 -> f.numberNode(1.5);
            case 3 -> f.booleanNode(true);
            case 4 -> f.nullNode();
            case 5 -> f.arrayNode();
            case 6 -> f.objectNode();
            case 7 -> f.textNode("");
            case 8 -> f.textNode("true");
            case 9 -> f.numberNode(-1);
            case 10 -> f.textNode("NEWS");
            case 11 -> f.arrayNode().add("D2.4");
            case 12 -> f.textNode("\ud800\u0000\u202e");
            default -> f.numberNode(0);
        };
    }

    private static String hugeNumber(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> "1e400";
            case 1 -> "-1e400";
            case 2 -> "1e-400";
            case 3 -> "2147483648";
            case 4 -> "-2147483649";
            case 5 -> "9223372036854775808";
            case 6 -> "-9223372036854775809";
            case 7 -> "1" + "0".repeat(30);
            case 8 -> "9".repeat(60);
            case 9 -> "0." + "0".repeat(80) + "1";
            case 10 -> "1e2147483648";
            default -> "-0";
        };
    }

    private static String garbage(String text, Random r) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(6)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, "{[]},:\"\\'".charAt(r.nextInt(9)));
                case 2 -> b.insert(at, (char) r.nextInt(0x20));
                case 3 -> b.insert(at, "NaN");
                case 4 -> b.insert(0, '\ufeff');
                default -> b.insert(at, "/* c */");
            }
        }
        if (r.nextInt(5) == 0) {
            b.append(r.nextBoolean() ? "{}" : " x");
        }
        return b.toString();
    }

    /** Repeats a key inside one object: {@code "id": …} becomes {@code "id": …, "id": "dup"}. */
    private static String duplicateKey(String text, Random r) {
        List<Integer> keys = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("\"([A-Za-z]+)\"\\s*:").matcher(text);
        while (m.find()) {
            keys.add(m.start());
        }
        int at = keys.get(r.nextInt(keys.size()));
        java.util.regex.Matcher key = Pattern.compile("\"([A-Za-z]+)\"\\s*:").matcher(text);
        key.find(at);
        return text.substring(0, at) + "\"" + key.group(1) + "\": \"dup\", " + text.substring(at);
    }

    private static void duplicateId(JsonNode tree, Random r, List<String> done) {
        List<JsonPointer> lists = pointers(tree, n -> n.isArray() && !n.isEmpty() && n.get(0).isObject() && n.get(0).has("id"));
        if (lists.isEmpty()) {
            done.add("duplicateId none");
            return;
        }
        JsonPointer at = lists.get(r.nextInt(lists.size()));
        ArrayNode list = (ArrayNode) tree.at(at);
        int i = r.nextInt(list.size());
        JsonNode item = list.get(i);
        if (!item.isObject() || !item.has("id")) {
            done.add("duplicateId none");
            return;
        }
        if (r.nextBoolean()) {
            list.add(item.deepCopy());
            done.add("duplicateId copy " + item.get("id"));
            done.add(EXPECT + path(at.appendIndex(list.size() - 1).appendProperty("id")));
        } else {
            int j = r.nextInt(list.size());
            if (!(list.get(j) instanceof ObjectNode target)) {
                done.add("duplicateId none");
                return;
            }
            target.set("id", item.get("id").deepCopy());
            done.add("duplicateId reuse " + item.get("id"));
            if (i != j && item.get("id").isTextual()) {
                done.add(EXPECT + path(at.appendIndex(Math.max(i, j)).appendProperty("id")));
            }
        }
    }

    /** @return the pointers of every node of the tree that passes the test, in document order */
    private static List<JsonPointer> pointers(JsonNode tree, java.util.function.Predicate<JsonNode> test) {
        List<JsonPointer> all = new ArrayList<>();
        collect(tree, JsonPointer.empty(), all);
        return all.stream().filter(p -> test.test(tree.at(p))).toList();
    }

    /** @return the JSON path ({@code $.columns[2].id}) of a JSON pointer ({@code /columns/2/id}) */
    static String path(JsonPointer pointer) {
        StringBuilder b = new StringBuilder("$");
        for (JsonPointer q = pointer; q != null && !q.matches(); q = q.tail()) {
            if (q.getMatchingIndex() >= 0) {
                b.append('[').append(q.getMatchingIndex()).append(']');
            } else {
                b.append('.').append(q.getMatchingProperty());
            }
        }
        return b.toString();
    }

    private static void arraysOfObjectsWith(JsonNode node, String field, List<ArrayNode> out) {
        if (node.isArray() && !node.isEmpty() && node.get(0).isObject() && node.get(0).has(field)) {
            out.add((ArrayNode) node);
        }
        for (JsonNode child : node) {
            arraysOfObjectsWith(child, field, out);
        }
    }

    private static void dangling(JsonNode tree, Random r, List<String> done) {
        List<JsonPointer> holders = pointers(tree, n -> n.isObject() && REFERENCES.stream().anyMatch(n::has));
        if (holders.isEmpty()) {
            done.add("dangling none");
            return;
        }
        JsonPointer at = holders.get(r.nextInt(holders.size()));
        ObjectNode o = (ObjectNode) tree.at(at);
        for (String f : REFERENCES) {
            if (o.has(f)) {
                JsonPointer field = at.appendProperty(f);
                if (o.get(f).isArray()) {
                    ((ArrayNode) o.get(f)).add("no-such-id");
                    field = field.appendIndex(o.get(f).size() - 1);
                } else {
                    o.put(f, r.nextBoolean() ? "no-such-id" : "");
                }
                done.add("dangling " + f);
                if (!f.equals("targetId")) {
                    done.add(EXPECT + path(field));
                }
                return;
            }
        }
    }

    private static void unknownField(JsonNode tree, Random r, List<String> done) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        ObjectNode o = objects.get(r.nextInt(objects.size()));
        switch (r.nextInt(5)) {
            case 0 -> o.put("@class", "java.lang.ProcessBuilder");
            case 1 -> o.put("@type", "org.govweb.scoring.website.WebsiteInspection");
            case 2 -> o.putArray("zzz").add("java.util.HashMap");
            case 3 -> o.put("Id", "x");
            default -> o.put("unknown", 1);
        }
        done.add("unknownField");
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node.isObject()) {
            out.add((ObjectNode) node);
        }
        for (JsonNode child : node) {
            collectObjects(child, out);
        }
    }

    private static void dateAfterMonitoring(JsonNode tree, Random r, List<String> done) {
        List<JsonPointer> dates = new ArrayList<>();
        datesIn(tree, JsonPointer.empty(), dates, DATE);
        if (dates.isEmpty() || !tree.has("monitoringDate")) {
            // an annual assessment: a check in the next year
            if (tree.has("year")) {
                List<JsonPointer> checks = new ArrayList<>();
                datesIn(tree, JsonPointer.empty(), checks, DATE);
                if (!checks.isEmpty()) {
                    set(tree, checks.get(0), TextNode.valueOf((tree.get("year").asInt() + 1) + "-01-01"));
                    done.add(EXPECT + path(checks.get(0)));
                }
            }
            done.add("dateAfterMonitoring (annual)");
            return;
        }
        LocalDate md = date(tree.get("monitoringDate").asText());
        JsonPointer at = dates.get(r.nextInt(dates.size()));
        if (md == null) {
            done.add("dateAfterMonitoring none");
            return;
        }
        if (at.toString().equals("/monitoringDate")) {
            set(tree, at, TextNode.valueOf(md.minusDays(1 + r.nextInt(400)).toString()));
        } else {
            set(tree, at, TextNode.valueOf(md.plusDays(1 + r.nextInt(400)).toString()));
            done.add(EXPECT + path(at));
        }
        done.add("dateAfterMonitoring " + at);
    }

    private static void datesIn(JsonNode node, JsonPointer at, List<JsonPointer> out, Pattern shape) {
        if (node.isTextual() && shape.matcher(node.asText()).matches()) {
            out.add(at);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                datesIn(e.getValue(), at.appendProperty(e.getKey()), out, shape);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                datesIn(node.get(i), at.appendIndex(i), out, shape);
            }
        }
    }

    private static void replyBeforeSubmission(JsonNode tree, Random r, List<String> done) {
        List<JsonPointer> objects = new ArrayList<>(pointers(tree, JsonNode::isObject));
        Collections.shuffle(objects, r);
        for (JsonPointer at : objects) {
            ObjectNode o = (ObjectNode) tree.at(at);
            for (String[] pair : ORDERED_DATES) {
                LocalDate from = o.hasNonNull(pair[0]) ? date(o.get(pair[0]).asText()) : null;
                if (from != null && o.has(pair[1])) {
                    o.put(pair[1], from.minusDays(1 + r.nextInt(30)).toString());
                    done.add("replyBeforeSubmission " + pair[1]);
                    done.add(EXPECT + path(at.appendProperty(pair[1])));
                    return;
                }
            }
        }
        done.add("replyBeforeSubmission none");
    }

    /** Moves every date and date-time by the same number of days: to the calendar's far edges or uncovered years. */
    private static void shiftCalendar(JsonNode tree, Random r, List<String> done) {
        LocalDate md = tree.has("monitoringDate") ? date(tree.get("monitoringDate").asText()) : null;
        if (md == null) {
            done.add("shiftCalendar none");
            return;
        }
        LocalDate target = switch (r.nextInt(6)) {
            case 0 -> LocalDate.of(9999, 12, 31);
            case 1 -> LocalDate.of(1, 12, 31);
            case 2 -> LocalDate.of(2017, 12, 31);
            case 3 -> LocalDate.of(2027, 1, 10);
            case 4 -> LocalDate.of(2020, 2, 29);
            default -> LocalDate.of(2018, 1, 3);
        };
        long days = target.toEpochDay() - md.toEpochDay();
        List<JsonPointer> dates = new ArrayList<>();
        datesIn(tree, JsonPointer.empty(), dates, DATE);
        List<JsonPointer> times = new ArrayList<>();
        datesIn(tree, JsonPointer.empty(), times, DATE_TIME);
        for (JsonPointer p : dates) {
            LocalDate d0 = date(tree.at(p).asText());
            if (d0 == null) {
                continue;
            }
            LocalDate d = d0.plusDays(days);
            set(tree, p, TextNode.valueOf(d.getYear() > 9999 || d.getYear() < 0 ? "0000-01-01" : d.toString()));
        }
        for (JsonPointer p : times) {
            String t = tree.at(p).asText();
            LocalDate d0 = date(t);
            if (d0 == null) {
                continue;
            }
            LocalDate d = d0.plusDays(days);
            set(tree, p, TextNode.valueOf((d.getYear() > 9999 || d.getYear() < 0 ? "0000-01-01" : d.toString()) + t.substring(10)));
        }
        done.add("shiftCalendar to " + target);
    }

    private static void badDate(JsonNode tree, Random r, List<String> done) {
        List<JsonPointer> dates = new ArrayList<>();
        datesIn(tree, JsonPointer.empty(), dates, DATE);
        datesIn(tree, JsonPointer.empty(), dates, DATE_TIME);
        if (dates.isEmpty()) {
            done.add("badDate none");
            return;
        }
        String v = switch (r.nextInt(12)) {
            case 0 -> "2019-02-30";
            case 1 -> "2019-13-01";
            case 2 -> "2019-1-1";
            case 3 -> "+2019-12-18";
            case 4 -> "20191218";
            case 5 -> "２０１９-１２-１８";
            case 6 -> "2019-12-18T00:00:00Z";
            case 7 -> "2019-12-18T25:00";
            case 8 -> "0000-00-00";
            case 9 -> "9999-12-31";
            case 10 -> "2019-12-18 ";
            default -> "2019-12-18T00:00:00.5";
        };
        JsonPointer at = dates.get(r.nextInt(dates.size()));
        set(tree, at, TextNode.valueOf(v));
        done.add("badDate " + at + " = " + v);
    }

    private static void typeName(JsonNode tree, Random r, List<String> done) {
        if (!tree.isObject()) {
            done.add("typeName none");
            return;
        }
        String v = switch (r.nextInt(6)) {
            case 0 -> "java.lang.ProcessBuilder";
            case 1 -> "org.govweb.scoring.website.WebsiteInspection";
            case 2 -> "Website";
            case 3 -> "newMedia";
            case 4 -> "annualAssessment";
            default -> "website";
        };
        ((ObjectNode) tree).put("type", v);
        done.add("typeName " + v);
    }

    /** Makes one list long (a few thousand items, every id made unique): a scoring-cost check, not a limit. */
    private static void bigList(JsonNode tree, Random r, List<String> done) {
        List<ArrayNode> lists = new ArrayList<>();
        arraysOfObjectsWith(tree, "id", lists);
        arraysOfObjectsWith(tree, "at", lists);
        if (lists.isEmpty()) {
            done.add("bigList none");
            return;
        }
        ArrayNode list = lists.get(r.nextInt(lists.size()));
        int size = list.size();
        int copies = 2000 + r.nextInt(3000);
        for (int i = 0; i < copies; i++) {
            JsonNode original = list.get(i % size);
            if (!(original instanceof ObjectNode)) {
                list.add(original.deepCopy());
                continue;
            }
            ObjectNode copy = (ObjectNode) original.deepCopy();
            if (copy.has("id")) {
                copy.put("id", copy.get("id").asText() + "~" + i);
            }
            list.add(copy);
        }
        done.add("bigList of " + list.size());
    }

    // ------------------------------------------------------------------ tree helpers

    private static void set(JsonNode tree, JsonPointer at, JsonNode value) {
        if (at.matches()) {
            if (tree.isObject()) {
                ((ObjectNode) tree).removeAll();
                ((ObjectNode) tree).set("value", value);
            }
            return;
        }
        JsonNode parent = tree.at(at.head());
        if (parent instanceof ObjectNode o) {
            o.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            a.set(at.last().getMatchingIndex(), value);
        }
    }

    private static void setRaw(JsonNode tree, JsonPointer at) {
        set(tree, at.matches() ? JsonPointer.compile("/type") : at, TextNode.valueOf(RAW));
    }

    private static void remove(JsonNode tree, JsonPointer at) {
        JsonNode parent = tree.at(at.head());
        if (parent instanceof ObjectNode o) {
            o.remove(at.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode a) {
            a.remove(at.last().getMatchingIndex());
        }
    }

    /** @return the date, or null when the text is none (an earlier mutation may have broken it) */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String write(JsonNode tree) {
        try {
            return PLAIN.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " chars)";
    }

    // ------------------------------------------------------------------ hardening of ScoringJson

    private static String countyPortal() {
        return SampleCorpus.documents().get("samples/website-county-portal.json");
    }

    @Test
    void noDefaultTypingIsConfigured() {
        ObjectMapper mapper = ScoringJson.mapper();
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    }

    @Test
    void aClassPropertyIsAnUnknownFieldNotAType() {
        String json = countyPortal().replaceFirst("\\{", "{\"@class\": \"java.lang.ProcessBuilder\",");
        InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                () -> ScoringJson.readInspection(json));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$['@class']");
            assertThat(p.message()).startsWith("unknown field '@class'");
        });
        String nested = countyPortal().replaceFirst("\"site\": \\{", "\"site\": {\"@class\": \"java.util.HashMap\",");
        assertThat(catchThrowableOfType(InvalidInspectionException.class, () -> ScoringJson.readInspection(nested))
                .problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.site['@class']");
                    assertThat(p.message()).startsWith("unknown field '@class'");
                });
    }

    @Test
    void aClassNameAsTheTypeIsRejected() {
        for (String type : List.of("org.govweb.scoring.website.WebsiteInspection", "java.lang.ProcessBuilder",
                "WebsiteInspection")) {
            String json = countyPortal().replaceFirst("\"type\": \"website\"", "\"type\": \"" + type + "\"");
            InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                    () -> ScoringJson.readInspection(json));
            assertThat(e).as(type).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.type"));
            assertThat(badProblems(e, json)).isNull();
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsRejectedWithAPath() {
        // an inspection's fields are typed, so a nested value is refused at its first level
        String deepField = countyPortal().replaceFirst("\"samplingSeed\": 20191218", "\"samplingSeed\": "
                + "[".repeat(10_000) + "]".repeat(10_000));
        assertThat(catchThrowableOfType(InvalidInspectionException.class, () -> ScoringJson.readInspection(deepField))
                .problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.samplingSeed"));
        // where the parser itself descends (untyped values), the limit of 100 levels holds
        String atLimit = "[".repeat(100) + "]".repeat(100);
        assertThat(ScoringJson.read(atLimit, Object.class)).isInstanceOf(List.class);
        for (String deep : List.of("[".repeat(101) + "]".repeat(101), "{\"a\":".repeat(101) + "1" + "}".repeat(101),
                "[".repeat(100_000))) {
            InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                    () -> ScoringJson.read(deep, Object.class));
            assertThat(e).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).startsWith("$");
                assertThat(p.message()).contains("nested too deeply");
            });
        }
        // an unknown type's document: refused before it is read deeper
        String veryDeep = "{\"type\":\"website\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(catchThrowableOfType(InvalidInspectionException.class, () -> ScoringJson.readInspection(veryDeep))
                .problems()).singleElement().satisfies(p -> assertThat(p.path()).startsWith("$"));
    }

    @Test
    void aStringLongerThanTheLimitIsRejectedWithAPath() {
        String longName = countyPortal().replaceFirst("\"name\": \"丰都县人民政府\"",
                "\"name\": \"" + "x".repeat(1_000_001) + "\"");
        InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                () -> ScoringJson.readInspection(longName));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("$");
            assertThat(p.message()).contains("string too long");
        });
        // at the limit the string is read (and the site scores with that long name)
        String atLimit = countyPortal().replaceFirst("\"name\": \"丰都县人民政府\"",
                "\"name\": \"" + "x".repeat(1_000_000) + "\"");
        assertThat(((WebsiteInspection) ScoringJson.readInspection(atLimit)).site().name()).hasSize(1_000_000);
    }

    @Test
    void aHundredMegabyteStringStopsAtTheLimitWithoutReadingItAll() {
        byte[] head = "{\"type\":\"website\",\"id\":\"".getBytes(StandardCharsets.UTF_8);
        CountingStream body = new CountingStream(100L * 1024 * 1024, (byte) 'a');
        InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                () -> ScoringJson.readInspection(new SequenceInputStream(new ByteArrayInputStream(head), body)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("$");
            assertThat(p.message()).contains("string too long");
        });
        assertThat(body.read).as("bytes read of the 100 MB string").isLessThan(4L * 1024 * 1024);
    }

    @Test
    void aNumberLongerThanTheLimitIsRejectedWithAPath() {
        for (String number : List.of("9".repeat(51), "1." + "0".repeat(60), "-" + "1".repeat(60))) {
            String json = countyPortal().replaceFirst("\"samplingSeed\": 20191218", "\"samplingSeed\": " + number);
            InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                    () -> ScoringJson.readInspection(json));
            assertThat(e.problems()).as(number).singleElement().satisfies(p -> {
                assertThat(p.path()).startsWith("$");
                assertThat(p.message()).containsAnyOf("number too long", "number out of range", "expected an integer");
            });
        }
        // a long but admissible number that overflows a long: out of range, with the field's path
        String overflow = countyPortal().replaceFirst("\"samplingSeed\": 20191218", "\"samplingSeed\": 9223372036854775808");
        assertThat(catchThrowableOfType(InvalidInspectionException.class, () -> ScoringJson.readInspection(overflow))
                .problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.samplingSeed"));
    }

    @Test
    void anEmptyOrNonObjectDocumentIsRejectedWithThePathOfTheRoot() {
        for (String json : List.of("", " ", "null", "[]", "1", "\"website\"", "{", "}", "\ufeff{}")) {
            assertThatThrownBy(() -> ScoringJson.readInspection(json)).as(json)
                    .isInstanceOfSatisfying(InvalidInspectionException.class, e -> assertThat(badProblems(e, json)).isNull());
        }
    }

    /** A stream of {@code length} equal bytes that counts how many were read. */
    private static final class CountingStream extends InputStream {
        private final long length;
        private final byte value;
        long read;

        CountingStream(long length, byte value) {
            this.length = length;
            this.value = value;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            java.util.Arrays.fill(b, off, off + n, value);
            read += n;
            return n;
        }
    }
}
