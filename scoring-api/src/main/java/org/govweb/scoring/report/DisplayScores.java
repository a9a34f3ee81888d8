package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Scores rounded half-up to 2 decimals, for display only. Every computation and comparison is
 * exact.
 *
 * @param part2 Part 2
 * @param part3 Part 3
 * @param finalScore final score
 * @param note how the numbers were rounded
 */
public record DisplayScores(
        @JsonProperty(value = "part2", required = true) String part2,
        @JsonProperty(value = "part3", required = true) String part3,
        @JsonProperty(value = "final", required = true) String finalScore,
        @JsonProperty(value = "note", required = true) String note) {
    /** Checks required components and copies lists (immutable). */
    public DisplayScores {
        Objects.requireNonNull(note, "note");
    }
}
