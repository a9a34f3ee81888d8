package org.govweb.scoring.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parking of {@link RuleCost}: which rules it moves, and that a parked rule no longer scores. */
class RuleCostTest {
    @TempDir
    Path dir;

    static WebsiteInspection belowSixty() throws Exception {
        try (InputStream in = RuleCostTest.class.getResourceAsStream("/samples/website-below-60.json")) {
            return (WebsiteInspection) ScoringJson.readInspection(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static BigDecimal counted(ScoreReport r, String indicator) {
        return r.indicator(indicator).map(IndicatorAnalysis::counted).orElseThrow();
    }

    @Test
    void aFileParksEveryRuleButItsCatalogueRules() throws Exception {
        RuleFiles.bundled().copyTo(dir);
        String before = Files.readString(dir.resolve("D3-interaction.drl"));
        long rules = before.lines().filter(l -> l.startsWith("rule ")).count();
        assertThat(RuleCost.park(dir, "D3-interaction.drl")).isEqualTo(rules - 1);
        String after = Files.readString(dir.resolve("D3-interaction.drl"));
        assertThat(after.lines().filter(l -> l.startsWith("rule ") && l.contains("agenda-group \"parked\"")))
                .hasSize((int) rules - 1);
        assertThat(after).contains("rule \"catalogue D3 互动交流\" @indicator(\"D3\") agenda-group \"catalogue\"");
    }

    @Test
    void aParkedRuleNoLongerScoresAndTheOthersStillDo() throws Exception {
        RuleFiles.bundled().copyTo(dir);
        assertThat(RuleCost.park(dir, "D3-interaction.drl#D3.2")).isEqualTo(1);
        ScoreReport parked = ScoringEngine.builder().rulesDirectory(dir).build().score(belowSixty());
        ScoreReport bundled = ScoringEngine.bundled().score(belowSixty());
        assertThat(counted(bundled, "D3.2")).isEqualByComparingTo("3");
        assertThat(counted(parked, "D3.2")).isEqualByComparingTo("0");
        assertThat(counted(parked, "D3.4")).isEqualByComparingTo(counted(bundled, "D3.4")).isEqualByComparingTo("7");
    }

    @Test
    void theTableGivesEachVariantItsTimeAndItsAllocation() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        RuleCost.run(java.util.List.of(belowSixty()), 3, java.util.List.of("D3-interaction.drl#D3.2"),
                new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        java.util.List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("1 inspections, 3 rounds (the first 1 are warm-up), thread CPU and bytes allocated");
        assertThat(lines.get(1)).contains("median µs", "Δ median µs", "median KB", "Δ KB");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).startsWith("bundled rules ").endsWith("+0.0");
        assertThat(lines.get(3)).startsWith("D3-interaction.drl#D3.2 ");
        assertThat(lines.get(4)).startsWith("bundled rules again (noise floor) ");
        // the allocation is measured (how much less a parked rule allocates is left to long runs: in a few
        // rounds the JIT and the constraint compiler still allocate, differently for each rule set)
        for (String row : lines.subList(2, 5)) {
            String[] cells = row.trim().split("\\s+");
            assertThat(Double.parseDouble(cells[cells.length - 2])).as(row).isGreaterThan(1.0);
        }
    }

    @Test
    void nothingToParkIsAnError() throws Exception {
        RuleFiles.bundled().copyTo(dir);
        assertThatThrownBy(() -> RuleCost.park(dir, "D3-interaction.drl#no such rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rule of D3-interaction.drl");
        assertThatThrownBy(() -> RuleCost.park(dir, "X9-nothing.drl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rule file X9-nothing.drl");
    }
}
