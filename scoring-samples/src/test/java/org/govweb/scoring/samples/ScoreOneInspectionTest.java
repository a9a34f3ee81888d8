package org.govweb.scoring.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The runnable example quoted in the README prints a score sheet and its verdict. */
class ScoreOneInspectionTest {

    @Test
    void printsTheScoreSheetOfTheNamedSample() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ScoreOneInspection.main(new String[] {"website-vetoed-columns"});
        } finally {
            System.setOut(saved);
        }
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(out).startsWith("政府网站检查评分表").contains("VW4").endsWith("verdict: UNQUALIFIED\n");
    }

    @Test
    void anUnknownSampleIsRefused() {
        assertThatThrownBy(() -> ScoreOneInspection.main(new String[] {"no-such-sample"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-sample");
    }
}
