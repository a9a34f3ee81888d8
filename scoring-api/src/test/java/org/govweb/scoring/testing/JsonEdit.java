package org.govweb.scoring.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a JSON document at a JSON path ({@code $.columns[0].kind}) for tests of bad input. Values are
 * given as JSON text ({@code "\"XYZ\""}, {@code "true"}, {@code "null"}, {@code "-1"}).
 */
public final class JsonEdit {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$]*)|\\[(\\d+)]|\\['([^']*)']");

    private JsonEdit() {
    }

    /**
     * @param json a document
     * @param path where to set, e.g. {@code $.columns[0].kind}; an object's field is added when absent
     * @param valueJson the new value as JSON text
     * @return the edited document
     */
    public static String set(String json, String path, String valueJson) {
        JsonNode root = parse(json);
        List<Object> steps = steps(path);
        JsonNode parent = navigate(root, steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        JsonNode value = parse(valueJson);
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        return write(root);
    }

    /**
     * @param json a document
     * @param path the field or list item to remove
     * @return the edited document
     */
    public static String remove(String json, String path) {
        JsonNode root = parse(json);
        List<Object> steps = steps(path);
        JsonNode parent = navigate(root, steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String name) {
            if (((ObjectNode) parent).remove(name) == null) {
                throw new IllegalArgumentException("no field at " + path);
            }
        } else {
            ((ArrayNode) parent).remove((Integer) last);
        }
        return write(root);
    }

    /**
     * @param json a document
     * @param arrayPath a list
     * @param valueJson the item to append, as JSON text
     * @return the edited document
     */
    public static String append(String json, String arrayPath, String valueJson) {
        JsonNode root = parse(json);
        ((ArrayNode) navigate(root, steps(arrayPath))).add(parse(valueJson));
        return write(root);
    }

    /**
     * @param json a document
     * @param path a value's path
     * @return the value as JSON text
     */
    public static String get(String json, String path) {
        return write(navigate(parse(json), steps(path)));
    }

    private static List<Object> steps(String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("a path starts with $: " + path);
        }
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("bad path " + path + " at " + at);
            }
            steps.add(m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : (Object) Integer.valueOf(m.group(2)));
            at = m.end();
        }
        return steps;
    }

    private static JsonNode navigate(JsonNode root, List<Object> steps) {
        JsonNode n = root;
        for (Object s : steps) {
            n = s instanceof String name ? n.get(name) : n.get((Integer) s);
            if (n == null) {
                throw new IllegalArgumentException("nothing at step " + s);
            }
        }
        return n;
    }

    private static JsonNode parse(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
