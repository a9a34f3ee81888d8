package org.govweb.scoring.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a record of a few scalar fields (a post, a probe, a publication, a link, a message: the format's
 * long lists; a column, a policy document, an interpretation, a service item, its guide), enum constants
 * and lists of strings or constants among them, straight from the tokens, without databind's creator
 * machinery (a property buffer, a map lookup per field, a reflective constructor call per record), which
 * costs as much as the tokens themselves for such small objects. A field holding records (a column's
 * publications, an item's guide) is read by the property of Jackson's own deserializer, as Jackson reads it.
 *
 * <p>It reads only the plain case: every field named by the record, each value of its exact JSON type,
 * every required field present, the constructor accepting them. At anything else (an unknown name, a
 * value of another type, a date of another shape, a name that is no constant's, a list element that is no
 * string, a missing field, a constructor that refuses) it hands the object to Jackson's own deserializer:
 * the fields read so far (and the elements read so far of a list it stopped in) are replayed from a
 * buffer, followed by the rest of the input, so Jackson sees the same tokens and reports the same error
 * with the same path as without this reader.
 *
 * <p>Field names are matched against the name expected next (the one after the field just read, in the
 * record's order) by comparing the input's bytes ({@code JsonParser.nextFieldName}), before any lookup:
 * fields mostly come in that order. Any other name is read and looked up as usual.
 *
 * <p>A field named twice is reported here, with the parser's own error ("Duplicate field"): the parser's
 * duplicate check (a {@code HashSet} per object of three or more fields) is off while this reader reads
 * an object, and is given the names read so far when Jackson takes over; a container the parser enters
 * meanwhile (a list, a nested object) is given a check of its own, as the parser would have given it.
 *
 * @param <T> the record type
 */
final class ScalarRecordDeserializer<T extends Record> extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    /** Kinds of field value read here. */
    enum Kind {
        /** A JSON string or null. */
        TEXT,
        /** A date {@code yyyy-MM-dd} or null. */
        DATE,
        /** A date-time {@code yyyy-MM-ddTHH:mm[:ss]} or null. */
        DATE_TIME,
        /** A JSON number that fits an int, or null. */
        INTEGER,
        /** {@code true} or {@code false} (a primitive: null is Jackson's to report). */
        BOOLEAN,
        /** An enum constant, named exactly (Jackson's default: no case folding, no numbers). */
        ENUM,
        /** An array of strings. */
        TEXT_LIST,
        /** An array of enum constants, each named exactly. */
        ENUM_LIST,
        /**
         * Anything else (a record, a list of records): read by the deserializer Jackson's own deserializer
         * has for that field, exactly as Jackson reads it (its nulls, its errors, wrapped with the field's
         * path as Jackson wraps them).
         */
        VALUE;

        /**
         * @param type a component's type
         * @param generic its generic type (the element type of a list)
         * @return the kind of its values
         */
        static Kind of(Class<?> type, Type generic) {
            if (type.isEnum()) {
                return ENUM;
            }
            Class<?> element = elementType(type, generic);
            if (element == String.class) {
                return TEXT_LIST;
            }
            if (element != null && element.isEnum()) {
                return ENUM_LIST;
            }
            if (type == List.class || type.isRecord()) {
                return VALUE;
            }
            return of(type);
        }

        /** @return the element class of a {@code List<E>} component, or null for anything else */
        static Class<?> elementType(Class<?> type, Type generic) {
            return type == List.class && generic instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element ? element : null;
        }

        static Kind of(Class<?> type) {
            if (type == String.class) {
                return TEXT;
            }
            if (type == LocalDate.class) {
                return DATE;
            }
            if (type == LocalDateTime.class) {
                return DATE_TIME;
            }
            if (type == Integer.class) {
                return INTEGER;
            }
            if (type == boolean.class) {
                return BOOLEAN;
            }
            throw new IllegalArgumentException("not a scalar field type: " + type.getName());
        }
    }

    /** Most fields of a record read here: the order they were read in is kept in a long, 4 bits each. */
    static final int MAX_FIELDS = 16;

    /** Marks a value not read here. */
    private static final Object UNREAD = new Object();

    /**
     * A list whose elements were read up to one that is not the plain case (a null, a number, an unknown
     * constant …): the parser stands on that element; Jackson reads the list from its start again, the
     * elements read so far replayed from a buffer.
     */
    private record PartialList(List<Object> elements) {
    }

    private final Class<T> type;
    private final String[] names;
    /** The names as the parser compares them with the input's bytes ({@code JsonParser.nextFieldName}). */
    private final SerializedString[] quotedNames;
    private final Kind[] kinds;
    /** The constants of each enum field, or of its lists' elements; null for other fields. */
    private final Enum<?>[][] constants;
    /** A bit for each required field. */
    private final int required;
    private final Function<Object[], T> constructor;
    /**
     * Jackson's properties of the {@link Kind#VALUE} fields (null at the others), looked up on first use;
     * a field without one (never expected) is left to Jackson.
     */
    private transient SettableBeanProperty[] properties;

    /**
     * @param jackson Jackson's deserializer of the type, for everything but the plain case
     * @param type the record type: its components name the fields, their types the kinds, their
     *        {@link JsonProperty#required()} which must be present
     * @param constructor builds the record from the values in component order
     */
    ScalarRecordDeserializer(JsonDeserializer<?> jackson, Class<T> type, Function<Object[], T> constructor) {
        super(jackson);
        this.type = type;
        this.constructor = constructor;
        RecordComponent[] components = type.getRecordComponents();
        if (components.length > MAX_FIELDS) {
            throw new IllegalArgumentException(type.getName() + " has more than " + MAX_FIELDS + " fields");
        }
        names = new String[components.length];
        quotedNames = new SerializedString[components.length];
        kinds = new Kind[components.length];
        constants = new Enum<?>[components.length][];
        int req = 0;
        for (int i = 0; i < components.length; i++) {
            JsonProperty property = components[i].getAccessor().getAnnotation(JsonProperty.class);
            names[i] = fieldName(components[i], property).intern();
            quotedNames[i] = new SerializedString(names[i]);
            Class<?> componentType = components[i].getType();
            kinds[i] = Kind.of(componentType, components[i].getGenericType());
            if (kinds[i] == Kind.ENUM) {
                constants[i] = (Enum<?>[]) componentType.getEnumConstants();
            } else if (kinds[i] == Kind.ENUM_LIST) {
                constants[i] = (Enum<?>[]) Kind.elementType(componentType, components[i].getGenericType())
                        .getEnumConstants();
            }
            if (property != null && property.required()) {
                req |= 1 << i;
            }
        }
        required = req;
    }

    /**
     * @param component a record component
     * @param property the {@link JsonProperty} of its accessor, or null (the annotation on a component reaches
     *        its accessor: JsonProperty does not target components)
     * @return its JSON name: the annotation's value or the component's name
     */
    private static String fieldName(RecordComponent component, JsonProperty property) {
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private ScalarRecordDeserializer(JsonDeserializer<?> jackson, ScalarRecordDeserializer<T> like) {
        super(jackson);
        type = like.type;
        names = like.names;
        quotedNames = like.quotedNames;
        kinds = like.kinds;
        constants = like.constants;
        required = like.required;
        constructor = like.constructor;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new ScalarRecordDeserializer<>(newDelegatee, this);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return _delegatee.deserialize(p, ctxt);
        }
        // The parser's duplicate check keeps a HashSet per object of three or more fields; here the bits of
        // `seen` do that job, so it is off while this object is read, and handed what was read when Jackson
        // takes over.
        JsonReadContext context = p.getParsingContext() instanceof JsonReadContext c ? c : null;
        DupDetector duplicates = context == null ? null : context.getDupDetector();
        if (duplicates != null) {
            context.withDupDetector(null);
        }
        try {
            return read(p, ctxt, context, duplicates);
        } finally {
            if (duplicates != null) {
                context.withDupDetector(duplicates);
            }
        }
    }

    private Object read(JsonParser p, DeserializationContext ctxt, JsonReadContext context, DupDetector duplicates)
            throws IOException {
        Object[] values = new Object[names.length];
        long order = 0; // the fields read, in input order: field i of the order in bits 4i..4i+3
        int seen = 0;
        int count = 0;
        int next = 0; // the field expected next: the one after the last read, in the record's order
        JsonToken t;
        while (true) {
            // Fields mostly come in the record's order: the parser first compares the input's bytes with the
            // name expected next (no hash and no symbol-table lookup when it is that one), and reads the
            // name as usual when it is not.
            int field;
            String name;
            if (next < names.length && p.nextFieldName(quotedNames[next])) {
                field = next;
                name = names[field];
            } else {
                t = next < names.length ? p.currentToken() : p.nextToken(); // nextFieldName read the token
                if (t != JsonToken.FIELD_NAME) {
                    break;
                }
                name = p.currentName();
                field = field(name);
            }
            if (field >= 0 && (seen & (1 << field)) != 0) {
                throw new JsonParseException(p, "Duplicate field '" + name + "'"); // as the parser's check would
            }
            if (field < 0) {
                return jackson(p, ctxt, values, order, count, context, duplicates, name, false, null);
            }
            JsonToken valueStart = p.nextToken();
            if (valueStart == JsonToken.START_ARRAY || valueStart == JsonToken.START_OBJECT) {
                checkWithin(p, context, duplicates);
            }
            Object value;
            if (kinds[field] == Kind.VALUE) {
                value = value(field, p, ctxt);
            } else {
                try {
                    value = read(field, p);
                } catch (JacksonException e) {
                    throw wrap(e, field, ctxt); // as Jackson wraps an error reading a field's value
                }
            }
            if (value == UNREAD) {
                return jackson(p, ctxt, values, order, count, context, duplicates, name, true, null);
            }
            if (value instanceof PartialList partial) {
                return jackson(p, ctxt, values, order, count, context, duplicates, name, true, partial.elements());
            }
            values[field] = value;
            order |= (long) field << (4 * count++);
            seen |= 1 << field;
            next = field + 1;
        }
        t = p.currentToken();
        if (t != JsonToken.END_OBJECT || (seen & required) != required) {
            return jackson(p, ctxt, values, order, count, context, duplicates, null, false, null);
        }
        try {
            return constructor.apply(values);
        } catch (NullPointerException | IllegalArgumentException e) {
            // the record refuses a value: Jackson reports that its way (anything else, such as a constructor
            // lambda whose casts no longer match the components, is a bug and propagates)
            return jackson(p, ctxt, values, order, count, context, duplicates, null, false, null);
        }
    }

    private int field(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) { // names from the parser are interned
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private IOException wrap(JacksonException e, int field, DeserializationContext ctxt) {
        if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
            return e;
        }
        return JsonMappingException.wrapWithPath(e, type, names[field]);
    }

    /**
     * @return the value of the field at the parser's token, {@link #UNREAD} when it is not the plain case,
     *     or a {@link PartialList} when a list's element is not
     */
    private Object read(int field, JsonParser p) throws IOException {
        Kind kind = kinds[field];
        JsonToken t = p.currentToken();
        if (kind == Kind.ENUM || kind == Kind.TEXT_LIST || kind == Kind.ENUM_LIST) {
            return readMore(kind, constants[field], t, p);
        }
        if (t == JsonToken.VALUE_NULL) {
            return kind == Kind.BOOLEAN ? UNREAD : null;
        }
        switch (kind) {
            case TEXT:
                return t == JsonToken.VALUE_STRING ? p.getText() : UNREAD;
            case DATE:
                LocalDate date = StrictTime.readDate(p);
                return date == null ? UNREAD : date;
            case DATE_TIME:
                LocalDateTime dateTime = StrictTime.readDateTime(p);
                return dateTime == null ? UNREAD : dateTime;
            case INTEGER:
                return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                        ? Integer.valueOf(p.getIntValue()) : UNREAD;
            case BOOLEAN:
                return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : UNREAD;
            default:
                return UNREAD;
        }
    }

    /**
     * A {@link Kind#VALUE} field, read by the property of Jackson's deserializer as Jackson reads it (a
     * null, a type id, an error wrapped with this field's path).
     *
     * @return its value, or {@link #UNREAD} when Jackson's deserializer has no such property
     */
    private Object value(int field, JsonParser p, DeserializationContext ctxt) throws IOException {
        SettableBeanProperty property = property(field);
        if (property == null) {
            return UNREAD;
        }
        try {
            return property.deserialize(p, ctxt);
        } catch (Exception e) {
            ((BeanDeserializerBase) _delegatee).wrapAndThrow(e, type, names[field], ctxt); // Jackson's wrapping
            return UNREAD; // not reached: it throws
        }
    }

    /** @return Jackson's property of a {@link Kind#VALUE} field, or null */
    private SettableBeanProperty property(int field) {
        SettableBeanProperty[] found = properties;
        if (found == null) {
            found = new SettableBeanProperty[names.length];
            if (_delegatee instanceof BeanDeserializerBase bean) {
                for (int i = 0; i < names.length; i++) {
                    SettableBeanProperty property = kinds[i] == Kind.VALUE ? bean.findProperty(names[i]) : null;
                    found[i] = property != null && property.hasValueDeserializer() ? property : null;
                }
            }
            properties = found; // racy but safe: a thread that sees a field unset leaves it to Jackson
        }
        return found[field];
    }

    /**
     * Gives a container the parser has just entered as a field's value (a list, a nested object) the
     * duplicate check the parser would have given it, when this object's check is off. The parser keeps
     * each context's child and reuses it: one created without a check would stay without for the rest of
     * the input, for Jackson too.
     */
    private static void checkWithin(JsonParser p, JsonReadContext context, DupDetector duplicates) {
        if (duplicates != null && p.getParsingContext() instanceof JsonReadContext inner && inner != context
                && inner.getDupDetector() == null) {
            inner.withDupDetector(duplicates.child());
        }
    }

    /** Enums and lists: anything but a string naming a constant, or an array of such, is left to Jackson. */
    private static Object readMore(Kind kind, Enum<?>[] constants, JsonToken t, JsonParser p) throws IOException {
        if (kind == Kind.ENUM) {
            return t == JsonToken.VALUE_STRING ? constant(constants, p.getText()) : UNREAD;
        }
        if (t != JsonToken.START_ARRAY) {
            return UNREAD; // null, or a single value: Jackson's (a list field is never null here)
        }
        // A broken element is reported at its index, as Jackson's list readers do: a list of strings for
        // its next token too, a list of constants for the element's text only.
        List<Object> elements = new ArrayList<>();
        while (true) {
            try {
                t = p.nextToken();
            } catch (JacksonException e) {
                throw kind == Kind.TEXT_LIST ? JsonMappingException.wrapWithPath(e, elements, elements.size()) : e;
            }
            if (t == JsonToken.END_ARRAY) {
                return elements;
            }
            Object element;
            try {
                element = t != JsonToken.VALUE_STRING ? UNREAD
                        : kind == Kind.TEXT_LIST ? p.getText() : constant(constants, p.getText());
            } catch (JacksonException e) {
                throw JsonMappingException.wrapWithPath(e, elements, elements.size());
            }
            if (element == UNREAD) {
                return new PartialList(elements);
            }
            elements.add(element);
        }
    }

    /** @return the constant of that exact name, or {@link #UNREAD} */
    private static Object constant(Enum<?>[] constants, String name) {
        for (Enum<?> c : constants) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return UNREAD;
    }

    /**
     * Hands the object to Jackson's deserializer: the object's start and the fields read so far from a
     * buffer, then the parser from its current token on (the name of the field not read, the value not
     * read after its name, or the object's end).
     *
     * @param context the object's parsing context
     * @param duplicates the parser's duplicate check of this object, or null; it is given the names read
     *        here and switched back on, so that it goes on from where this reader stopped
     * @param current the name of the field the parser stands in (on its name or its value), or null
     * @param valueStarted whether the parser stands on a value whose field name was read
     * @param partialList the elements read of the list the parser stands in (on the first element not read),
     *        or null
     */
    private Object jackson(JsonParser p, DeserializationContext ctxt, Object[] values, long order, int count,
            JsonReadContext context, DupDetector duplicates, String current, boolean valueStarted,
            List<Object> partialList) throws IOException {
        if (duplicates != null) {
            for (int i = 0; i < count; i++) {
                duplicates.isDup(names[fieldAt(order, i)]);
            }
            if (current != null) {
                duplicates.isDup(current);
            }
            context.withDupDetector(duplicates);
        }
        TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
        buffer.writeStartObject();
        for (int i = 0; i < count; i++) {
            int field = fieldAt(order, i);
            buffer.writeFieldName(names[field]);
            write(buffer, values[field]);
        }
        if (valueStarted) {
            buffer.writeFieldName(current);
        }
        if (partialList != null) {
            buffer.writeStartArray();
            for (Object element : partialList) {
                write(buffer, element);
            }
        }
        JsonParser replay = JsonParserSequence.createFlattened(true, buffer.asParser(p), p);
        replay.nextToken(); // the buffered START_OBJECT
        return _delegatee.deserialize(replay, ctxt);
    }

    /** @return the i-th field read, from the order packed by {@code read} */
    private static int fieldAt(long order, int i) {
        return (int) (order >>> (4 * i)) & 0xF;
    }

    private static void write(TokenBuffer buffer, Object value) throws IOException {
        if (value == null) {
            buffer.writeNull();
        } else if (value instanceof String s) {
            buffer.writeString(s);
        } else if (value instanceof LocalDate d) {
            buffer.writeString(StrictTime.format(d));
        } else if (value instanceof LocalDateTime d) {
            buffer.writeString(StrictTime.format(d));
        } else if (value instanceof Integer n) {
            buffer.writeNumber(n);
        } else if (value instanceof Enum<?> e) {
            buffer.writeString(e.name());
        } else if (value instanceof List<?> list) {
            buffer.writeStartArray();
            for (Object element : list) {
                write(buffer, element);
            }
            buffer.writeEndArray();
        } else if (value instanceof Record record) {
            // a VALUE field's record: every component under its JSON name (a valid record, written in full,
            // reads back as the same record; Jackson only goes on from the field after it)
            buffer.writeStartObject();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                buffer.writeFieldName(fieldName(component, component.getAccessor().getAnnotation(JsonProperty.class)));
                try {
                    write(buffer, component.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
                }
            }
            buffer.writeEndObject();
        } else {
            buffer.writeBoolean((Boolean) value);
        }
    }
}
