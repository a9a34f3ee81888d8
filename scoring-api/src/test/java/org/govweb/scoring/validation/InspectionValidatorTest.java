package org.govweb.scoring.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.testing.Examples;
import org.govweb.scoring.testing.JsonEdit;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectionValidatorTest {

    private static final String WEBSITE = Examples.text(Examples.COUNTY_PORTAL);
    private static final String NEW_MEDIA = Examples.text(Examples.WECHAT);
    private static final String ANNUAL = Examples.text(Examples.ANNUAL_UNIT);

    /** The website example with one edit; monitoring date 2019-12-18. */
    private static List<InputProblem> website(String path, String valueJson) {
        return InspectionValidator.validate(ScoringJson.readWebsite(JsonEdit.set(WEBSITE, path, valueJson)));
    }

    private static List<InputProblem> website(String json) {
        return InspectionValidator.validate(ScoringJson.readWebsite(json));
    }

    private static InputProblem problem(String path, String message) {
        return new InputProblem(path, message);
    }

    @Test
    void theExamplesAreValid() {
        assertThat(InspectionValidator.validate(Examples.countyPortal())).isEmpty();
        assertThat(InspectionValidator.validate(Examples.wechat())).isEmpty();
        assertThat(InspectionValidator.validate(Examples.annualUnit())).isEmpty();
        assertThatCode(() -> InspectionValidator.requireValid(Examples.countyPortal())).doesNotThrowAnyException();
        assertThatCode(() -> InspectionValidator.requireValid(Examples.wechat())).doesNotThrowAnyException();
        assertThatCode(() -> InspectionValidator.requireValid(Examples.annualUnit())).doesNotThrowAnyException();
    }

    @Nested
    class DatesNotAfterTheMonitoringDate {

        @Test
        void aPublicationOneDayAfter() {
            assertThat(website("$.columns[3].publications[0].publishedOn", "\"2019-12-19\"")).containsExactly(
                    problem("$.columns[3].publications[0].publishedOn", "2019-12-19 is after the monitoring date 2019-12-18"));
        }

        @Test
        void aPublicationOnTheMonitoringDateIsFine() {
            assertThat(website("$.columns[3].publications[0].publishedOn", "\"2019-12-18\"")).isEmpty();
        }

        @Test
        void aProbeAfterTheMonitoringDay() {
            assertThat(website("$.probes[7].at", "\"2019-12-19T00:00:00\"")).containsExactly(
                    problem("$.probes[7].at", "2019-12-19 is after the monitoring date 2019-12-18"));
            assertThat(website("$.probes[7].at", "\"2019-12-18T23:59:59\"")).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
            "$.homepage.publications[2].publishedOn",
            "$.policyDocuments[1].publishedOn",
            "$.interpretations[2].publishedOn",
            "$.services.statistics.lastUpdatedOn",
            "$.interaction.messages[5].submittedOn",
            "$.interaction.errorReports[0].repliedOn",
            "$.interaction.liveTest.answeredOn",
            "$.interaction.surveys[3].feedbackPublishedOn",
            "$.interaction.surveys[3].endedOn",
            "$.dataRelease.visualisedOn[0]",
        })
        void everyDateOfTheWebsiteFormat(String path) {
            assertThat(website(path, "\"2019-12-19\""))
                    .contains(problem(path, "2019-12-19 is after the monitoring date 2019-12-18"));
        }

        @Test
        void incidentFoundOn() {
            String json = JsonEdit.append(WEBSITE, "$.incidents",
                    "{\"id\":\"i1\",\"kind\":\"SERIOUS_MISSTATEMENT\",\"foundOn\":\"2020-01-01\"}");
            assertThat(website(json)).containsExactly(
                    problem("$.incidents[0].foundOn", "2020-01-01 is after the monitoring date 2019-12-18"));
        }

        @Test
        void newMediaPostsAndIncidents() {
            String json = JsonEdit.set(NEW_MEDIA, "$.posts[2].publishedOn", "\"2019-12-19\"");
            json = JsonEdit.append(json, "$.incidents", "{\"id\":\"i1\",\"kind\":\"HARMFUL_CONTENT\",\"foundOn\":\"2019-12-20\"}");
            assertThat(InspectionValidator.validate(ScoringJson.readNewMedia(json))).containsExactly(
                    problem("$.incidents[0].foundOn", "2019-12-20 is after the monitoring date 2019-12-18"),
                    problem("$.posts[2].publishedOn", "2019-12-19 is after the monitoring date 2019-12-18"));
        }
    }

    @Nested
    class Order {

        @Test
        void replyBeforeSubmission() {
            assertThat(website("$.interaction.messages[0].repliedOn", "\"2019-11-07\"")).containsExactly(
                    problem("$.interaction.messages[0].repliedOn", "2019-11-07 is before submittedOn 2019-11-08"));
        }

        @Test
        void replyOnTheDayOfSubmissionIsFine() {
            assertThat(website("$.interaction.messages[0].repliedOn", "\"2019-11-08\"")).isEmpty();
        }

        @Test
        void publishedBeforeSubmission() {
            assertThat(website("$.interaction.messages[1].publishedOn", "\"2019-11-17\"")).containsExactly(
                    problem("$.interaction.messages[1].publishedOn", "2019-11-17 is before submittedOn 2019-11-18"));
        }

        @Test
        void errorReportReplyBeforeSubmission() {
            assertThat(website("$.interaction.errorReports[1].repliedOn", "\"2019-09-26\"")).containsExactly(
                    problem("$.interaction.errorReports[1].repliedOn", "2019-09-26 is before submittedOn 2019-09-27"));
            assertThat(website("$.interaction.errorReports[1].repliedOn", "\"2019-09-27\"")).isEmpty();
        }

        @Test
        void liveTestAnsweredBeforeAsked() {
            assertThat(website("$.interaction.liveTest.answeredOn", "\"2019-12-09\"")).containsExactly(
                    problem("$.interaction.liveTest.answeredOn", "2019-12-09 is before askedOn 2019-12-10"));
            assertThat(website("$.interaction.liveTest.answeredOn", "\"2019-12-10\"")).isEmpty();
        }

        @Test
        void surveyEndedOrFedBackBeforeItStarted() {
            assertThat(website("$.interaction.surveys[0].endedOn", "\"2019-02-20\"")).containsExactly(
                    problem("$.interaction.surveys[0].endedOn", "2019-02-20 is before startedOn 2019-02-21"));
            assertThat(website("$.interaction.surveys[0].feedbackPublishedOn", "\"2019-02-20\"")).containsExactly(
                    problem("$.interaction.surveys[0].feedbackPublishedOn", "2019-02-20 is before startedOn 2019-02-21"));
            assertThat(website("$.interaction.surveys[0].endedOn", "\"2019-02-21\"")).isEmpty();
        }
    }

    @Nested
    class Ids {

        @Test
        void duplicateColumnId() {
            assertThat(website("$.columns[1].id", "\"gk\"")).containsExactly(
                    problem("$.columns[1].id", "duplicate id 'gk' (also at $.columns[0].id)"));
        }

        @Test
        void duplicatePublicationIdAcrossHomepageAndColumns() {
            assertThat(website("$.columns[4].publications[1].id", "\"home-1\"")).containsExactly(
                    problem("$.columns[4].publications[1].id", "duplicate id 'home-1' (also at $.homepage.publications[1].id)"));
            assertThat(website("$.columns[4].publications[1].id", "\"yw-3\"")).containsExactly(
                    problem("$.columns[4].publications[1].id", "duplicate id 'yw-3' (also at $.columns[3].publications[3].id)"));
        }

        @ParameterizedTest
        @CsvSource({
            "$.findings, '{\"id\":\"f1\",\"indicator\":\"D1.1\"}', $.findings[1].id, 'duplicate id ''f1'' (also at $.findings[0].id)'",
            "$.policyDocuments, '{\"id\":\"doc2\",\"title\":\"t\",\"publishedOn\":\"2019-01-01\",\"issuedBySelf\":false,\"broadImpact\":false,\"linkedInterpretationIds\":[]}', $.policyDocuments[3].id, 'duplicate id ''doc2'' (also at $.policyDocuments[1].id)'",
            "$.interpretations, '{\"id\":\"int3\",\"title\":\"t\",\"publishedOn\":\"2019-01-01\",\"documentId\":null,\"linksToDocument\":false,\"forms\":[]}', $.interpretations[3].id, 'duplicate id ''int3'' (also at $.interpretations[2].id)'",
            "$.services.items, '{\"id\":\"s7\",\"name\":\"n\",\"guide\":null}', $.services.items[7].id, 'duplicate id ''s7'' (also at $.services.items[6].id)'",
            "$.interaction.errorReports, '{\"id\":\"e1\",\"submittedOn\":\"2019-12-01\",\"repliedOn\":null,\"replyQuality\":\"OK\"}', $.interaction.errorReports[2].id, 'duplicate id ''e1'' (also at $.interaction.errorReports[0].id)'",
            "$.interaction.surveys, '{\"id\":\"sv5\",\"online\":true,\"startedOn\":\"2019-12-01\",\"endedOn\":null,\"feedbackPublishedOn\":null}', $.interaction.surveys[6].id, 'duplicate id ''sv5'' (also at $.interaction.surveys[5].id)'",
            "$.design.search.tests, '{\"id\":\"t1\",\"title\":\"x\",\"fromSubordinateSite\":false,\"foundOnFirstPage\":true}', $.design.search.tests[6].id, 'duplicate id ''t1'' (also at $.design.search.tests[0].id)'",
            "$.incidents, '{\"id\":\"i\",\"kind\":\"FALSIFICATION\"}', , ",
        })
        void duplicateIdsInEveryList(String list, String item, String path, String message) {
            String json = JsonEdit.append(WEBSITE, list, item);
            if (path == null) {
                assertThat(website(json)).isEmpty();
                json = JsonEdit.append(json, list, item);
                assertThat(website(json)).containsExactly(problem(list + "[1].id", "duplicate id 'i' (also at " + list + "[0].id)"));
            } else {
                assertThat(website(json)).containsExactly(problem(path, message));
            }
        }

        @Test
        void duplicateMessageId() {
            assertThat(website("$.interaction.messages[3].id", "\"m1\"")).containsExactly(
                    problem("$.interaction.messages[3].id", "duplicate id 'm1' (also at $.interaction.messages[1].id)"));
        }

        @Test
        void sameIdInDifferentListsIsFine() {
            assertThat(website("$.findings[0].id", "\"gk\"")).isEmpty();
        }

        @Test
        void emptyId() {
            assertThat(website("$.findings[0].id", "\"\"")).containsExactly(problem("$.findings[0].id", "must not be empty"));
        }

        @Test
        void newMediaAndAnnualIds() {
            String nm = JsonEdit.set(NEW_MEDIA, "$.posts[4].id", "\"p0\"");
            nm = JsonEdit.append(nm, "$.falsification", "{\"id\":\"x\",\"kind\":\"OTHER\"}");
            nm = JsonEdit.append(nm, "$.falsification", "{\"id\":\"x\",\"kind\":\"FORCED_LIKES\"}");
            assertThat(InspectionValidator.validate(ScoringJson.readNewMedia(nm))).containsExactly(
                    problem("$.falsification[1].id", "duplicate id 'x' (also at $.falsification[0].id)"),
                    problem("$.posts[4].id", "duplicate id 'p0' (also at $.posts[0].id)"));
            String annual = JsonEdit.set(ANNUAL, "$.checks[2].id", "\"c1\"");
            annual = JsonEdit.append(annual, "$.falsification", "{\"id\":\"a\"}");
            annual = JsonEdit.append(annual, "$.falsification", "{\"id\":\"a\"}");
            assertThat(InspectionValidator.validate(ScoringJson.readAnnual(annual))).containsExactly(
                    problem("$.checks[2].id", "duplicate id 'c1' (also at $.checks[0].id)"),
                    problem("$.falsification[1].id", "duplicate id 'a' (also at $.falsification[0].id)"));
        }

        @Test
        void controlCharactersInListIds() {
            String nm = JsonEdit.set(NEW_MEDIA, "$.posts[1].id", "\"p\\u0007x\"");
            nm = JsonEdit.set(nm, "$.posts[2].id", "\"\u53d1\u5e03\\u202e\"");
            nm = JsonEdit.set(nm, "$.posts[3].id", "\"p\\u0007x\"");
            nm = JsonEdit.set(nm, "$.posts[4].id", "\"\u53d1\u5e03-\u00e9\\u009f\"");
            assertThat(InspectionValidator.validate(ScoringJson.readNewMedia(nm))).containsExactly(
                    problem("$.posts[1].id", "must not contain control characters (U+0007 at 1)"),
                    problem("$.posts[2].id", "must not contain control characters (U+202E at 2)"),
                    problem("$.posts[3].id", "must not contain control characters (U+0007 at 1)"),
                    problem("$.posts[3].id", "duplicate id 'p\u0007x' (also at $.posts[1].id)"),
                    problem("$.posts[4].id", "must not contain control characters (U+009F at 4)"));
            String fine = JsonEdit.set(NEW_MEDIA, "$.posts[1].id", "\"\u53d1\u5e03-\u00e9 ~\"");
            assertThat(InspectionValidator.validate(ScoringJson.readNewMedia(fine))).isEmpty();
        }
    }

    @Nested
    class References {

        @Test
        void danglingColumnId() {
            assertThat(website("$.interaction.messages[2].columnId", "\"nope\"")).containsExactly(
                    problem("$.interaction.messages[2].columnId", "unknown column 'nope'"));
        }

        @Test
        void messageInAnotherExistingColumnIsFine() {
            assertThat(website("$.interaction.messages[2].columnId", "\"dc\"")).isEmpty();
        }

        @Test
        void danglingDocumentId() {
            assertThat(website("$.interpretations[1].documentId", "\"doc9\"")).containsExactly(
                    problem("$.interpretations[1].documentId", "unknown policy document 'doc9'"));
            assertThat(website("$.interpretations[1].documentId", "null")).isEmpty();
        }

        @Test
        void danglingLinkedInterpretation() {
            assertThat(website("$.policyDocuments[0].linkedInterpretationIds[0]", "\"int9\"")).containsExactly(
                    problem("$.policyDocuments[0].linkedInterpretationIds[0]", "unknown interpretation 'int9'"));
        }
    }

    @Nested
    class Contradictions {

        @Test
        void negativeResponseTime() {
            assertThat(website("$.probes[4].responseMillis", "-1")).containsExactly(
                    problem("$.probes[4].responseMillis", "must not be negative"));
            assertThat(website("$.probes[4].responseMillis", "0")).isEmpty();
        }

        @Test
        void unpublishedMessageWithPublishedFieldsOrDate() {
            String json = JsonEdit.set(WEBSITE, "$.interaction.messages[5].publishedFields", "[\"SUBMITTED_ON\"]");
            json = JsonEdit.set(json, "$.interaction.messages[5].publishedOn", "\"2019-12-16\"");
            assertThat(website(json)).containsExactly(
                    problem("$.interaction.messages[5].publishedFields", "must be empty when published is false"),
                    problem("$.interaction.messages[5].publishedOn", "must be null when published is false"));
        }

        @Test
        void publishedMessageWithoutDate() {
            assertThat(website("$.interaction.messages[0].publishedOn", "null")).containsExactly(
                    problem("$.interaction.messages[0].publishedOn", "must not be null when published is true"));
        }

        @Test
        void appWithoutUsability() {
            String app = JsonEdit.set(NEW_MEDIA, "$.account.platform", "\"APP\"");
            assertThat(InspectionValidator.validate(ScoringJson.readNewMedia(app))).containsExactly(
                    problem("$.appUsable", "must be true or false for an APP"));
            assertThat(InspectionValidator.validate(ScoringJson.readNewMedia(JsonEdit.set(app, "$.appUsable", "false"))))
                    .isEmpty();
        }

        @Test
        void usabilityOnOtherPlatformsIsAllowed() {
            NewMediaInspection n = ScoringJson.readNewMedia(JsonEdit.set(NEW_MEDIA, "$.appUsable", "true"));
            assertThat(InspectionValidator.validate(n)).isEmpty();
        }

        @Test
        void qualifiedCheckWithSeriousMisstatement() {
            AnnualAssessment a = ScoringJson.readAnnual(JsonEdit.set(ANNUAL, "$.checks[0].seriousMisstatement", "true"));
            assertThat(InspectionValidator.validate(a)).containsExactly(
                    problem("$.checks[0].seriousMisstatement", "must be false when qualified is true"));
            AnnualAssessment unqualified = ScoringJson.readAnnual(JsonEdit.set(ANNUAL, "$.checks[1].seriousMisstatement", "true"));
            assertThat(InspectionValidator.validate(unqualified)).isEmpty();
        }

        @Test
        void checkOutsideTheYear() {
            String json = JsonEdit.set(ANNUAL, "$.checks[0].checkedOn", "\"2018-12-31\"");
            json = JsonEdit.set(json, "$.checks[2].checkedOn", "\"2020-01-01\"");
            assertThat(InspectionValidator.validate(ScoringJson.readAnnual(json))).containsExactly(
                    problem("$.checks[0].checkedOn", "2018-12-31 is outside the year 2019"),
                    problem("$.checks[2].checkedOn", "2020-01-01 is outside the year 2019"));
            String edges = JsonEdit.set(JsonEdit.set(ANNUAL, "$.checks[0].checkedOn", "\"2019-01-01\""),
                    "$.checks[2].checkedOn", "\"2019-12-31\"");
            assertThat(InspectionValidator.validate(ScoringJson.readAnnual(edges))).isEmpty();
        }
    }

    @Nested
    class SampledFor {

        @Test
        void serviceItemNamingAnIndicatorThatDoesNotSampleIt() {
            assertThat(website("$.services.items[0].sampledFor[1]", "\"D1.7\"")).containsExactly(
                    problem("$.services.items[0].sampledFor[1]",
                            "'D1.7' does not sample service items (allowed: D2.4, D2.5, D2.6, B2.3)"));
        }

        @ParameterizedTest
        @CsvSource({
            "$.policyDocuments[0], D1.7, D1.8, 'policy documents (allowed: D1.7)'",
            "$.interpretations[0], B1.2, D1.7, 'interpretations (allowed: D1.8, B1.2)'",
            "$.interpretations[1], D1.8, B2.3, 'interpretations (allowed: D1.8, B1.2)'",
            "$.services.items[6], B2.3, D3.3, 'service items (allowed: D2.4, D2.5, D2.6, B2.3)'",
            "$.interaction.messages[0], D3.3, D3.4, 'messages (allowed: D3.3)'",
            "$.design.search.tests[4], B4.1, D4.8, 'search tests (allowed: D4.6, B4.1)'",
            "$.design.search.tests[0], D4.6, B4.2, 'search tests (allowed: D4.6, B4.1)'",
            "$.design.pageTags[0], D4.8, D4.6, 'page tags (allowed: D4.8)'",
        })
        void eachPopulationAcceptsOnlyItsIndicators(String item, String allowed, String wrong, String tail) {
            assertThat(website(item + ".sampledFor", "[\"" + allowed + "\"]")).isEmpty();
            assertThat(website(item + ".sampledFor", "[\"" + allowed + "\", \"" + wrong + "\"]")).containsExactly(
                    problem(item + ".sampledFor[1]", "'" + wrong + "' does not sample " + tail));
        }
    }

    @Nested
    class Reporting {

        @Test
        void problemsAreSortedByPathWithIndicesAsNumbers() {
            String json = JsonEdit.set(WEBSITE, "$.columns[10].publications[0].publishedOn", "\"2019-12-20\"");
            json = JsonEdit.set(json, "$.columns[2].publications[0].publishedOn", "\"2019-12-20\"");
            json = JsonEdit.set(json, "$.probes[100].responseMillis", "-5");
            json = JsonEdit.set(json, "$.probes[9].responseMillis", "-5");
            json = JsonEdit.set(json, "$.interaction.messages[0].columnId", "\"x\"");
            assertThat(website(json)).extracting(InputProblem::path).containsExactly(
                    "$.columns[2].publications[0].publishedOn",
                    "$.columns[10].publications[0].publishedOn",
                    "$.interaction.messages[0].columnId",
                    "$.probes[9].responseMillis",
                    "$.probes[100].responseMillis");
        }

        @Test
        void requireValidThrowsWithEveryProblem() {
            String json = JsonEdit.set(WEBSITE, "$.interaction.messages[2].columnId", "\"nope\"");
            json = JsonEdit.set(json, "$.probes[4].responseMillis", "-1");
            WebsiteInspection w = ScoringJson.readWebsite(json);
            InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                    () -> InspectionValidator.requireValid(w));
            assertThat(e.problems()).containsExactly(
                    problem("$.interaction.messages[2].columnId", "unknown column 'nope'"),
                    problem("$.probes[4].responseMillis", "must not be negative"));
            assertThat(e.getMessage()).isEqualTo("invalid input (2 problems): "
                    + "$.interaction.messages[2].columnId: unknown column 'nope'; $.probes[4].responseMillis: must not be negative");
        }

        @Test
        void requireValidDispatchesOnTheType() {
            AnnualAssessment a = ScoringJson.readAnnual(JsonEdit.set(ANNUAL, "$.checks[0].checkedOn", "\"2020-01-01\""));
            InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class,
                    () -> InspectionValidator.requireValid(a));
            assertThat(e.problems()).containsExactly(problem("$.checks[0].checkedOn", "2020-01-01 is outside the year 2019"));
            assertThat(InspectionValidator.validate((org.govweb.scoring.Inspection) Examples.wechat())).isEmpty();
        }
    }
}
