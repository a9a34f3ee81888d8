package org.govweb.scoring.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.testing.TestEngine;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.InterpretationForm;
import org.govweb.scoring.website.PolicyDocument;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers live in the rule files: an analyst copies the bundled rules, edits a number and the score changes
 * without any Java being compiled.
 */
class EditableRulesTest {

    static final WebsiteInspection BASE = TestEngine.countyPortal();

    static void edit(Path dir, String file, String from, String to) throws Exception {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).as("%s contains %s", file, from).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    /** Four interpretations sampled for D1.8, each failing both link checks: raw 4 × 2 × 0.5 = 4, cap 3. */
    static WebsiteInspection d18FourFaults() {
        List<PolicyDocument> docs = new ArrayList<>();
        List<Interpretation> ints = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            docs.add(new PolicyDocument("d" + i, "文件" + i, LocalDate.of(2019, 10, i), true, true, List.of(), List.of()));
            ints.add(new Interpretation("i" + i, "解读" + i, LocalDate.of(2019, 10, i + 1), "d" + i, false,
                    List.of(InterpretationForm.TEXT), List.of("D1.8")));
        }
        return BASE.toBuilder().policyDocuments(docs).interpretations(ints).build();
    }

    @Test
    void raisingTheQualifyingThresholdTurnsAQualifiedSiteUnqualified(@TempDir Path dir) throws Exception {
        ScoreReport before = TestEngine.score(BASE);
        assertThat(before.verdict()).isEqualTo(Verdict.QUALIFIED);
        RuleFiles.bundled().copyTo(dir);
        edit(dir, "P-procedure.drl", "Part2(below(\"60\"))", "Part2(below(\"95\"))");
        ScoreReport after = ScoringEngine.fromRules(dir).score(BASE);
        assertThat(after.part2()).isEqualByComparingTo(before.part2());
        assertThat(after.verdict()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(after.reason()).isEqualTo(VerdictReason.BELOW_60);
        assertThat(after.ruleSet().sha256()).isNotEqualTo(before.ruleSet().sha256());
    }

    @Test
    void raisingACapLetsMoreBeDeducted(@TempDir Path dir) throws Exception {
        WebsiteInspection w = d18FourFaults();
        assertThat(TestEngine.score(w).indicator("D1.8").orElseThrow().counted()).isEqualByComparingTo("3");
        RuleFiles.bundled().copyTo(dir);
        // the group's points must stay the sum of its indicators' (catalogue lint): move a point from D1.9 to D1.8
        edit(dir, "D1-publishing.drl", "\"Interpretation links\", \"3\"", "\"Interpretation links\", \"4\"");
        edit(dir, "D1-publishing.drl", "\"Other columns\", \"4\"", "\"Other columns\", \"3\"");
        ScoreReport after = ScoringEngine.fromRules(dir).score(w);
        assertThat(after.indicator("D1.8").orElseThrow().counted()).isEqualByComparingTo("4");
        assertThat(after.indicator("D1.8").orElseThrow().points()).isEqualByComparingTo("4");
    }

    @Test
    void aCapThatBreaksTheGroupsSumIsRefusedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        RuleFiles.bundled().copyTo(dir);
        edit(dir, "D1-publishing.drl", "\"Interpretation links\", \"3\"", "\"Interpretation links\", \"4\"");
        assertThatThrownBy(() -> ScoringEngine.fromRules(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("D1-publishing.drl:")
                .hasMessageContaining("group D1 (发布解读) declares 31 points but its indicators sum to 32");
    }

    @Test
    void changingAPerFindingAmountChangesTheDeduction(@TempDir Path dir) throws Exception {
        WebsiteInspection w = d18FourFaults();
        RuleFiles.bundled().copyTo(dir);
        String drl = Files.readString(dir.resolve("D1-publishing.drl"));
        Files.writeString(dir.resolve("D1-publishing.drl"), drl.replace("Line.of(drools, \"0.5\"", "Line.of(drools, \"0.25\""));
        ScoreReport after = ScoringEngine.fromRules(dir).score(w);
        assertThat(after.indicator("D1.8").orElseThrow().raw()).isEqualByComparingTo("2");
        assertThat(after.indicator("D1.8").orElseThrow().counted()).isEqualByComparingTo("2");
    }

    @Test
    void anAmountAboveItsIndicatorsPointsIsRefused(@TempDir Path dir) throws Exception {
        RuleFiles.bundled().copyTo(dir);
        String drl = Files.readString(dir.resolve("D1-publishing.drl"));
        Files.writeString(dir.resolve("D1-publishing.drl"), drl.replace("Line.of(drools, \"0.5\"", "Line.of(drools, \"3.5\""));
        assertThatThrownBy(() -> ScoringEngine.fromRules(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("amount 3.5 exceeds the 3 points of D1.8");
    }
}
