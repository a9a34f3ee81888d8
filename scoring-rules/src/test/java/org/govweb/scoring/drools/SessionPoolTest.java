package org.govweb.scoring.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.govweb.scoring.calendar.WorkingDayCalendar;
import org.govweb.scoring.engine.ScoringException;
import org.govweb.scoring.invariants.RandomInspections;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.testing.Synthetic;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;

/**
 * Sessions come from a pool and are reset when disposed: nothing of one inspection may reach the next,
 * whatever the order, and a session whose rules failed must not spoil the following ones.
 */
class SessionPoolTest {

    @Test
    void theOrderOfInspectionsChangesNoReport() {
        DroolsScoringEngine engine = DroolsScoringEngine.bundled();
        RandomInspections random = new RandomInspections(424242L);
        List<WebsiteInspection> inspections = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            inspections.add(random.inspection(i));
        }
        List<String> forward = new ArrayList<>();
        for (WebsiteInspection w : inspections) {
            forward.add(ScoringJson.write(engine.score(w)));
            ScoringJson.write(engine.score(TestEngine.wechat())); // a new-media session between two websites
        }
        for (int i = inspections.size() - 1; i >= 0; i--) {
            assertThat(ScoringJson.write(engine.score(inspections.get(i)))).as("inspection %d, scored again", i)
                    .isEqualTo(forward.get(i));
        }
        DroolsScoringEngine fresh = DroolsScoringEngine.bundled();
        assertThat(ScoringJson.write(fresh.score(inspections.get(37)))).isEqualTo(forward.get(37));
    }

    @Test
    void aSessionWhoseRuleFailedLeavesNothingBehind() {
        SortedMap<String, String> files = new TreeMap<>(Synthetic.ruleFiles().files());
        files.put("zz-boom.drl", """
                package org.govweb.scoring.rules;
                import org.govweb.scoring.drools.fact.*;
                import org.govweb.scoring.website.*;
                rule "boom" @indicator("D1.1") agenda-group "judge"
                when
                    WebsiteInspection(id.startsWith("boom"))
                then
                    insert(Line.of(drools, "1", "半途", "half-way", "boom"));
                    throw new IllegalStateException("boom");
                end
                """);
        DroolsScoringEngine engine = DroolsScoringEngine.create(
                RuleSetLoader.loadPartial(new RuleFiles(files, "test")), WorkingDayCalendar.bundled());
        WebsiteInspection base = TestEngine.countyPortal();
        String clean = ScoringJson.write(engine.score(base.toBuilder().id("D1.1=2").build()));

        for (int i = 0; i < 5; i++) {
            WebsiteInspection boom = base.toBuilder().id("boom,D1.1=3").build();
            assertThatThrownBy(() -> engine.score(boom)).isInstanceOf(ScoringException.class).hasMessageContaining("boom");
            assertThat(ScoringJson.write(engine.score(base.toBuilder().id("D1.1=2").build()))).isEqualTo(clean);
        }
    }
}
