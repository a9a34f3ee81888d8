package org.govweb.scoring.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Applies a JSON Patch (RFC 6902) to a JSON document, so that a scoring case can name a sample inspection
 * and the few changes it makes to it:
 *
 * <pre>{@code
 * [
 *   {"op": "replace", "path": "/id", "value": "case-d2-4-no-fees"},
 *   {"op": "remove", "path": "/services/items/0/guide/elements/6"},
 *   {"op": "add", "path": "/probes/-", "value": {"at": "2019-12-18T23:59:00", "responseMillis": 900}}
 * ]
 * }</pre>
 *
 * Operations are {@code add}, {@code remove}, {@code replace}, {@code move}, {@code copy} and {@code test},
 * applied in order; paths are JSON Pointers (RFC 6901): {@code ~1} stands for {@code /} and {@code ~0} for
 * {@code ~} in a member name, an array element is named by its index, and {@code -} names the place after
 * the last element (only {@code add}, {@code move} and {@code copy} may target it). {@code test} compares
 * numbers by value ({@code 1} equals {@code 1.0}).
 *
 * <p>One point is stricter than RFC 6902: an operation member other than {@code op}, {@code path},
 * {@code value} and {@code from} is an error, so that a misspelt member is not silently ignored.
 *
 * <p>Every error is an {@link IllegalArgumentException} whose message starts with the operation's place in
 * the patch and names its path, e.g. {@code $.patch[2]: path /services/items/9 does not exist}.
 */
public final class JsonPatch {

    private static final Set<String> MEMBERS = Set.of("op", "path", "value", "from");
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonPatch() {
    }

    /**
     * @param document the document to patch; left unchanged
     * @param patch a JSON Patch: an array of operation objects
     * @return a patched copy of the document
     * @throws IllegalArgumentException naming the operation ({@code $.patch[i]}) and its path when the patch is
     *         malformed or an operation cannot be applied
     */
    public static JsonNode apply(JsonNode document, JsonNode patch) {
        if (patch == null || !patch.isArray()) {
            throw new IllegalArgumentException("$.patch: a JSON Patch is an array of operations");
        }
        JsonNode result = document.deepCopy();
        for (int i = 0; i < patch.size(); i++) {
            result = applyOne(result, patch.get(i), "$.patch[" + i + "]");
        }
        return result;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op, String where) {
        if (!op.isObject()) {
            throw new IllegalArgumentException(where + ": an operation is an object with \"op\" and \"path\"");
        }
        op.fieldNames().forEachRemaining(f -> {
            if (!MEMBERS.contains(f)) {
                throw new IllegalArgumentException(where + "." + f + ": unknown member (known: op, path, value, from)");
            }
        });
        String name = text(op, "op", where);
        String path = text(op, "path", where);
        List<String> tokens = tokens(path, where + ".path");
        String at = where + ": path " + shown(path);
        switch (name) {
            case "add" -> {
                return add(doc, tokens, value(op, where).deepCopy(), at);
            }
            case "remove" -> {
                return remove(doc, tokens, at);
            }
            case "replace" -> {
                JsonNode value = value(op, where);
                if (tokens.isEmpty()) {
                    return value.deepCopy();
                }
                Slot slot = existing(doc, tokens, at);
                slot.set(value.deepCopy());
                return doc;
            }
            case "move" -> {
                String from = text(op, "from", where);
                List<String> fromTokens = tokens(from, where + ".from");
                String fromAt = where + ": from " + shown(from);
                if (fromTokens.equals(tokens)) {
                    existing(doc, fromTokens, fromAt);
                    return doc;
                }
                if (tokens.size() > fromTokens.size() && tokens.subList(0, fromTokens.size()).equals(fromTokens)) {
                    throw new IllegalArgumentException(at + " is inside from " + shown(from)
                            + ": a value cannot move into itself");
                }
                JsonNode value = fromTokens.isEmpty() ? doc : existing(doc, fromTokens, fromAt).get();
                JsonNode rest = remove(doc, fromTokens, fromAt);
                return add(rest, tokens, value, at);
            }
            case "copy" -> {
                String from = text(op, "from", where);
                List<String> fromTokens = tokens(from, where + ".from");
                JsonNode value = fromTokens.isEmpty() ? doc
                        : existing(doc, fromTokens, where + ": from " + shown(from)).get();
                return add(doc, tokens, value.deepCopy(), at);
            }
            case "test" -> {
                JsonNode expected = value(op, where);
                JsonNode actual = tokens.isEmpty() ? doc : existing(doc, tokens, at).get();
                if (!actual.equals(BY_VALUE, expected)) {
                    throw new IllegalArgumentException(at + " is " + actual + ", not " + expected);
                }
                return doc;
            }
            default -> throw new IllegalArgumentException(where + ".op: unknown operation \"" + name
                    + "\" (known: add, remove, replace, move, copy, test)");
        }
    }

    private static JsonNode add(JsonNode doc, List<String> tokens, JsonNode value, String at) {
        if (tokens.isEmpty()) {
            return value;
        }
        JsonNode parent = parent(doc, tokens, at);
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ArrayNode a = (ArrayNode) parent;
            if (last.equals("-")) {
                a.add(value);
            } else {
                int index = index(last, at);
                if (index > a.size()) {
                    throw new IllegalArgumentException(at + " does not exist: index " + index
                            + " is past the end of the array (" + a.size() + " elements; \"-\" appends)");
                }
                a.insert(index, value);
            }
        }
        return doc;
    }

    private static JsonNode remove(JsonNode doc, List<String> tokens, String at) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException(at + ": cannot remove the whole document");
        }
        existing(doc, tokens, at).remove();
        return doc;
    }

    /** The container holding the last token's value; the value itself need not exist. */
    private static JsonNode parent(JsonNode doc, List<String> tokens, String at) {
        JsonNode node = doc;
        for (int i = 0; i < tokens.size() - 1; i++) {
            node = child(node, tokens.get(i), at + " does not exist (no " + pointer(tokens.subList(0, i + 1)) + ")");
        }
        if (!node.isContainerNode()) {
            throw new IllegalArgumentException(at + " does not exist: " + pointer(tokens.subList(0, tokens.size() - 1))
                    + " is " + kind(node) + ", not an object or array");
        }
        return node;
    }

    private static Slot existing(JsonNode doc, List<String> tokens, String at) {
        JsonNode parent = parent(doc, tokens, at);
        String last = tokens.get(tokens.size() - 1);
        child(parent, last, at + " does not exist");
        return new Slot(parent, last);
    }

    /** The member or element {@code token} of {@code node}; {@code missing} is the message when there is none. */
    private static JsonNode child(JsonNode node, String token, String missing) {
        JsonNode next = null;
        if (node instanceof ObjectNode) {
            next = node.get(token);
        } else if (node instanceof ArrayNode && token.matches("0|[1-9][0-9]{0,8}")) {
            next = node.get(Integer.parseInt(token));
        }
        if (next == null) {
            throw new IllegalArgumentException(missing);
        }
        return next;
    }

    private static int index(String token, String at) {
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException(at + ": \"" + token + "\" is not an array index");
        }
        return Integer.parseInt(token);
    }

    private static List<String> tokens(String pointer, String where) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException(where + ": \"" + pointer
                    + "\" is not a JSON Pointer (it starts with \"/\", or is \"\" for the whole document)");
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            if (raw.matches("(?s).*~([^01].*|$)")) {
                throw new IllegalArgumentException(where + ": \"" + pointer
                        + "\" has a \"~\" not followed by 0 or 1 (write ~0 for \"~\", ~1 for \"/\")");
            }
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static String pointer(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
        }
        return shown(sb.toString());
    }

    private static String shown(String pointer) {
        return pointer.isEmpty() ? "\"\" (the whole document)" : pointer;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String text(JsonNode op, String member, String where) {
        JsonNode n = op.get(member);
        if (n == null) {
            throw new IllegalArgumentException(where + ": missing \"" + member + "\"");
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException(where + "." + member + ": a string");
        }
        return n.asText();
    }

    private static JsonNode value(JsonNode op, String where) {
        JsonNode n = op.get("value");
        if (n == null) {
            throw new IllegalArgumentException(where + ": missing \"value\" (null is written \"value\": null)");
        }
        return n;
    }

    /** A member of an object or an element of an array that exists. */
    private record Slot(JsonNode parent, String token) {
        JsonNode get() {
            return parent instanceof ObjectNode o ? o.get(token) : parent.get(Integer.parseInt(token));
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(token, value);
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(token), value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(token);
            } else {
                ((ArrayNode) parent).remove(Integer.parseInt(token));
            }
        }
    }
}
