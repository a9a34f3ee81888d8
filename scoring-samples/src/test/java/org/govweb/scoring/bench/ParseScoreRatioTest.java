package org.govweb.scoring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.samples.generator.SiteSize;
import org.junit.jupiter.api.Test;

/** The table of {@link ParseScoreRatio} (its figures are measurements; here only two rounds of one size). */
class ParseScoreRatioTest {

    @Test
    void eachSizeGetsItsMediansAndTheRatioOfItsPairs() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ParseScoreRatio.run(ScoringEngine.bundled(), List.of(SiteSize.SMALL), 3,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("3 rounds (the first 1 are warm-up): each website parsed, then scored, in turn");
        assertThat(lines.get(1)).contains("parse p50 ms", "score p50 ms", "score ÷ parse", "halves");
        String[] cells = lines.get(2).trim().split("\\s+");
        assertThat(cells[0]).isEqualTo("SMALL");
        double parse = Double.parseDouble(cells[1]);
        double score = Double.parseDouble(cells[2]);
        assertThat(parse).isPositive();
        assertThat(score).isPositive();
        assertThat(cells[3]).endsWith("×");
        assertThat(Double.parseDouble(cells[3].replace("×", ""))).isPositive();
        assertThat(lines.get(2)).contains(" / ");
    }
}
