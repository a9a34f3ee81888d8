package org.govweb.scoring.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A score before and after (Part 2, Part 3, the final score, or what an indicator deducts or awards).
 * A side is null when that report has no such score (not scored: a veto, no bonus stage).
 *
 * @param was the score in the earlier report, or null
 * @param now the score in the later report, or null
 * @param change {@code now − was}; null unless both are present
 */
@JsonPropertyOrder({"was", "now", "change"})
public record ScoreChange(
        @JsonProperty(value = "was", required = true) BigDecimal was,
        @JsonProperty(value = "now", required = true) BigDecimal now,
        @JsonProperty(value = "change", required = true) BigDecimal change) {

    /**
     * @param was the earlier score, or null
     * @param now the later score, or null
     * @return the change between them (exact)
     */
    public static ScoreChange of(BigDecimal was, BigDecimal now) {
        return new ScoreChange(was, now, was == null || now == null ? null : now.subtract(was));
    }

    /** @return whether the score differs: a different value, or present on one side only */
    public boolean changed() {
        if (was == null || now == null) {
            return was != now;
        }
        return was.compareTo(now) != 0;
    }
}
