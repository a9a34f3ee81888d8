package org.govweb.scoring.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Patch (RFC 6902) as scoring cases use it: each operation, pointer escapes, "-", and the errors. */
class JsonPatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOC = "{'a': 1, 'list': [10, 20, 30], 'obj': {'x': 'y', 'n': null}}";

    /** Parses JSON written with single quotes (no value here contains one). */
    private static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode patch(String doc, String patch) {
        return JsonPatch.apply(json(doc), json(patch));
    }

    private static String error(String doc, String patch) {
        try {
            patch(doc, patch);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + patch);
    }

    @Nested
    class Add {
        @Test
        void addsAMemberAndReplacesAnExistingOne() {
            assertThat(patch(DOC, "[{'op': 'add', 'path': '/b', 'value': {'c': [true]}},"
                    + " {'op': 'add', 'path': '/a', 'value': 2}]"))
                    .isEqualTo(json("{'a': 2, 'list': [10, 20, 30], 'obj': {'x': 'y', 'n': null}, 'b': {'c': [true]}}"));
        }

        @Test
        void insertsIntoAnArrayAtAnIndexShiftingTheRest() {
            assertThat(patch(DOC, "[{'op': 'add', 'path': '/list/0', 'value': 5}]").get("list"))
                    .isEqualTo(json("[5, 10, 20, 30]"));
            assertThat(patch(DOC, "[{'op': 'add', 'path': '/list/1', 'value': 15}]").get("list"))
                    .isEqualTo(json("[10, 15, 20, 30]"));
        }

        @Test
        void atTheSizeOrWithDashAppends() {
            assertThat(patch(DOC, "[{'op': 'add', 'path': '/list/3', 'value': 40}]").get("list"))
                    .isEqualTo(json("[10, 20, 30, 40]"));
            assertThat(patch(DOC, "[{'op': 'add', 'path': '/list/-', 'value': 40},"
                    + " {'op': 'add', 'path': '/list/-', 'value': 50}]").get("list"))
                    .isEqualTo(json("[10, 20, 30, 40, 50]"));
        }

        @Test
        void oneBeyondTheSizeIsAnError() {
            assertThat(error(DOC, "[{'op': 'add', 'path': '/list/4', 'value': 40}]"))
                    .isEqualTo("$.patch[0]: path /list/4 does not exist: index 4 is past the end of the array"
                            + " (3 elements; \"-\" appends)");
        }

        @Test
        void anExplicitNullIsAValueAndAMissingValueAnError() {
            assertThat(patch(DOC, "[{'op': 'add', 'path': '/a', 'value': null}]").get("a").isNull()).isTrue();
            assertThat(error(DOC, "[{'op': 'add', 'path': '/a'}]"))
                    .isEqualTo("$.patch[0]: missing \"value\" (null is written \"value\": null)");
        }

        @Test
        void theEmptyPathReplacesTheWholeDocument() {
            assertThat(patch(DOC, "[{'op': 'add', 'path': '', 'value': [1]}]")).isEqualTo(json("[1]"));
        }

        @Test
        void theParentMustExist() {
            assertThat(error(DOC, "[{'op': 'add', 'path': '/nope/b', 'value': 1}]"))
                    .isEqualTo("$.patch[0]: path /nope/b does not exist (no /nope)");
            assertThat(error(DOC, "[{'op': 'add', 'path': '/a/b', 'value': 1}]"))
                    .isEqualTo("$.patch[0]: path /a/b does not exist: /a is a number, not an object or array");
        }

        @Test
        void theAddedValueIsACopyOfThePatchs() {
            JsonNode patch = json("[{'op': 'add', 'path': '/b', 'value': {'c': 1}}]");
            JsonNode result = JsonPatch.apply(json(DOC), patch);
            ((com.fasterxml.jackson.databind.node.ObjectNode) result.get("b")).put("c", 2);
            assertThat(patch.get(0).get("value").get("c").asInt()).isEqualTo(1);
        }
    }

    @Nested
    class Remove {
        @Test
        void removesAMemberAndAnElement() {
            assertThat(patch(DOC, "[{'op': 'remove', 'path': '/obj/x'}, {'op': 'remove', 'path': '/list/0'}]"))
                    .isEqualTo(json("{'a': 1, 'list': [20, 30], 'obj': {'n': null}}"));
        }

        @Test
        void removesTheLastElementButNotOnePast() {
            assertThat(patch(DOC, "[{'op': 'remove', 'path': '/list/2'}]").get("list")).isEqualTo(json("[10, 20]"));
            assertThat(error(DOC, "[{'op': 'remove', 'path': '/list/3'}]"))
                    .isEqualTo("$.patch[0]: path /list/3 does not exist");
        }

        @Test
        void aMemberHoldingNullExistsAndAMissingOneIsAnError() {
            assertThat(patch(DOC, "[{'op': 'remove', 'path': '/obj/n'}]").get("obj")).isEqualTo(json("{'x': 'y'}"));
            assertThat(error(DOC, "[{'op': 'remove', 'path': '/obj/z'}]"))
                    .isEqualTo("$.patch[0]: path /obj/z does not exist");
        }

        @Test
        void dashNamesNoElementToRemove() {
            assertThat(error(DOC, "[{'op': 'remove', 'path': '/list/-'}]"))
                    .isEqualTo("$.patch[0]: path /list/- does not exist");
        }

        @Test
        void theWholeDocumentCannotBeRemoved() {
            assertThat(error(DOC, "[{'op': 'remove', 'path': ''}]"))
                    .isEqualTo("$.patch[0]: path \"\" (the whole document): cannot remove the whole document");
        }
    }

    @Nested
    class Replace {
        @Test
        void replacesAScalarAnElementAndAWholeObject() {
            assertThat(patch(DOC, "[{'op': 'replace', 'path': '/a', 'value': 'one'},"
                    + " {'op': 'replace', 'path': '/list/1', 'value': 21},"
                    + " {'op': 'replace', 'path': '/obj', 'value': {'k': false}}]"))
                    .isEqualTo(json("{'a': 'one', 'list': [10, 21, 30], 'obj': {'k': false}}"));
        }

        @Test
        void theTargetMustExist() {
            assertThat(error(DOC, "[{'op': 'replace', 'path': '/b', 'value': 1}]"))
                    .isEqualTo("$.patch[0]: path /b does not exist");
            assertThat(error(DOC, "[{'op': 'replace', 'path': '/list/-', 'value': 1}]"))
                    .isEqualTo("$.patch[0]: path /list/- does not exist");
        }

        @Test
        void theEmptyPathReplacesTheWholeDocument() {
            assertThat(patch(DOC, "[{'op': 'replace', 'path': '', 'value': {'z': 0}}]")).isEqualTo(json("{'z': 0}"));
        }
    }

    @Nested
    class MoveCopyAndTestOperations {
        @Test
        void moveRemovesThenAdds() {
            assertThat(patch(DOC, "[{'op': 'move', 'from': '/list/0', 'path': '/list/-'},"
                    + " {'op': 'move', 'from': '/obj/x', 'path': '/x'}]"))
                    .isEqualTo(json("{'a': 1, 'list': [20, 30, 10], 'obj': {'n': null}, 'x': 'y'}"));
        }

        @Test
        void aValueCannotMoveIntoItself() {
            assertThat(error(DOC, "[{'op': 'move', 'from': '/obj', 'path': '/obj/inner'}]"))
                    .isEqualTo("$.patch[0]: path /obj/inner is inside from /obj: a value cannot move into itself");
        }

        @Test
        void copyLeavesTheSourceAndCopiesDeeply() {
            JsonNode result = patch(DOC, "[{'op': 'copy', 'from': '/obj', 'path': '/list/0'},"
                    + " {'op': 'replace', 'path': '/list/0/x', 'value': 'z'}]");
            assertThat(result.get("list")).isEqualTo(json("[{'x': 'z', 'n': null}, 10, 20, 30]"));
            assertThat(result.get("obj")).isEqualTo(json("{'x': 'y', 'n': null}"));
        }

        @Test
        void fromMustExist() {
            assertThat(error(DOC, "[{'op': 'copy', 'from': '/nope', 'path': '/b'}]"))
                    .isEqualTo("$.patch[0]: from /nope does not exist");
            assertThat(error(DOC, "[{'op': 'move', 'path': '/b'}]")).isEqualTo("$.patch[0]: missing \"from\"");
        }

        @Test
        void testPassesOnEqualValuesComparingNumbersByValue() {
            assertThat(patch(DOC, "[{'op': 'test', 'path': '/a', 'value': 1.0},"
                    + " {'op': 'test', 'path': '/obj', 'value': {'n': null, 'x': 'y'}}]")).isEqualTo(json(DOC));
        }

        @Test
        void testFailsOnADifferentValue() {
            assertThat(error(DOC, "[{'op': 'test', 'path': '/a', 'value': 2}]"))
                    .isEqualTo("$.patch[0]: path /a is 1, not 2");
            assertThat(error(DOC, "[{'op': 'test', 'path': '/list', 'value': [10, 20]}]"))
                    .isEqualTo("$.patch[0]: path /list is [10,20,30], not [10,20]");
        }
    }

    @Nested
    class Pointers {
        private static final String ODD = "{'a/b': 1, 'm~n': 2, '~1': 3, '': 4}";

        @Test
        void tildeOneIsASlashAndTildeZeroATilde() {
            assertThat(patch(ODD, "[{'op': 'replace', 'path': '/a~1b', 'value': 10},"
                    + " {'op': 'replace', 'path': '/m~0n', 'value': 20},"
                    + " {'op': 'replace', 'path': '/~01', 'value': 30},"
                    + " {'op': 'replace', 'path': '/', 'value': 40}]"))
                    .isEqualTo(json("{'a/b': 10, 'm~n': 20, '~1': 30, '': 40}"));
        }

        @Test
        void anUnescapedSlashSplitsTheName() {
            assertThat(error(ODD, "[{'op': 'remove', 'path': '/a/b'}]"))
                    .isEqualTo("$.patch[0]: path /a/b does not exist (no /a)");
        }

        @Test
        void aTildeMustBeFollowedByZeroOrOne() {
            assertThat(error(ODD, "[{'op': 'remove', 'path': '/m~2n'}]"))
                    .isEqualTo("$.patch[0].path: \"/m~2n\" has a \"~\" not followed by 0 or 1"
                            + " (write ~0 for \"~\", ~1 for \"/\")");
            assertThat(error(ODD, "[{'op': 'remove', 'path': '/m~'}]")).startsWith("$.patch[0].path: \"/m~\" has");
        }

        @Test
        void aPointerStartsWithASlash() {
            assertThat(error(DOC, "[{'op': 'remove', 'path': 'a'}]")).isEqualTo("$.patch[0].path: \"a\" is not a JSON"
                    + " Pointer (it starts with \"/\", or is \"\" for the whole document)");
        }

        @Test
        void anArrayIndexIsDigitsWithoutLeadingZeros() {
            assertThat(error(DOC, "[{'op': 'add', 'path': '/list/01', 'value': 1}]"))
                    .isEqualTo("$.patch[0]: path /list/01: \"01\" is not an array index");
            assertThat(error(DOC, "[{'op': 'replace', 'path': '/list/x', 'value': 1}]"))
                    .isEqualTo("$.patch[0]: path /list/x does not exist");
        }
    }

    @Nested
    class Errors {
        @Test
        void nameTheFailingOperationsIndexAndPath() {
            assertThat(error(DOC, "[{'op': 'replace', 'path': '/a', 'value': 2}, {'op': 'remove', 'path': '/list/0'},"
                    + " {'op': 'remove', 'path': '/list/9'}]"))
                    .isEqualTo("$.patch[2]: path /list/9 does not exist");
        }

        @Test
        void theOperationsSeeTheEffectOfTheEarlierOnes() {
            assertThat(error(DOC, "[{'op': 'remove', 'path': '/a'}, {'op': 'replace', 'path': '/a', 'value': 1}]"))
                    .isEqualTo("$.patch[1]: path /a does not exist");
        }

        @Test
        void malformedPatches() {
            assertThat(error(DOC, "{'op': 'remove', 'path': '/a'}"))
                    .isEqualTo("$.patch: a JSON Patch is an array of operations");
            assertThat(error(DOC, "[[]]")).isEqualTo("$.patch[0]: an operation is an object with \"op\" and \"path\"");
            assertThat(error(DOC, "[{'path': '/a'}]")).isEqualTo("$.patch[0]: missing \"op\"");
            assertThat(error(DOC, "[{'op': 'remove'}]")).isEqualTo("$.patch[0]: missing \"path\"");
            assertThat(error(DOC, "[{'op': 'remove', 'path': 1}]")).isEqualTo("$.patch[0].path: a string");
            assertThat(error(DOC, "[{'op': 'delete', 'path': '/a'}]")).isEqualTo(
                    "$.patch[0].op: unknown operation \"delete\" (known: add, remove, replace, move, copy, test)");
            assertThat(error(DOC, "[{'op': 'replace', 'path': '/a', 'vaule': 2}]"))
                    .isEqualTo("$.patch[0].vaule: unknown member (known: op, path, value, from)");
        }

        @Test
        void theInputDocumentIsNeverChanged() {
            JsonNode doc = json(DOC);
            JsonPatch.apply(doc, json("[{'op': 'remove', 'path': '/list/0'}, {'op': 'replace', 'path': '/obj/x',"
                    + " 'value': 'z'}]"));
            assertThat(doc).isEqualTo(json(DOC));
            assertThatThrownBy(() -> JsonPatch.apply(doc, json("[{'op': 'remove', 'path': '/a'},"
                    + " {'op': 'remove', 'path': '/zz'}]"))).isInstanceOf(IllegalArgumentException.class);
            assertThat(doc).isEqualTo(json(DOC));
        }
    }

    /** The "patch" field of a case file, applied to its inspectionFile. */
    @Nested
    class InCaseFiles {
        @TempDir
        Path dir;

        private Path caseFile(String patch) throws IOException {
            Files.createDirectories(dir.resolve("samples"));
            Files.createDirectories(dir.resolve("cases/d2"));
            Files.writeString(dir.resolve("samples/portal.json"), Examples.text(Examples.COUNTY_PORTAL));
            Path file = dir.resolve("cases/d2/x.json");
            Files.writeString(file, ("{'description': 'a patched portal',"
                    + " 'inspectionFile': '../../samples/portal.json', 'patch': " + patch + ","
                    + " 'expect': {'verdict': 'QUALIFIED'}}").replace('\'', '"'));
            return file;
        }

        @Test
        void theCaseScoresTheSampleWithThePatchApplied() throws IOException {
            ScoringCase c = ScoringCase.read(caseFile("[{'op': 'replace', 'path': '/id', 'value': 'patched'},"
                    + " {'op': 'remove', 'path': '/probes/0'}, {'op': 'replace', 'path': '/userSpace', 'value': false}]"));
            WebsiteInspection unpatched = Examples.countyPortal();
            WebsiteInspection w = (WebsiteInspection) c.inspection();
            assertThat(w.id()).isEqualTo("patched");
            assertThat(w.userSpace()).isFalse();
            assertThat(unpatched.userSpace()).isTrue();
            assertThat(w.probes()).hasSize(unpatched.probes().size() - 1)
                    .isEqualTo(unpatched.probes().subList(1, unpatched.probes().size()));
            assertThat(w.columns()).isEqualTo(unpatched.columns());
        }

        @Test
        void anEmptyPatchGivesTheSampleUnchanged() throws IOException {
            assertThat(ScoringCase.read(caseFile("[]")).inspection()).isEqualTo(Examples.countyPortal());
        }

        @Test
        void aPatchErrorNamesTheCaseFileTheOperationAndThePath() throws IOException {
            Path file = caseFile("[{'op': 'replace', 'path': '/id', 'value': 'patched'},"
                    + " {'op': 'remove', 'path': '/probes/0'}, {'op': 'remove', 'path': '/services/items/9'}]");
            assertThatThrownBy(() -> ScoringCase.read(file)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(file + ": $.patch[2]: path /services/items/9 does not exist");
        }
    }
}
