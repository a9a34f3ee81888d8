package org.govweb.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.testing.Examples;
import org.govweb.scoring.testing.JsonEdit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's copy of {@code inspection.schema.json} accepts the examples, the samples and what
 * {@link ScoringJson} writes; and what the schema accepts, {@link ScoringJson} reads.
 */
class JsonSchemaTest {

    private static final String SCHEMA = "/org/govweb/scoring/json/inspection.schema.json";
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonSchema SCHEMA_VALIDATOR = loadSchema();

    private static JsonSchema loadSchema() {
        // loaded by its class-path location so that its relative $id resolves; formats (date) asserted
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + SCHEMA.substring(1)), config);
    }

    static Set<ValidationMessage> schemaErrors(String json) {
        try {
            return SCHEMA_VALIDATOR.validate(PLAIN.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jsonFilesIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<DynamicTest> schemaAndReaderAccept(List<Path> files) {
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(schemaErrors(json)).as("schema errors of " + file).isEmpty();
            Inspection read = ScoringJson.readInspection(json);
            assertThat(schemaErrors(ScoringJson.write(read))).as("schema errors of the rewritten " + file).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesAreValid() throws URISyntaxException {
        Path dir = Path.of(JsonSchemaTest.class.getResource("/examples").toURI());
        List<Path> files = jsonFilesIn(dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("website-county-portal.json", "newmedia-wechat.json", "annual-unit.json");
        return schemaAndReaderAccept(files);
    }

    /**
     * Every inspection directly under scoring-samples' samples directory. A file whose root is not an
     * object (the samples' list of expected outcomes) is no inspection and not checked here.
     */
    @TestFactory
    Stream<DynamicTest> samplesAreValid() {
        Path samples = projectRoot().resolve("scoring-samples/src/main/resources/samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no samples directory yet: " + samples);
        List<Path> inspections = jsonFilesIn(samples).stream().filter(JsonSchemaTest::rootIsObject).toList();
        Assumptions.assumeFalse(inspections.isEmpty(), "no sample inspections yet in " + samples);
        return schemaAndReaderAccept(inspections);
    }

    private static boolean rootIsObject(Path file) {
        try {
            return PLAIN.readTree(file.toFile()).isObject();
        } catch (IOException e) {
            return true; // not even JSON: let the check report it
        }
    }

    /** @return the directory holding scoring-samples, found walking up from the working directory */
    static Path projectRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scoring-samples")) && Files.isDirectory(p.resolve("scoring-api"))) {
                return p;
            }
        }
        throw new IllegalStateException("project root (with scoring-samples) not found above " + start);
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        String website = Examples.text(Examples.COUNTY_PORTAL);
        assertThat(schemaErrors(website)).isEmpty();
        assertThat(schemaErrors(JsonEdit.remove(website, "$.columns[0].kind"))).isNotEmpty();
        assertThat(schemaErrors(JsonEdit.set(website, "$.columns[0].foo", "1"))).isNotEmpty();
        assertThat(schemaErrors(JsonEdit.set(website, "$.columns[0].kind", "\"XYZ\""))).isNotEmpty();
        assertThat(schemaErrors(JsonEdit.set(website, "$.monitoringDate", "\"2019-13-45\""))).isNotEmpty();
        assertThat(schemaErrors(JsonEdit.set(website, "$.probes[0].at", "\"2019-12-18T00:07:00Z\""))).isNotEmpty();
        assertThat(schemaErrors(JsonEdit.remove(website, "$.type"))).isNotEmpty();
    }

    @Test
    void writtenInspectionsWithOptionalFieldsLeftOutAreValid() {
        // optional fields absent after a round trip (url, note, samplingSeed, title, sampledFor)
        String website = Examples.text(Examples.COUNTY_PORTAL);
        String stripped = JsonEdit.remove(JsonEdit.remove(JsonEdit.remove(website, "$.site.url"), "$.samplingSeed"),
                "$.findings[0].note");
        String written = ScoringJson.write(ScoringJson.readWebsite(stripped));
        assertThat(written).doesNotContain("samplingSeed").doesNotContain("\"note\"");
        assertThat(schemaErrors(written)).isEmpty();
    }

    @Test
    void theBundledSchemaIsTheFormatsSchema() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA)) {
            JsonNode schema = PLAIN.readTree(in);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$defs").has("website")).isTrue();
            assertThat(schema.path("$defs").has("newMedia")).isTrue();
            assertThat(schema.path("$defs").has("annualAssessment")).isTrue();
        }
    }
}
