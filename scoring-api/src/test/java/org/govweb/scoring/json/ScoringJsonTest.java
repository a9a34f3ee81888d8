package org.govweb.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.testing.Examples;
import org.govweb.scoring.testing.JsonEdit;
import org.govweb.scoring.website.Finding;
import org.govweb.scoring.website.FindingIndicator;
import org.govweb.scoring.website.Probe;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringJsonTest {

    private static final String WEBSITE = Examples.text(Examples.COUNTY_PORTAL);
    private static final String NEW_MEDIA = Examples.text(Examples.WECHAT);
    private static final String ANNUAL = Examples.text(Examples.ANNUAL_UNIT);

    static Stream<String> examples() {
        return Stream.of(Examples.COUNTY_PORTAL, Examples.WECHAT, Examples.ANNUAL_UNIT);
    }

    private static InputProblem problemOf(Runnable read) {
        InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class, read::run);
        assertThat(e).as("an InvalidInspectionException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        InputProblem p = e.problems().get(0);
        assertThat(e.getMessage()).isEqualTo("invalid input: " + p);
        assertNoInternals(p.message());
        return p;
    }

    private static InputProblem websiteProblem(String json) {
        return problemOf(() -> ScoringJson.readWebsite(json));
    }

    static void assertNoInternals(String message) {
        assertThat(message)
                .doesNotContainIgnoringCase("jackson")
                .doesNotContain("com.fasterxml")
                .doesNotContain("java.")
                .doesNotContain("org.govweb")
                .doesNotContain("Exception")
                .doesNotContain("`")
                .doesNotContain("\tat ")
                .doesNotContain("Feature")
                .doesNotContain("\n");
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest
        @MethodSource("org.govweb.scoring.json.ScoringJsonTest#examples")
        void readWriteReadGivesAnEqualRecord(String resource) {
            Inspection first = ScoringJson.readInspection(Examples.text(resource));
            String written = ScoringJson.write(first);
            Inspection second = ScoringJson.readInspection(written);
            assertThat(second).isEqualTo(first);
            assertThat(ScoringJson.readInspection(ScoringJson.writePretty(first))).isEqualTo(first);
        }

        @ParameterizedTest
        @MethodSource("org.govweb.scoring.json.ScoringJsonTest#examples")
        void writingIsByteStable(String resource) {
            String once = ScoringJson.write(ScoringJson.readInspection(Examples.text(resource)));
            String twice = ScoringJson.write(ScoringJson.readInspection(once));
            assertThat(twice).isEqualTo(once);
            assertThat(ScoringJson.write(ScoringJson.readInspection(Examples.text(resource)))).isEqualTo(once);
            String pretty = ScoringJson.writePretty(ScoringJson.readInspection(once));
            assertThat(ScoringJson.writePretty(ScoringJson.readInspection(pretty))).isEqualTo(pretty);
        }

        @ParameterizedTest
        @MethodSource("org.govweb.scoring.json.ScoringJsonTest#examples")
        void writtenJsonHasTheSameTreeAsTheExample(String resource) throws IOException {
            // the examples are written in the format's canonical form: every field, dates with seconds
            ObjectMapper plain = new ObjectMapper();
            JsonNode original = plain.readTree(Examples.text(resource));
            JsonNode written = plain.readTree(ScoringJson.write(ScoringJson.readInspection(Examples.text(resource))));
            assertThat(written).isEqualTo(original);
        }

        @Test
        void compactIsOneLineAndPrettyIsIndentedWithLineFeeds() {
            WebsiteInspection w = Examples.countyPortal();
            String compact = ScoringJson.write(w);
            assertThat(compact).doesNotContain("\n").startsWith("{\"type\":\"website\",\"id\":\"fengdu-portal-2019q4\",");
            String pretty = ScoringJson.writePretty(w);
            assertThat(pretty).startsWith("{\n  \"type\": \"website\",\n  \"id\": \"fengdu-portal-2019q4\",\n")
                    .doesNotContain("\r")
                    .contains("\"incidents\": [],");
        }

        @Test
        void typeIsWrittenForEveryInspectionType() {
            assertThat(ScoringJson.write(Examples.countyPortal())).startsWith("{\"type\":\"website\"");
            assertThat(ScoringJson.write(Examples.wechat())).startsWith("{\"type\":\"newMedia\"");
            assertThat(ScoringJson.write(Examples.annualUnit())).startsWith("{\"type\":\"annualAssessment\"");
        }

        @Test
        void readInspectionPicksTheTypeNamedInTheDocument() {
            assertThat(ScoringJson.readInspection(WEBSITE)).isInstanceOf(WebsiteInspection.class)
                    .isEqualTo(ScoringJson.readWebsite(WEBSITE));
            assertThat(ScoringJson.readInspection(NEW_MEDIA)).isInstanceOf(NewMediaInspection.class);
            assertThat(ScoringJson.readInspection(ANNUAL)).isInstanceOf(AnnualAssessment.class);
        }

        @Test
        void typeMayComeAnywhereInTheObject() {
            String moved = JsonEdit.set(JsonEdit.remove(WEBSITE, "$.type"), "$.type", "\"website\"");
            assertThat(moved.indexOf("\"type\"")).isGreaterThan(moved.indexOf("\"innovationEndorsed\""));
            assertThat(ScoringJson.readWebsite(moved)).isEqualTo(Examples.countyPortal());
        }

        @Test
        void readsTheExampleValues() {
            WebsiteInspection w = Examples.countyPortal();
            assertThat(w.monitoringDate()).isEqualTo(LocalDate.of(2019, 12, 18));
            assertThat(w.samplingSeed()).isEqualTo(20191218L);
            assertThat(w.probes()).hasSize(168);
            assertThat(w.probes().get(0)).isEqualTo(new Probe(LocalDateTime.of(2019, 12, 18, 0, 7, 0), 420));
            assertThat(w.findings()).containsExactly(new Finding("f1", FindingIndicator.D1_3,
                    "http://www.cqfd.gov.cn/ld/", "副县长简历未更新"));
            assertThat(Examples.wechat().appUsable()).isNull();
            assertThat(Examples.annualUnit().year()).isEqualTo(2019);
        }

        @Test
        void optionalNullFieldsAreLeftOutAndRequiredNullsWritten() {
            Finding bare = new Finding("f9", FindingIndicator.D1_1, null, null);
            assertThat(ScoringJson.write(bare)).isEqualTo("{\"id\":\"f9\",\"indicator\":\"D1.1\"}");
            assertThat(ScoringJson.write(Examples.wechat())).contains("\"appUsable\":null");
            WebsiteInspection noSeed = Examples.countyPortal().toBuilder().samplingSeed(null).build();
            assertThat(ScoringJson.write(noSeed)).doesNotContain("samplingSeed");
            assertThat(ScoringJson.readWebsite(ScoringJson.write(noSeed))).isEqualTo(noSeed);
        }

        @Test
        void dateTimesWithoutSecondsAreReadAndWrittenWithSeconds() {
            String json = JsonEdit.set(WEBSITE, "$.probes[0].at", "\"2019-12-18T09:05\"");
            WebsiteInspection w = ScoringJson.readWebsite(json);
            assertThat(w.probes().get(0).at()).isEqualTo(LocalDateTime.of(2019, 12, 18, 9, 5, 0));
            assertThat(ScoringJson.write(w.probes().get(0))).isEqualTo("{\"at\":\"2019-12-18T09:05:00\",\"responseMillis\":420}");
        }

        @Test
        void dateTimesAreWrittenInWholeSeconds() {
            Probe p = new Probe(LocalDateTime.of(2019, 12, 18, 9, 5, 7, 123_000_000), null);
            assertThat(ScoringJson.write(p)).isEqualTo("{\"at\":\"2019-12-18T09:05:07\",\"responseMillis\":null}");
        }

        @Test
        void decimalsAreWrittenPlain() {
            assertThat(ScoringJson.write(new BigDecimal("1E+2"))).isEqualTo("100");
            assertThat(ScoringJson.write(new BigDecimal("92.30"))).isEqualTo("92.30");
        }

        @Test
        void mapsAreWrittenSortedByKey() {
            java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
            m.put("b", 2);
            m.put("a", 1);
            assertThat(ScoringJson.write(m)).isEqualTo("{\"a\":1,\"b\":2}");
        }
    }

    @Nested
    class Sources {

        @Test
        void readsFilesAndStreams(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("site.json");
            Files.writeString(file, WEBSITE, StandardCharsets.UTF_8);
            assertThat(ScoringJson.readWebsite(file)).isEqualTo(Examples.countyPortal());
            assertThat(ScoringJson.readInspection(file)).isEqualTo(Examples.countyPortal());
            Path annual = dir.resolve("annual.json");
            Files.writeString(annual, ANNUAL, StandardCharsets.UTF_8);
            assertThat(ScoringJson.readAnnual(annual)).isEqualTo(Examples.annualUnit());
            Path nm = dir.resolve("nm.json");
            Files.writeString(nm, NEW_MEDIA, StandardCharsets.UTF_8);
            assertThat(ScoringJson.readNewMedia(nm)).isEqualTo(Examples.wechat());
        }

        @Test
        void readsBytesLikeText() {
            assertThat(ScoringJson.readInspection(WEBSITE.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(Examples.countyPortal());
            assertThat(ScoringJson.readInspection(NEW_MEDIA.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(Examples.wechat());
        }

        @Test
        void readsADocumentInPartOfAnArrayAsIfItStoodAlone() {
            byte[] doc = NEW_MEDIA.getBytes(StandardCharsets.UTF_8);
            byte[] around = new byte[doc.length + 20];
            java.util.Arrays.fill(around, (byte) '}'); // what comes before and after is not read
            System.arraycopy(doc, 0, around, 7, doc.length);
            assertThat(ScoringJson.readInspection(around, 7, doc.length)).isEqualTo(Examples.wechat());
            // errors count positions from the document's start, as for the document alone
            byte[] broken = "{\"type\":\"newMedia\",}".getBytes(StandardCharsets.UTF_8);
            byte[] placed = new byte[broken.length + 9];
            System.arraycopy(broken, 0, placed, 5, broken.length);
            String alone = catchThrowable(() -> ScoringJson.readInspection(broken)).getMessage();
            assertThat(catchThrowable(() -> ScoringJson.readInspection(placed, 5, broken.length)))
                    .isInstanceOf(InvalidInspectionException.class).hasMessage(alone);
            assertThatThrownBy(() -> ScoringJson.readInspection(doc, 1, doc.length))
                    .isInstanceOf(IndexOutOfBoundsException.class);
        }

        @Test
        void malformedUtf8InBytesIsAnErrorNotAReplacementCharacter() {
            byte[] bytes = NEW_MEDIA.getBytes(StandardCharsets.UTF_8);
            int lead = 0;
            while ((bytes[lead] & 0x80) == 0) { // the first byte of the first non-ASCII character (a name)
                lead++;
            }
            bytes[lead + 1] = 'A'; // where a continuation byte must be
            assertThatThrownBy(() -> ScoringJson.readInspection(bytes))
                    .isInstanceOf(InvalidInspectionException.class)
                    .hasMessageContaining("UTF-8");
        }

        @Test
        void doesNotCloseTheCallersStream() {
            AtomicBoolean closed = new AtomicBoolean();
            InputStream in = new ByteArrayInputStream(NEW_MEDIA.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed.set(true);
                }
            };
            assertThat(ScoringJson.readInspection(in)).isEqualTo(Examples.wechat());
            assertThat(closed).isFalse();
            assertThat(ScoringJson.readNewMedia(new ByteArrayInputStream(NEW_MEDIA.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(Examples.wechat());
        }

        @Test
        void aMissingFileIsAnIoErrorNamingTheFile(@TempDir Path dir) {
            Path missing = dir.resolve("nope.json");
            assertThatThrownBy(() -> ScoringJson.readInspection(missing))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("nope.json");
        }

        @Test
        void aBrokenFileGivesItsProblem(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, "{\"type\": \"website\",", StandardCharsets.UTF_8);
            InputProblem p = problemOf(() -> ScoringJson.readWebsite(file));
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("malformed JSON at line 1 column 20: ").contains("end-of-input");
        }

        @Test
        void mapperIsACopy() throws IOException {
            ObjectMapper copy = ScoringJson.mapper();
            copy.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            String extra = JsonEdit.set(NEW_MEDIA, "$.extra", "1");
            assertThat(copy.readValue(extra, Inspection.class)).isEqualTo(Examples.wechat());
            assertThat(problemOf(() -> ScoringJson.readInspection(extra)).path()).isEqualTo("$.extra");
            assertThat(ScoringJson.mapper()).isNotSameAs(ScoringJson.mapper());
        }

        @Test
        void readReadsAnyTypeStrictly() {
            assertThat(ScoringJson.read("{\"id\":\"f1\",\"indicator\":\"D1.2\"}", Finding.class))
                    .isEqualTo(new Finding("f1", FindingIndicator.D1_2, null, null));
            InputProblem p = problemOf(() -> ScoringJson.read("{\"id\":\"f1\",\"indicator\":\"D1.2\",\"x\":1}", Finding.class));
            assertThat(p).isEqualTo(new InputProblem("$.x", "unknown field 'x' (known: id, indicator, note, url)"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void missingRequiredField() {
            assertThat(websiteProblem(JsonEdit.remove(WEBSITE, "$.columns[0].kind")))
                    .isEqualTo(new InputProblem("$.columns[0].kind", "missing required field"));
            assertThat(websiteProblem(JsonEdit.remove(WEBSITE, "$.interaction.messages[4].repliedOn")))
                    .isEqualTo(new InputProblem("$.interaction.messages[4].repliedOn", "missing required field"));
            assertThat(websiteProblem(JsonEdit.remove(WEBSITE, "$.monitoringDate")))
                    .isEqualTo(new InputProblem("$.monitoringDate", "missing required field"));
            assertThat(problemOf(() -> ScoringJson.readAnnual(JsonEdit.remove(ANNUAL, "$.year"))))
                    .isEqualTo(new InputProblem("$.year", "missing required field"));
        }

        @Test
        void typeIsRequired() {
            String untyped = JsonEdit.remove(WEBSITE, "$.type");
            assertThat(websiteProblem(untyped)).isEqualTo(new InputProblem("$.type", "missing required field"));
            assertThat(problemOf(() -> ScoringJson.readInspection(untyped)))
                    .isEqualTo(new InputProblem("$.type", "missing required field"));
        }

        @Test
        void unknownType() {
            assertThat(problemOf(() -> ScoringJson.readInspection(JsonEdit.set(WEBSITE, "$.type", "\"site\""))))
                    .isEqualTo(new InputProblem("$.type", "unknown value 'site' (allowed: website, newMedia, annualAssessment)"));
        }

        @Test
        void documentOfAnotherType() {
            assertThat(problemOf(() -> ScoringJson.readWebsite(NEW_MEDIA)))
                    .isEqualTo(new InputProblem("$.type", "unknown value 'newMedia' (allowed: website)"));
            assertThat(problemOf(() -> ScoringJson.readAnnual(WEBSITE)))
                    .isEqualTo(new InputProblem("$.type", "unknown value 'website' (allowed: annualAssessment)"));
        }

        @Test
        void unknownEnumValue() {
            InputProblem p = websiteProblem(JsonEdit.set(WEBSITE, "$.columns[2].kind", "\"XYZ\""));
            assertThat(p).isEqualTo(new InputProblem("$.columns[2].kind", "unknown value 'XYZ' (allowed: OVERVIEW, "
                    + "ORG_FUNCTIONS, LEADERS, NEWS, NOTICES, POLICY_DOCS, POLICY_INTERPRETATION, DATA_RELEASE, "
                    + "CONSULTATION, INTERVIEW, SURVEY, PETITION, DISCIPLINE, OTHER)"));
        }

        @Test
        void enumValuesAreNamedAsTheFormatWritesThem() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.findings[0].indicator", "\"D1_3\"")))
                    .isEqualTo(new InputProblem("$.findings[0].indicator", "unknown value 'D1_3' (allowed: D1.1, D1.2, D1.3)"));
        }

        @Test
        void enumValuesAreCaseSensitive() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.columns[2].kind", "\"news\"")).message())
                    .startsWith("unknown value 'news' (allowed: ");
        }

        @Test
        void enumFromANumber() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.columns[2].kind", "3")))
                    .isEqualTo(new InputProblem("$.columns[2].kind", "expected a string (one of: OVERVIEW, "
                            + "ORG_FUNCTIONS, LEADERS, NEWS, NOTICES, POLICY_DOCS, POLICY_INTERPRETATION, DATA_RELEASE, "
                            + "CONSULTATION, INTERVIEW, SURVEY, PETITION, DISCIPLINE, OTHER), got an integer"));
        }

        @Test
        void unknownField() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.columns[0].foo", "1")))
                    .isEqualTo(new InputProblem("$.columns[0].foo",
                            "unknown field 'foo' (known: firstLevel, id, kind, name, publications, shouldUpdate)"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.columns[0]['a b']", "1")).path())
                    .isEqualTo("$.columns[0]['a b']");
        }

        @Test
        void unknownTopLevelField() {
            InputProblem p = websiteProblem(JsonEdit.set(WEBSITE, "$.score", "100"));
            assertThat(p.path()).isEqualTo("$.score");
            assertThat(p.message()).startsWith("unknown field 'score' (known: ").contains("columns, dataRelease, design");
        }

        @Test
        void stringForABoolean() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.columns[0].firstLevel", "\"true\"")))
                    .isEqualTo(new InputProblem("$.columns[0].firstLevel", "expected a boolean, got a string"));
        }

        @Test
        void numberForABoolean() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.userSpace", "1")))
                    .isEqualTo(new InputProblem("$.userSpace", "expected a boolean, got an integer"));
        }

        @Test
        void stringForANullableBoolean() {
            assertThat(problemOf(() -> ScoringJson.readNewMedia(JsonEdit.set(NEW_MEDIA, "$.appUsable", "\"yes\""))))
                    .isEqualTo(new InputProblem("$.appUsable", "expected a boolean, got a string"));
        }

        @Test
        void decimalForAnInteger() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.probes[3].responseMillis", "420.0")))
                    .isEqualTo(new InputProblem("$.probes[3].responseMillis", "expected an integer, got a decimal number"));
            assertThat(problemOf(() -> ScoringJson.readAnnual(JsonEdit.set(ANNUAL, "$.year", "2019.5"))))
                    .isEqualTo(new InputProblem("$.year", "expected an integer, got a decimal number"));
        }

        @Test
        void stringForAnInteger() {
            assertThat(problemOf(() -> ScoringJson.readAnnual(JsonEdit.set(ANNUAL, "$.year", "\"2019\""))))
                    .isEqualTo(new InputProblem("$.year", "expected an integer, got a string"));
        }

        @Test
        void numberForAString() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.site.name", "5")))
                    .isEqualTo(new InputProblem("$.site.name", "expected a string, got an integer"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.site.name", "true")))
                    .isEqualTo(new InputProblem("$.site.name", "expected a string, got a boolean"));
        }

        @Test
        void objectOrArrayForAScalar() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.site.name", "{}")))
                    .isEqualTo(new InputProblem("$.site.name", "expected a string, got an object"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.site.publicService", "[]")))
                    .isEqualTo(new InputProblem("$.site.publicService", "expected a boolean, got an array"));
        }

        @Test
        void scalarForAList() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.incidents", "\"none\"")))
                    .isEqualTo(new InputProblem("$.incidents", "expected an array, got a string"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.incidents", "{}")))
                    .isEqualTo(new InputProblem("$.incidents", "expected an array, got an object"));
        }

        @Test
        void scalarForAnObject() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.interaction.liveTest", "\"\"")))
                    .isEqualTo(new InputProblem("$.interaction.liveTest", "expected an object, got a string"));
        }

        @Test
        void nullForABoolean() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.columns[0].firstLevel", "null")))
                    .isEqualTo(new InputProblem("$.columns[0].firstLevel", "null not allowed"));
        }

        @Test
        void nullForARequiredObjectOrString() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.site.name", "null")))
                    .isEqualTo(new InputProblem("$.site.name", "must not be null"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.columns[1].publications", "null")))
                    .isEqualTo(new InputProblem("$.columns[1].publications", "must not be null"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.design", "null")))
                    .isEqualTo(new InputProblem("$.design", "must not be null"));
        }

        @Test
        void nullInAList() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.homepage.publications[1]", "null")))
                    .isEqualTo(new InputProblem("$.homepage.publications[1]", "null not allowed"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.design.footerElements[2]", "null")))
                    .isEqualTo(new InputProblem("$.design.footerElements[2]", "null not allowed"));
        }

        @Test
        void nullableFieldsTakeNull() {
            String json = JsonEdit.set(WEBSITE, "$.interaction.liveTest", "null");
            json = JsonEdit.set(json, "$.interpretations[0].documentId", "null");
            json = JsonEdit.set(json, "$.services.items[0].guide", "null");
            json = JsonEdit.set(json, "$.probes[0].responseMillis", "null");
            WebsiteInspection w = ScoringJson.readWebsite(json);
            assertThat(w.interaction().liveTest()).isNull();
            assertThat(w.interpretations().get(0).documentId()).isNull();
            assertThat(w.services().items().get(0).guide()).isNull();
            assertThat(w.probes().get(0).responseMillis()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2019-02-30", "2019-12-1", "2019/12/18", "20191218", "", "2019-12-18T00:00", "+2019-12-18", "２０１９-12-18"})
        void notADate(String text) {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.monitoringDate", "\"" + text + "\"")))
                    .isEqualTo(new InputProblem("$.monitoringDate", "expected a date yyyy-MM-dd, got '" + text + "'"));
        }

        @Test
        void dateFromANumberOrArray() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.monitoringDate", "20191218")))
                    .isEqualTo(new InputProblem("$.monitoringDate", "expected a date string yyyy-MM-dd, got an integer"));
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.monitoringDate", "[2019,12,18]")))
                    .isEqualTo(new InputProblem("$.monitoringDate", "expected a date string yyyy-MM-dd, got an array"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2019-12-18T00:07:00Z", "2019-12-18T00:07:00+08:00", "2019-12-18T00:07:00.5",
            "2019-12-18 00:07", "2019-12-18T24:00", "2019-12-18T0:07", "2019-12-18"})
        void notADateTime(String text) {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.probes[5].at", "\"" + text + "\"")))
                    .isEqualTo(new InputProblem("$.probes[5].at",
                            "expected a date-time yyyy-MM-ddTHH:mm[:ss], got '" + text + "'"));
        }

        @Test
        void numberOutOfRange() {
            assertThat(websiteProblem(JsonEdit.set(WEBSITE, "$.probes[0].responseMillis", "99999999999")))
                    .isEqualTo(new InputProblem("$.probes[0].responseMillis", "number out of range for an integer"));
        }

        @Test
        void malformedJson() {
            String json = "{\n  \"type\": \"website\",\n  \"id\" 5\n}";
            InputProblem p = websiteProblem(json);
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("malformed JSON at line 3 column 8: ")
                    .contains("was expecting a colon");
        }

        @Test
        void truncatedJson() {
            InputProblem p = websiteProblem(WEBSITE.substring(0, WEBSITE.indexOf("\"homepage\"")));
            assertThat(p.message()).startsWith("malformed JSON at line ").contains("end-of-input");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{ // comment\n\"type\": \"website\"}", "{'type': 'website'}", "{type: \"website\"}",
            "{\"type\": \"website\",}", "{\"type\": \"website\", \"id\": NaN}", "{\"type\": \"website\", \"id\": tru}"})
        void nonStandardJsonIsMalformed(String json) {
            InputProblem p = websiteProblem(json);
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("malformed JSON at line 1 column ");
        }

        @Test
        void duplicateKey() {
            String json = WEBSITE.replaceFirst("\"id\": \"fengdu-portal-2019q4\",",
                    "\"id\": \"fengdu-portal-2019q4\", \"id\": \"other\",");
            assertThat(websiteProblem(json)).isEqualTo(new InputProblem("$.id", "duplicate field 'id'"));
        }

        @Test
        void problemsInFieldsBeforeALateTypeAreAtTheirPath() {
            // with "type" last, Jackson reads the fields before it ahead (into a buffer), where no reader adds
            // a path to the parser's errors: the path comes from where the parser stood
            String late = JsonEdit.set(JsonEdit.remove(WEBSITE, "$.type"), "$.type", "\"website\"");
            assertThat(websiteProblem(late.replaceFirst("(\"id\" ?: \"gk-0\")", "$1, \"id\": \"gk-1\"")))
                    .isEqualTo(new InputProblem("$.columns[0].publications[0].id", "duplicate field 'id'"));
            InputProblem malformed = websiteProblem(late.replaceFirst("(\"id\" ?: \"gk-0\")", "$1,,"));
            assertThat(malformed.path()).isEqualTo("$.columns[0].publications[0]");
            assertThat(malformed.message()).startsWith("malformed JSON at line ");
            assertThat(websiteProblem(late.replaceFirst("(\"id\" ?: \"fengdu-portal-2019q4\")", "$1, \"id\": \"other\"")))
                    .isEqualTo(new InputProblem("$.id", "duplicate field 'id'"));
        }

        @Test
        void contentAfterTheDocument() {
            assertThat(websiteProblem(WEBSITE + "\n{}").path()).isEqualTo("$");
            assertThat(websiteProblem(WEBSITE + "\n{}").message()).startsWith("unexpected content after the end of the document");
            assertThat(websiteProblem(WEBSITE + " x").message()).startsWith("malformed JSON at line ");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   \n  "})
        void emptyDocument(String json) {
            assertThat(websiteProblem(json)).isEqualTo(new InputProblem("$", "empty document"));
        }

        @Test
        void notAnObject() {
            assertThat(problemOf(() -> ScoringJson.readInspection("[]")))
                    .isEqualTo(new InputProblem("$", "expected an object, got an array"));
            assertThat(problemOf(() -> ScoringJson.readInspection("\"website\"")))
                    .isEqualTo(new InputProblem("$", "expected an object, got a string"));
            assertThat(problemOf(() -> ScoringJson.readInspection("null")))
                    .isEqualTo(new InputProblem("$", "expected an object, got null"));
        }

        @Test
        void nestingTooDeep() {
            // the type comes last, so the parser reads the whole nest while looking for it
            String json = "{\"id\": " + "[".repeat(101) + "]".repeat(101) + ", \"type\": \"website\"}";
            assertThat(websiteProblem(json)).isEqualTo(new InputProblem("$", "nested too deeply (more than 100 levels)"));
            String shallow = "{\"id\": " + "[".repeat(98) + "]".repeat(98) + ", \"type\": \"website\"}";
            assertThat(websiteProblem(shallow)).isEqualTo(new InputProblem("$.id", "expected a string, got an array"));
        }

        @Test
        void stringTooLong() {
            String json = JsonEdit.set(WEBSITE, "$.site.name", "\"" + "x".repeat(1_000_001) + "\"");
            assertThat(websiteProblem(json)).isEqualTo(new InputProblem("$.site.name", "string too long (more than 1000000 characters)"));
            String atLimit = JsonEdit.set(WEBSITE, "$.site.name", "\"" + "x".repeat(1_000_000) + "\"");
            assertThat(ScoringJson.readWebsite(atLimit).site().name()).hasSize(1_000_000);
        }

        @Test
        void numberTooLong() {
            String json = WEBSITE.replace("\"samplingSeed\": 20191218", "\"samplingSeed\": " + "1".repeat(51));
            assertThat(websiteProblem(json).message()).isEqualTo("number too long (more than 50 characters)");
        }

        @Test
        void valuesShownInMessagesAreShortened() {
            String value = "Z".repeat(500);
            InputProblem p = websiteProblem(JsonEdit.set(WEBSITE, "$.columns[2].kind", "\"" + value + "\""));
            assertThat(p.message()).startsWith("unknown value '" + "Z".repeat(100) + "…'").hasSizeLessThan(400);
        }

        @Test
        void noMessageLeaksInternals() {
            List<String> bad = new ArrayList<>(List.of(
                    "{", "}", "[1,]", "{\"type\":1}", "{\"type\":\"website\",\"id\":{}}", "\u0000",
                    "{\"type\":\"website\",\"site\":{\"id\":\"a\",\"name\":\"b\",\"unit\":\"c\",\"publicService\":\"x\"}}",
                    JsonEdit.set(WEBSITE, "$.probes[0].at", "17"),
                    JsonEdit.set(WEBSITE, "$.services.items[0].guide.elements", "\"NAME\""),
                    JsonEdit.set(WEBSITE, "$.services.items[0].guide.elements[0]", "\"NAMES\"")));
            for (Iterator<String> it = bad.iterator(); it.hasNext();) {
                String json = it.next();
                InputProblem p = websiteProblem(json);
                assertThat(p.path()).startsWith("$");
                assertNoInternals(p.message());
            }
        }
    }
}
