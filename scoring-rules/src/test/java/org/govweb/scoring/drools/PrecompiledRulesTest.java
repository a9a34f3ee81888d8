package org.govweb.scoring.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.calendar.WorkingDayCalendar;
import org.govweb.scoring.invariants.RandomInspections;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled rules compiled at build time: used only for exactly those files, and scoring exactly alike. */
class PrecompiledRulesTest {

    private static DroolsScoringEngine precompiled;
    private static DroolsScoringEngine compiled;

    @BeforeAll
    static void engines() {
        precompiled = DroolsScoringEngine.create(RuleSetLoader.load(RuleFiles.bundled()), WorkingDayCalendar.bundled());
        compiled = DroolsScoringEngine.create(RuleSetLoader.loadCompiled(RuleFiles.bundled()),
                WorkingDayCalendar.bundled());
    }

    @Test
    void theBuildCompiledTheBundledRules() {
        assertThat(PrecompiledRules.read(RuleFiles.bundled().identity().sha256())).isPresent();
    }

    @Test
    void editedRulesAreCompiledNeverTakenFromTheBuild() {
        RuleFiles bundled = RuleFiles.bundled();
        TreeMap<String, String> edited = new TreeMap<>(bundled.files());
        edited.computeIfPresent("D4-design.drl", (k, v) -> v.replace("\"0.2\"", "\"0.3\""));
        assertThat(edited).isNotEqualTo(bundled.files());

        assertThat(PrecompiledRules.read(new RuleFiles(edited, "edited").identity().sha256())).isEmpty();
    }

    @Test
    void theSameFilesFromADirectoryAreTheSameRules() {
        RuleFiles copy = new RuleFiles(new TreeMap<>(RuleFiles.bundled().files()), "/some/directory");
        assertThat(PrecompiledRules.read(copy.identity().sha256())).isPresent();
    }

    @Test
    void bothDeclareTheSameRulesCatalogueAndIdentity() {
        RuleSet a = precompiled.currentRuleSet();
        RuleSet b = compiled.currentRuleSet();
        assertThat(a.rulesByIndicator()).isEqualTo(b.rulesByIndicator());
        assertThat(a.catalogue()).isEqualTo(b.catalogue());
        assertThat(a.catalogueFacts()).isEqualTo(b.catalogueFacts());
        assertThat(a.identity()).isEqualTo(b.identity());
        assertThat(a.globals()).isEqualTo(b.globals());
    }

    @Test
    void randomInspectionsScoreByteForByteAlike() {
        RandomInspections random = new RandomInspections(20261125L);
        for (int i = 0; i < 300; i++) {
            WebsiteInspection w = random.inspection(i);
            assertThat(ScoringJson.write(precompiled.score(w))).as("random inspection %d", i)
                    .isEqualTo(ScoringJson.write(compiled.score(w)));
        }
    }

    @Test
    void theSpecExamplesScoreByteForByteAlike() throws IOException {
        for (String name : List.of("website-county-portal", "newmedia-wechat", "annual-unit")) {
            Inspection inspection;
            try (InputStream in = getClass().getResourceAsStream("/examples/" + name + ".json")) {
                inspection = ScoringJson.readInspection(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(write(precompiled, inspection)).as(name).isEqualTo(write(compiled, inspection));
        }
    }

    private static String write(DroolsScoringEngine engine, Inspection inspection) {
        if (inspection instanceof WebsiteInspection w) {
            return ScoringJson.write(engine.score(w));
        }
        if (inspection instanceof NewMediaInspection n) {
            return ScoringJson.write(engine.score(n));
        }
        return ScoringJson.write(engine.assess((AnnualAssessment) inspection));
    }
}
