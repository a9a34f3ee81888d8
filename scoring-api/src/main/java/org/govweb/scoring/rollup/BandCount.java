package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of the score distribution and how many scored websites fall in it.
 *
 * @param label the band written as an interval, e.g. {@code < 60}, {@code [60, 80]}, {@code (80, 100)},
 *     {@code ≥ 100}
 * @param from the lower bound; null for the lowest band (no lower bound)
 * @param fromInclusive whether a score equal to {@code from} is in this band
 * @param to the upper bound; null for the highest band (no upper bound)
 * @param toInclusive whether a score equal to {@code to} is in this band
 * @param count how many scored websites fall in the band
 */
@JsonPropertyOrder({"label", "from", "fromInclusive", "to", "toInclusive", "count"})
public record BandCount(
        @JsonProperty(value = "label", required = true) String label,
        @JsonProperty(value = "from", required = true) BigDecimal from,
        @JsonProperty(value = "fromInclusive", required = true) boolean fromInclusive,
        @JsonProperty(value = "to", required = true) BigDecimal to,
        @JsonProperty(value = "toInclusive", required = true) boolean toInclusive,
        @JsonProperty(value = "count", required = true) int count) {

    /** Checks that the label is present and the count not negative. */
    public BandCount {
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    /**
     * @param score a score
     * @return whether it falls in this band (compared exactly)
     */
    public boolean contains(BigDecimal score) {
        if (from != null) {
            int c = score.compareTo(from);
            if (c < 0 || c == 0 && !fromInclusive) {
                return false;
            }
        }
        if (to != null) {
            int c = score.compareTo(to);
            return c < 0 || c == 0 && toInclusive;
        }
        return true;
    }
}
