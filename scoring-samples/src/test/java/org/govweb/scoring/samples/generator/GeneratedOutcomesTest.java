package org.govweb.scoring.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated inspections scored by the bundled rules land in every outcome: vetoed, below the
 * threshold, qualified without and with the bonus stage, and units without a public-service function.
 */
class GeneratedOutcomesTest {

    /** Every group of the checklist: until all are written, Part 2 is not out of 100 and the bands mean little. */
    private static final Set<String> ALL_GROUPS = Set.of("VW", "D1", "D2", "D3", "D4", "B1", "B2", "B3", "B4", "B5");

    private static ScoringEngine engine;

    @BeforeAll
    static void engine() {
        engine = ScoringEngine.bundled();
    }

    /** The outcome bands the test tells apart. */
    private enum Band { VETOED, BELOW_THRESHOLD, QUALIFIED, BONUS_STAGE }

    private static Band band(ScoreReport r) {
        if (r.reason() == VerdictReason.VETO) {
            return Band.VETOED;
        }
        if (r.reason() == VerdictReason.BELOW_60) {
            return Band.BELOW_THRESHOLD;
        }
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        return r.part3() == null ? Band.QUALIFIED : Band.BONUS_STAGE;
    }

    @Test
    void everySiteAimedAtAVetoIsVetoed() {
        for (boolean publicService : new boolean[] {true, false}) {
            for (int i = 0; i < 30; i++) {
                WebsiteInspection w = InspectionGenerator.website(31, i, SiteSize.SMALL, OutcomeAim.VETOED, publicService);
                ScoreReport r = engine.score(w);
                assertThat(r.reason()).as("%s", w.id()).isEqualTo(VerdictReason.VETO);
                assertThat(r.vetoes()).isNotEmpty();
            }
        }
    }

    @Test
    void accountsAreMostlyQualifiedAndSomeVetoed() {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        InspectionGenerator.stream(12, 0, 200, SizeMix.national())
                .forEach(i -> verdicts.merge(((ScoreReport) engine.score(i)).verdict(), 1, Integer::sum));
        // about one account in five carries a veto condition
        assertThat(verdicts.get(Verdict.UNQUALIFIED)).isBetween(20, 70);
        assertThat(verdicts.get(Verdict.QUALIFIED)).isBetween(130, 180);
    }

    @Test
    void aStreamOfWebsitesLandsInEveryBandWithAndWithoutPublicService() {
        Set<String> groups = engine.catalogue().stream().filter(i -> i.group() == null).map(IndicatorInfo::id)
                .collect(Collectors.toSet());
        Assumptions.assumeTrue(groups.containsAll(ALL_GROUPS),
                "the rule files do not yet declare every group of the checklist: " + groups);
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        Map<Band, Integer> noService = new EnumMap<>(Band.class);
        for (Inspection i : InspectionGenerator.stream(2019, 120, 0, SizeMix.only(SiteSize.SMALL)).toList()) {
            Band b = band(engine.score((WebsiteInspection) i));
            bands.merge(b, 1, Integer::sum);
            if (!((WebsiteInspection) i).site().publicService()) {
                noService.merge(b, 1, Integer::sum);
            }
        }
        assertThat(bands).containsKeys(Band.values());
        assertThat(bands.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
        assertThat(noService.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void mostSitesLandWhereTheyWereAimed() {
        Set<String> groups = engine.catalogue().stream().filter(i -> i.group() == null).map(IndicatorInfo::id)
                .collect(Collectors.toSet());
        Assumptions.assumeTrue(groups.containsAll(ALL_GROUPS),
                "the rule files do not yet declare every group of the checklist: " + groups);
        for (OutcomeAim aim : OutcomeAim.values()) {
            for (boolean publicService : new boolean[] {true, false}) {
                int hit = 0;
                for (int i = 0; i < 10; i++) {
                    ScoreReport r = engine.score(InspectionGenerator.website(5, i, SiteSize.SMALL, aim, publicService));
                    hit += band(r).name().equals(aim.name()) ? 1 : 0;
                }
                assertThat(hit).as("%s, public service %s: sites landing in the band aimed at, of 10", aim, publicService)
                        .isGreaterThanOrEqualTo(7);
            }
        }
    }
}
