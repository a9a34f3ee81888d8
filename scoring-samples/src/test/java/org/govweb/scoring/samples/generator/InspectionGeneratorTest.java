package org.govweb.scoring.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.validation.InspectionValidator;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.Probe;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generator: deterministic, lazy, exact sizes, valid input, the national mix. */
class InspectionGeneratorTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:org/govweb/scoring/json/inspection.schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private static List<String> json(long seed, int websites, int accounts, SizeMix mix) {
        return InspectionGenerator.stream(seed, websites, accounts, mix).map(ScoringJson::write).toList();
    }

    @Test
    void theSameSeedGivesTheSameInspectionsAndAnotherSeedOthers() {
        List<String> first = json(42, 12, 6, SizeMix.only(SiteSize.SMALL));
        assertThat(json(42, 12, 6, SizeMix.only(SiteSize.SMALL))).isEqualTo(first);
        List<String> other = json(43, 12, 6, SizeMix.only(SiteSize.SMALL));
        for (int i = 0; i < first.size(); i++) {
            assertThat(other.get(i)).as("inspection %d", i).isNotEqualTo(first.get(i));
        }
    }

    @Test
    void anInspectionDependsOnlyOnSeedIndexAndMixNotOnWhatCameBefore() {
        SizeMix mix = SizeMix.national();
        Inspection tenth = InspectionGenerator.stream(5, 30, 20, mix).skip(10).findFirst().orElseThrow();
        assertThat(ScoringJson.write(tenth)).isEqualTo(ScoringJson.write(InspectionGenerator.website(5, 10, mix)));
        Inspection account = InspectionGenerator.stream(5, 30, 20, mix).skip(33).findFirst().orElseThrow();
        assertThat(ScoringJson.write(account)).isEqualTo(ScoringJson.write(InspectionGenerator.account(5, 3)));
    }

    @Test
    void streamsAreLazyAndOrderedWebsitesFirst() {
        // a stream of a billion inspections: only those taken are ever built
        List<Inspection> taken = InspectionGenerator.stream(1, 2, 1_000_000_000, SizeMix.only(SiteSize.SMALL))
                .limit(3).toList();
        assertThat(taken).hasSize(3);
        assertThat(taken.get(0)).isInstanceOf(WebsiteInspection.class);
        assertThat(taken.get(1)).isInstanceOf(WebsiteInspection.class);
        assertThat(taken.get(2)).isInstanceOf(NewMediaInspection.class);
        assertThat(InspectionGenerator.stream(1, 0, 0, SizeMix.national()).count()).isZero();
        assertThatThrownBy(() -> InspectionGenerator.stream(1, -1, 0, SizeMix.national()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(SiteSize.class)
    void everySizeHasExactlyItsCounts(SiteSize size) {
        for (OutcomeAim aim : List.of(OutcomeAim.BONUS_STAGE, OutcomeAim.QUALIFIED, OutcomeAim.BELOW_THRESHOLD)) {
            WebsiteInspection w = InspectionGenerator.website(11, aim.ordinal(), size, aim, true);
            assertThat(w.columns()).as("columns").hasSize(size.columns());
            assertThat(datedPublications(w)).as("dated publications").isEqualTo(size.datedPublications());
            assertThat(w.interaction().messages()).as("messages").hasSize(size.messages());
            assertThat(w.services().items()).as("service items").hasSize(size.serviceItems());
            assertThat(w.design().links()).as("links").hasSize(size.links());
            assertThat(w.probes()).as("probes").hasSize(2016).hasSize(size.probes());
            // the probe week: the 7 days ending on the monitoring date, 288 probes a day
            LocalDate md = w.monitoringDate();
            assertThat(w.probes()).allSatisfy(p -> assertThat(p.at().toLocalDate()).isBetween(md.minusDays(6), md));
            Map<LocalDate, Integer> perDay = new java.util.TreeMap<>();
            for (Probe p : w.probes()) {
                perDay.merge(p.at().toLocalDate(), 1, Integer::sum);
            }
            assertThat(perDay).hasSize(7).allSatisfy((day, n) -> assertThat(n).isEqualTo(288));
        }
        WebsiteInspection noService = InspectionGenerator.website(11, 9, size, OutcomeAim.QUALIFIED, false);
        assertThat(noService.site().publicService()).isFalse();
        assertThat(noService.services().items()).isEmpty();
        assertThat(noService.columns()).hasSize(size.columns());
        assertThat(datedPublications(noService)).isEqualTo(size.datedPublications());
    }

    private static int datedPublications(WebsiteInspection w) {
        int n = 0;
        for (Publication p : w.homepage().publications()) {
            n += p.publishedOn() != null ? 1 : 0;
        }
        for (Column c : w.columns()) {
            for (Publication p : c.publications()) {
                n += p.publishedOn() != null ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void hundredsOfGeneratedInspectionsPassTheValidator() {
        int[] counts = {0, 0};
        InspectionGenerator.stream(2024, 240, 120, SizeMix.national()).forEach(i -> {
            assertThat(InspectionValidator.validate(i)).as("problems of %s", i.id()).isEmpty();
            counts[i instanceof WebsiteInspection ? 0 : 1]++;
        });
        assertThat(counts).containsExactly(240, 120);
    }

    @Test
    void everyAimAndEveryVetoOfBothKindsOfUnitPassesTheValidator() {
        int n = 0;
        for (OutcomeAim aim : OutcomeAim.values()) {
            for (boolean publicService : new boolean[] {true, false}) {
                // vetoes are drawn among 9 kinds: 40 indices cover them all many times over
                for (int i = 0; i < 40; i++) {
                    WebsiteInspection w = InspectionGenerator.website(77, i, SiteSize.SMALL, aim, publicService);
                    assertThat(InspectionValidator.validate(w)).as("%s %s #%d", aim, publicService, i).isEmpty();
                    n++;
                }
            }
        }
        assertThat(n).isEqualTo(320);
    }

    @Test
    void writtenJsonMatchesTheSchemaAndReadsBackEqual() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        List<Inspection> sample = new ArrayList<>(InspectionGenerator.stream(8, 6, 4, SizeMix.only(SiteSize.SMALL)).toList());
        sample.add(InspectionGenerator.website(8, 0, SiteSize.MEDIAN, OutcomeAim.VETOED, true));
        for (Inspection i : sample) {
            String text = ScoringJson.write(i);
            assertThat(SCHEMA.validate(plain.readTree(text))).as("schema errors of %s", i.id()).isEmpty();
            assertThat(ScoringJson.readInspection(text)).isEqualTo(i);
        }
    }

    @Test
    void theNationalMixIsSeventyTwentyFiveFive() {
        SizeMix national = SizeMix.national();
        SplittableRandom r = new SplittableRandom(3);
        Map<SiteSize, Integer> counts = new EnumMap<>(SiteSize.class);
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(national.draw(r), 1, Integer::sum);
        }
        assertThat(counts.get(SiteSize.SMALL) / (double) draws).isBetween(0.69, 0.71);
        assertThat(counts.get(SiteSize.MEDIAN) / (double) draws).isBetween(0.24, 0.26);
        assertThat(counts.get(SiteSize.LARGE) / (double) draws).isBetween(0.045, 0.055);
        assertThat(SizeMix.parse("National")).isEqualTo(national);
        assertThat(SizeMix.parse("large")).isEqualTo(SizeMix.only(SiteSize.LARGE));
        assertThatThrownBy(() -> SizeMix.parse("huge")).hasMessageContaining("unknown mix 'huge'");
        // a single-size mix only ever draws that size
        SizeMix median = SizeMix.only(SiteSize.MEDIAN);
        for (int i = 0; i < 1000; i++) {
            assertThat(median.draw(r)).isEqualTo(SiteSize.MEDIAN);
        }
    }

    @Test
    void aStreamOfOneSizeHasOnlySitesOfThatSize() {
        InspectionGenerator.stream(4, 25, 0, SizeMix.only(SiteSize.SMALL)).forEach(i ->
                assertThat(((WebsiteInspection) i).columns()).hasSize(SiteSize.SMALL.columns()));
    }

    @Test
    void namesAreChinese() {
        WebsiteInspection w = InspectionGenerator.website(3, 1, SiteSize.SMALL, OutcomeAim.QUALIFIED, true);
        assertThat(w.site().name()).matches(".*\\p{IsHan}{2,}.*");
        assertThat(w.columns()).allSatisfy(c -> assertThat(c.name()).matches(".*\\p{IsHan}.*"));
        assertThat(w.services().items()).allSatisfy(s -> assertThat(s.name()).matches("\\p{IsHan}+"));
    }
}
