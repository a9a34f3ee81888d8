package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One boundary between two score bands of the roll-up's distribution, and to which side a score
 * exactly on it belongs.
 *
 * @param value the boundary score
 * @param inUpperBand true: a score equal to {@code value} falls in the band above (the band is
 *     {@code [value, …}); false: in the band below (the band is {@code …, value]})
 */
@JsonPropertyOrder({"value", "inUpperBand"})
public record BandBoundary(
        @JsonProperty(value = "value", required = true) BigDecimal value,
        @JsonProperty(value = "inUpperBand", required = true) boolean inUpperBand) {

    /** Checks that the value is present. */
    public BandBoundary {
        Objects.requireNonNull(value, "value");
    }
}
