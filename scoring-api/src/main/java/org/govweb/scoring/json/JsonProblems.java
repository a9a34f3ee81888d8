package org.govweb.scoring.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.InputProblem;

/**
 * Turns a Jackson read error into one {@link InputProblem}: a JSON path and a sentence fit for a
 * user, without stack traces or class names.
 */
final class JsonProblems {

    private static final Pattern MISSING_CREATOR_PROPERTY = Pattern.compile("Missing required creator property '([^']*)'");
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern TECHNICAL_HINT = Pattern.compile(
            "\\s*\\((?:[^()]|\\([^()]*\\))*(?:Feature|JsonToken|StreamReadConstraints|JsonFactory|enable|disable)(?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]*)`");
    private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.([A-Z_]+)`");
    private static final Pattern SHAPE = Pattern.compile("(?:from|coerce) (Object|Array|String|Integer|Floating-point|Boolean|Null) value");
    private static final int MAX_SHOWN_VALUE = 100;
    private static final ClassValue<String> ENUM_VALUES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>(constants.length);
            for (Object c : constants) {
                names.add(ScoringJson.jsonName((Enum<?>) c));
            }
            return String.join(", ", names);
        }
    };

    private JsonProblems() {
    }

    /**
     * @param e the read error
     * @param requested the type the caller asked for
     * @return the problem, with its JSON path
     */
    static InputProblem describe(JsonProcessingException e, Class<?> requested) {
        // an error of the virtual machine (out of memory) is no fault of the document: let it through
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError vm) {
                throw vm;
            }
        }
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "$";

        // errors of the parser (syntax, limits) may come wrapped in a mapping error that adds the path
        int depth = 0;
        for (Throwable t = e; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t instanceof StreamConstraintsException c) {
                return new InputProblem(path, limit(c));
            }
            if (t instanceof InputCoercionException c) {
                return new InputProblem(placed(path, c), "number out of range for " + kindOf(c.getTargetType()));
            }
            if (t instanceof StreamReadException r && !(t instanceof DatabindException)) {
                return syntax(placed(path, r), r);
            }
        }

        if (e instanceof UnrecognizedPropertyException u) {
            return new InputProblem(path, "unknown field '" + shown(u.getPropertyName()) + "'" + known(u.getKnownPropertyIds()));
        }
        if (e instanceof InvalidTypeIdException t) {
            return typeId(path, t, requested);
        }
        if (e instanceof InvalidNullException) {
            return new InputProblem(path, "null not allowed");
        }
        if (e instanceof InvalidFormatException f) {
            return new InputProblem(path, invalidFormat(f));
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            if (cause instanceof NullPointerException npe && npe.getMessage() != null
                    && IDENTIFIER.matcher(npe.getMessage()).matches()) {
                return new InputProblem(child(path, npe.getMessage()), "must not be null");
            }
            String why = cause != null && cause.getMessage() != null ? ": " + clean(cause.getMessage()) : "";
            return new InputProblem(path, "invalid value" + why);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatch(path, m);
        }
        return new InputProblem(path, "cannot read this value" + (e.getOriginalMessage() == null ? "" : ": " + clean(e.getOriginalMessage())));
    }

    // ------------------------------------------------------------------ kinds of error

    private static InputProblem syntax(String path, StreamReadException r) {
        String original = r.getOriginalMessage() == null ? "" : r.getOriginalMessage();
        Matcher dup = DUPLICATE_FIELD.matcher(original);
        if (dup.find()) {
            return new InputProblem(child(path, dup.group(1)), "duplicate field '" + shown(dup.group(1)) + "'");
        }
        return new InputProblem(path, "malformed JSON" + at(r.getLocation()) + ": " + clean(firstLine(original)));
    }

    private static String limit(StreamConstraintsException c) {
        String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "nested too deeply (more than " + ScoringJson.MAX_NESTING_DEPTH + " levels)";
        }
        if (m.contains("string value length")) {
            return "string too long (more than " + ScoringJson.MAX_STRING_LENGTH + " characters)";
        }
        if (m.contains("number value length")) {
            return "number too long (more than " + ScoringJson.MAX_NUMBER_LENGTH + " characters)";
        }
        return "input too large";
    }

    private static InputProblem typeId(String path, InvalidTypeIdException t, Class<?> requested) {
        String typePath = child(path, "type");
        List<String> allowed = typeNames(requested);
        if (t.getTypeId() == null) {
            return new InputProblem(typePath, "missing required field");
        }
        return new InputProblem(typePath, "unknown value '" + shown(t.getTypeId()) + "' (allowed: " + String.join(", ", allowed) + ")");
    }

    private static String invalidFormat(InvalidFormatException f) {
        Class<?> target = f.getTargetType();
        Object value = f.getValue();
        if (target != null && target.isEnum() && value instanceof String s) {
            return "unknown value '" + shown(s) + "' (allowed: " + ENUM_VALUES.get(target) + ")";
        }
        if (target == LocalDate.class && value instanceof String s) {
            return StrictTime.DATE_EXPECTED + ", got '" + shown(s) + "'";
        }
        if (target == LocalDateTime.class && value instanceof String s) {
            return StrictTime.DATE_TIME_EXPECTED + ", got '" + shown(s) + "'";
        }
        return "expected " + kindOf(target) + ", got " + kindOfValue(value);
    }

    private static InputProblem mismatch(String path, MismatchedInputException m) {
        String msg = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
        Matcher missing = MISSING_CREATOR_PROPERTY.matcher(msg);
        if (missing.find()) {
            // Jackson has put the missing property's name on the path already
            String name = missing.group(1);
            String full = path.endsWith("." + name) || path.endsWith("['" + name + "']") ? path : child(path, name);
            return new InputProblem(full, "missing required field");
        }
        if (msg.startsWith("Cannot map `null`") || msg.contains("Cannot map `null`")) {
            return new InputProblem(path, "null not allowed");
        }
        if (msg.startsWith("No content to map")) {
            return new InputProblem("$", "empty document");
        }
        if (msg.startsWith("Trailing token")) {
            return new InputProblem("$", "unexpected content after the end of the document" + at(m.getLocation()));
        }
        String got = gotFromMessage(msg);
        if (got == null && m.getProcessor() instanceof JsonParser p && p.currentToken() != null) {
            got = kindOf(p.currentToken());
        }
        return new InputProblem(path, "expected " + kindOf(m.getTargetType()) + (got == null ? "" : ", got " + got));
    }

    // ------------------------------------------------------------------ helpers

    /** @return the JSON path of a Jackson reference chain, e.g. {@code $.columns[2].kind} */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder("$");
        if (refs == null) {
            return b.toString();
        }
        for (JsonMappingException.Reference r : refs) {
            String name = r.getFieldName();
            if (name != null) {
                appendName(b, name);
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /**
     * @return the path a reader gave a parser's error, or, when none did (an error in a part Jackson read
     *     ahead, such as the fields before a late "type", or at the top level), the path of the value the
     *     parser stood in (an object's fields are below it)
     */
    private static String placed(String path, StreamReadException r) {
        return path.equals("$") && r.getProcessor() != null ? path(r.getProcessor().getParsingContext()) : path;
    }

    /** @return the path of a parser's context, e.g. {@code $.columns[2]} for the third column's fields */
    private static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder b = new StringBuilder("$");
        for (int i = chain.size() - 1; i > 0; i--) { // each container below its parent: a name or an index
            JsonStreamContext parent = chain.get(i);
            if (parent.inArray()) {
                b.append('[').append(parent.getCurrentIndex()).append(']');
            } else if (parent.getCurrentName() != null) {
                appendName(b, parent.getCurrentName());
            }
        }
        return b.toString();
    }

    private static String child(String path, String name) {
        StringBuilder b = new StringBuilder(path.isEmpty() ? "$" : path);
        appendName(b, name);
        return b.toString();
    }

    private static void appendName(StringBuilder b, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            b.append('.').append(name);
        } else {
            b.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (Object o : ids) {
            sorted.add(String.valueOf(o));
        }
        return " (known: " + String.join(", ", sorted) + ")";
    }

    private static List<String> typeNames(Class<?> requested) {
        JsonSubTypes subTypes = Inspection.class.getAnnotation(JsonSubTypes.class);
        List<String> names = new ArrayList<>();
        for (JsonSubTypes.Type t : subTypes.value()) {
            if (requested == null || requested.isAssignableFrom(t.value())) {
                names.add(t.name());
            }
        }
        if (names.isEmpty()) {
            for (JsonSubTypes.Type t : subTypes.value()) {
                names.add(t.name());
            }
        }
        return names;
    }

    static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return " at line " + loc.getLineNr() + " column " + loc.getColumnNr();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Removes Jackson's hints about its own features and class names from a parser message. */
    static String clean(String message) {
        String s = TECHNICAL_HINT.matcher(firstLine(message)).replaceAll("");
        Matcher m = BACKTICKED.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            int dot = inner.lastIndexOf('.');
            String simple = dot >= 0 && inner.contains(".") && !inner.contains(" ") ? inner.substring(dot + 1) : inner;
            m.appendReplacement(b, Matcher.quoteReplacement(simple));
        }
        m.appendTail(b);
        return b.toString().replace("com.fasterxml.jackson.", "").trim();
    }

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "…";
    }

    /** @return how a value of the Java type looks in JSON, e.g. "a boolean" */
    static String kindOf(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isEnum()) {
            return "a string (one of: " + ENUM_VALUES.get(type) + ")";
        }
        if (type == LocalDate.class) {
            return "a date string yyyy-MM-dd";
        }
        if (type == LocalDateTime.class) {
            return "a date-time string yyyy-MM-ddTHH:mm[:ss]";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    private static String kindOfValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return "an integer";
        }
        if (value instanceof Number) {
            return "a decimal number";
        }
        return "another kind of value";
    }

    /** @return what the input held, read from Jackson's wording ("from Object value", "coerce String value") */
    private static String gotFromMessage(String msg) {
        Matcher token = TOKEN.matcher(msg);
        if (token.find()) {
            try {
                return kindOf(JsonToken.valueOf(token.group(1)));
            } catch (IllegalArgumentException e) {
                // an unknown token name: fall through
            }
        }
        Matcher shape = SHAPE.matcher(msg);
        if (shape.find()) {
            return switch (shape.group(1)) {
                case "Object" -> "an object";
                case "Array" -> "an array";
                case "String" -> "a string";
                case "Integer" -> "an integer";
                case "Floating-point" -> "a decimal number";
                case "Boolean" -> "a boolean";
                case "Null" -> "null";
                default -> null;
            };
        }
        return null;
    }

    /** @return how a JSON token reads in a message, e.g. "an array" */
    static String kindOf(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            default -> "another kind of value";
        };
    }
}
