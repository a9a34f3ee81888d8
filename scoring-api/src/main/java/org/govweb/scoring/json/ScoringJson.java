package org.govweb.scoring.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.newmedia.Post;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.Link;
import org.govweb.scoring.website.Message;
import org.govweb.scoring.website.PolicyDocument;
import org.govweb.scoring.website.Probe;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.ReplyQuality;
import org.govweb.scoring.website.ServiceGuide;
import org.govweb.scoring.website.ServiceItem;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * Reads and writes the interchange format ({@code inspection.schema.json}) and the reports.
 * Thread-safe: every method may be called from any number of threads.
 *
 * <p>Reading is strict: unknown fields, missing required fields, a value of the wrong JSON type
 * (a {@code "true"} string for a boolean, {@code 1.5} for an integer), an unknown enum value,
 * duplicate keys, content after the document and over-deep or over-long input are errors. Every
 * such error becomes an {@link InvalidInspectionException} with one {@link
 * org.govweb.scoring.engine.InputProblem} naming the JSON path ({@code $.columns[2].kind}) and what is
 * wrong, in words fit to show a user. Reading only parses: the semantic checks (ids, references,
 * dates) are {@link org.govweb.scoring.validation.InspectionValidator}'s, which the engine runs.
 *
 * <p>Writing is deterministic: the same value always gives the same bytes. Properties come in
 * declaration order, map entries sorted by key, dates as {@code yyyy-MM-dd}, date-times as
 * {@code yyyy-MM-ddTHH:mm:ss} (whole seconds, as the format carries them), decimals in plain
 * notation. Optional fields of the input format that are null are left out (the format does not
 * allow them to be null); required ones, and every field of a report, are written even when null.
 */
public final class ScoringJson {

    /** Deepest nesting of arrays and objects accepted in input. */
    static final int MAX_NESTING_DEPTH = 100;
    /** Longest string value accepted in input, in characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number accepted in input, in characters. */
    static final int MAX_NUMBER_LENGTH = 50;
    /** Longest document accepted, in bytes or characters (a large site's inspection is a few MB). */
    static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final Set<String> FACT_PACKAGES = Set.of(
            "org.govweb.scoring.website", "org.govweb.scoring.newmedia", "org.govweb.scoring.annual");

    private static final JsonMapper MAPPER = createMapper();
    private static final ObjectReader INSPECTION = MAPPER.readerFor(Inspection.class);
    private static final ObjectReader WEBSITE = MAPPER.readerFor(WebsiteInspection.class);
    private static final ObjectReader NEW_MEDIA = MAPPER.readerFor(NewMediaInspection.class);
    private static final ObjectReader ANNUAL = MAPPER.readerFor(AnnualAssessment.class);
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private ScoringJson() {
    }

    // ---------------------------------------------------------------- inspections of any type

    /**
     * @param file a JSON document of any of the three types
     * @return the inspection it holds
     * @throws InvalidInspectionException when the document is not valid JSON of the format
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Inspection readInspection(Path file) {
        return readFile(INSPECTION, Inspection.class, file);
    }

    /**
     * @param in a JSON document of any of the three types; not closed
     * @return the inspection it holds
     * @throws InvalidInspectionException when the document is not valid JSON of the format
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static Inspection readInspection(InputStream in) {
        return readStream(INSPECTION, Inspection.class, in);
    }

    /**
     * @param json a JSON document of any of the three types
     * @return the inspection it holds
     * @throws InvalidInspectionException when the document is not valid JSON of the format
     */
    public static Inspection readInspection(String json) {
        return readString(INSPECTION, Inspection.class, json);
    }

    /**
     * Reads a document held as bytes (a line of JSON Lines, a message of a queue) without decoding it
     * to a string first: the fastest way in.
     *
     * @param json a JSON document of any of the three types, in UTF-8 (UTF-16 and UTF-32 with their
     *     byte order marks are detected); malformed UTF-8 is an error
     * @return the inspection it holds
     * @throws InvalidInspectionException when the document is not valid JSON of the format
     */
    public static Inspection readInspection(byte[] json) {
        Objects.requireNonNull(json, "json");
        return readBytes(INSPECTION, Inspection.class, json, 0, json.length);
    }

    /**
     * Reads a document held in part of an array (a line of a block of JSON Lines) without copying it out.
     * Positions in error messages count from {@code offset}, as if the document stood alone.
     *
     * @param json bytes holding a JSON document of any of the three types, in UTF-8
     * @param offset where the document starts
     * @param length its length in bytes
     * @return the inspection it holds
     * @throws InvalidInspectionException when the document is not valid JSON of the format
     * @throws IndexOutOfBoundsException when the range is not inside the array
     */
    public static Inspection readInspection(byte[] json, int offset, int length) {
        Objects.requireNonNull(json, "json");
        return readBytes(INSPECTION, Inspection.class, json, offset, length);
    }

    // ---------------------------------------------------------------- website

    /**
     * @param file a JSON document of type {@code website}
     * @return the website inspection
     * @throws InvalidInspectionException when the document is not a valid website inspection
     * @throws UncheckedIOException when the file cannot be read
     */
    public static WebsiteInspection readWebsite(Path file) {
        return readFile(WEBSITE, WebsiteInspection.class, file);
    }

    /**
     * @param in a JSON document of type {@code website}; not closed
     * @return the website inspection
     * @throws InvalidInspectionException when the document is not a valid website inspection
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static WebsiteInspection readWebsite(InputStream in) {
        return readStream(WEBSITE, WebsiteInspection.class, in);
    }

    /**
     * @param json a JSON document of type {@code website}
     * @return the website inspection
     * @throws InvalidInspectionException when the document is not a valid website inspection
     */
    public static WebsiteInspection readWebsite(String json) {
        return readString(WEBSITE, WebsiteInspection.class, json);
    }

    // ---------------------------------------------------------------- new media

    /**
     * @param file a JSON document of type {@code newMedia}
     * @return the new-media inspection
     * @throws InvalidInspectionException when the document is not a valid new-media inspection
     * @throws UncheckedIOException when the file cannot be read
     */
    public static NewMediaInspection readNewMedia(Path file) {
        return readFile(NEW_MEDIA, NewMediaInspection.class, file);
    }

    /**
     * @param in a JSON document of type {@code newMedia}; not closed
     * @return the new-media inspection
     * @throws InvalidInspectionException when the document is not a valid new-media inspection
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static NewMediaInspection readNewMedia(InputStream in) {
        return readStream(NEW_MEDIA, NewMediaInspection.class, in);
    }

    /**
     * @param json a JSON document of type {@code newMedia}
     * @return the new-media inspection
     * @throws InvalidInspectionException when the document is not a valid new-media inspection
     */
    public static NewMediaInspection readNewMedia(String json) {
        return readString(NEW_MEDIA, NewMediaInspection.class, json);
    }

    // ---------------------------------------------------------------- annual assessment

    /**
     * @param file a JSON document of type {@code annualAssessment}
     * @return the annual assessment
     * @throws InvalidInspectionException when the document is not a valid annual assessment
     * @throws UncheckedIOException when the file cannot be read
     */
    public static AnnualAssessment readAnnual(Path file) {
        return readFile(ANNUAL, AnnualAssessment.class, file);
    }

    /**
     * @param in a JSON document of type {@code annualAssessment}; not closed
     * @return the annual assessment
     * @throws InvalidInspectionException when the document is not a valid annual assessment
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static AnnualAssessment readAnnual(InputStream in) {
        return readStream(ANNUAL, AnnualAssessment.class, in);
    }

    /**
     * @param json a JSON document of type {@code annualAssessment}
     * @return the annual assessment
     * @throws InvalidInspectionException when the document is not a valid annual assessment
     */
    public static AnnualAssessment readAnnual(String json) {
        return readString(ANNUAL, AnnualAssessment.class, json);
    }

    // ---------------------------------------------------------------- any type

    /**
     * Reads any value the library writes (facts, reports) with the same strict settings.
     *
     * @param json a JSON document
     * @param type the type to read it as
     * @param <T> that type
     * @return the value
     * @throws InvalidInspectionException when the document is not valid JSON of that type
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return readString(MAPPER.readerFor(type), type, json);
    }

    /**
     * @param value a fact, an inspection or a report
     * @return its JSON on one line, deterministic
     * @throws IllegalArgumentException when the value cannot be written as JSON
     */
    public static String write(Object value) {
        return write(COMPACT, value);
    }

    /**
     * @param value a fact, an inspection or a report
     * @return its JSON indented by two spaces, lines ended by {@code \n}, deterministic
     * @throws IllegalArgumentException when the value cannot be written as JSON
     */
    public static String writePretty(Object value) {
        return write(PRETTY, value);
    }

    /**
     * @return a new mapper configured like the one this class uses; changing it does not change this
     *     class's behaviour
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    // ---------------------------------------------------------------- internals

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static <T> T readFile(ObjectReader reader, Class<T> type, Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(reader, type, () -> reader.createParser(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T readStream(ObjectReader reader, Class<T> type, InputStream in) {
        Objects.requireNonNull(in, "in");
        return parseInput(reader, type, () -> reader.createParser(in));
    }

    private static <T> T readString(ObjectReader reader, Class<T> type, String json) {
        Objects.requireNonNull(json, "json");
        return parseInput(reader, type, () -> reader.createParser(json));
    }

    /** @param json an array holding the document in {@code [offset, offset + length)} (not null) */
    private static <T> T readBytes(ObjectReader reader, Class<T> type, byte[] json, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, json.length);
        return parseInput(reader, type, () -> reader.createParser(json, offset, length));
    }

    /** {@link #parse} of input already in memory or a caller's stream: an I/O error names no file. */
    private static <T> T parseInput(ObjectReader reader, Class<T> type, ParserSource source) {
        try {
            return parse(reader, type, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
    }

    /**
     * Parses one document. I/O errors (not JSON errors) propagate as {@link IOException}; every JSON
     * error becomes an {@link InvalidInspectionException}.
     */
    private static <T> T parse(ObjectReader reader, Class<T> type, ParserSource source) throws IOException {
        try (JsonParser p = source.open()) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw invalid("$", "empty document");
            }
            if (first != JsonToken.START_OBJECT && Inspection.class.isAssignableFrom(type)) {
                throw invalid("$", "expected an object, got " + JsonProblems.kindOf(first));
            }
            T value = reader.readValue(p, type);
            if (p.nextToken() != null) {
                throw invalid("$", "unexpected content after the end of the document"
                        + JsonProblems.at(p.currentTokenLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidInspectionException(List.of(JsonProblems.describe(e, type)));
        }
    }

    private static InvalidInspectionException invalid(String path, String message) {
        return new InvalidInspectionException(path, message);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write "
                    + (value == null ? "null" : value.getClass().getSimpleName()) + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** @return the enum value names as they are written in JSON, for messages */
    static String jsonName(Enum<?> constant) {
        String s = write(COMPACT, constant);
        return s.length() >= 2 && s.charAt(0) == '"' ? s.substring(1, s.length() - 1) : s;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * Reads an inspection as {@link #readInspection(byte[])} does, but with Jackson's own deserializers for
     * every record (no {@link ScalarRecordDeserializer}): the reference the tests hold that reader to.
     */
    static Inspection readInspectionWithJacksonAlone(byte[] json) {
        return readBytes(JacksonAlone.INSPECTION, Inspection.class, json, 0, json.length);
    }

    /** The mapper without {@link PlainRecords}, built on first use (by tests only). */
    private static final class JacksonAlone {
        static final ObjectReader INSPECTION = createMapper(false).readerFor(Inspection.class);
    }

    private static JsonMapper createMapper() {
        return createMapper(true);
    }

    private static JsonMapper createMapper(boolean plainRecords) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        SimpleModule strictTime = new SimpleModule("govweb-strict-time");
        strictTime.addDeserializer(LocalDate.class, new StrictTime.DateDeserializer());
        strictTime.addDeserializer(LocalDateTime.class, new StrictTime.DateTimeDeserializer());
        strictTime.addSerializer(LocalDate.class, new StrictTime.DateSerializer());
        strictTime.addSerializer(LocalDateTime.class, new StrictTime.DateTimeSerializer());
        if (plainRecords) {
            strictTime.setDeserializerModifier(new PlainRecords());
        }
        JsonMapper mapper = JsonMapper.builder(factory)
                // JavaTimeModule for every java.time type; the strict module, added later, wins for
                // LocalDate and LocalDateTime (strings only, exact patterns)
                .addModule(new JavaTimeModule())
                .addModule(strictTime)
                .annotationIntrospector(new FormatIntrospector())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
                .enable(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                // a null inside a list is an error ("null not allowed"), never a null element
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(c -> c
                        .setAcceptBlankAsEmpty(Boolean.FALSE)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        return mapper;
    }

    /**
     * Leaves out optional fields of the input format's records that are null (the format allows no
     * null there) or an empty list (an optional list, {@code sampledFor}, means the same absent or
     * empty); required fields and fields of other types keep Jackson's default (always written).
     */
    private static final class FormatIntrospector extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated a) {
            JsonInclude.Value v = super.findPropertyInclusion(a);
            if (v.getValueInclusion() == JsonInclude.Include.USE_DEFAULTS
                    && a instanceof AnnotatedMember member
                    && FACT_PACKAGES.contains(member.getDeclaringClass().getPackageName())) {
                JsonProperty p = a.getAnnotation(JsonProperty.class);
                if (p != null && !p.required()) {
                    return v.withValueInclusion(JsonInclude.Include.CUSTOM).withValueFilter(NullOrEmptyList.class);
                }
            }
            return v;
        }
    }

    /**
     * The records of the format's long lists (posts, probes, publications, links, messages: millions in a
     * national batch), columns, policy documents, interpretations, service items and their guides read by
     * {@link ScalarRecordDeserializer}, which leaves anything but the plain case to Jackson.
     */
    private static final class PlainRecords extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == Post.class) {
                return new ScalarRecordDeserializer<>(deserializer, Post.class,
                        v -> new Post((String) v[0], (LocalDate) v[1]));
            }
            if (type == Probe.class) {
                return new ScalarRecordDeserializer<>(deserializer, Probe.class,
                        v -> new Probe((LocalDateTime) v[0], (Integer) v[1]));
            }
            if (type == Publication.class) {
                return new ScalarRecordDeserializer<>(deserializer, Publication.class,
                        v -> new Publication((String) v[0], (String) v[1], (LocalDate) v[2]));
            }
            if (type == Message.class) {
                return new ScalarRecordDeserializer<>(deserializer, Message.class,
                        v -> new Message((String) v[0], (String) v[1], (LocalDate) v[2], (Boolean) v[3],
                                (Boolean) v[4], (LocalDate) v[5], (ReplyQuality) v[6], (Boolean) v[7], (Boolean) v[8],
                                list(v[9]), (LocalDate) v[10], list(v[11])));
            }
            if (type == Link.class) {
                return new ScalarRecordDeserializer<>(deserializer, Link.class,
                        v -> new Link((String) v[0], (String) v[1], (Boolean) v[2], (Boolean) v[3]));
            }
            if (type == Column.class) {
                return new ScalarRecordDeserializer<>(deserializer, Column.class,
                        v -> new Column((String) v[0], (String) v[1], (ColumnKind) v[2], (Boolean) v[3],
                                (Boolean) v[4], list(v[5])));
            }
            if (type == ServiceItem.class) {
                return new ScalarRecordDeserializer<>(deserializer, ServiceItem.class,
                        v -> new ServiceItem((String) v[0], (String) v[1], (ServiceGuide) v[2], list(v[3])));
            }
            if (type == PolicyDocument.class) {
                return new ScalarRecordDeserializer<>(deserializer, PolicyDocument.class,
                        v -> new PolicyDocument((String) v[0], (String) v[1], (LocalDate) v[2], (Boolean) v[3],
                                (Boolean) v[4], list(v[5]), list(v[6])));
            }
            if (type == Interpretation.class) {
                return new ScalarRecordDeserializer<>(deserializer, Interpretation.class,
                        v -> new Interpretation((String) v[0], (String) v[1], (LocalDate) v[2], (String) v[3],
                                (Boolean) v[4], list(v[5]), list(v[6])));
            }
            if (type == ServiceGuide.class) {
                return new ScalarRecordDeserializer<>(deserializer, ServiceGuide.class,
                        v -> new ServiceGuide(list(v[0]), (Boolean) v[1], (Boolean) v[2], (Boolean) v[3],
                                (Boolean) v[4], (Boolean) v[5], list(v[6]), (Boolean) v[7]));
            }
            return deserializer;
        }
    }

    /** @return a list the reader built (its elements of the component's element type), or null */
    @SuppressWarnings("unchecked")
    private static <E> List<E> list(Object value) {
        return (List<E>) value;
    }

    /** Value filter of optional fields: {@code equals} answers whether to leave the value out. */
    static final class NullOrEmptyList {
        /** Jackson instantiates the filter. */
        NullOrEmptyList() {
        }

        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof java.util.Collection<?> c && c.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
