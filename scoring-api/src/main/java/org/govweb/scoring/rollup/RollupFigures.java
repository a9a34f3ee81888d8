package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The figures of a unit or of the whole county: its websites and its new-media accounts.
 *
 * @param websites the websites' figures
 * @param newMedia the new-media accounts' figures
 */
@JsonPropertyOrder({"websites", "newMedia"})
public record RollupFigures(
        @JsonProperty(value = "websites", required = true) WebsiteFigures websites,
        @JsonProperty(value = "newMedia", required = true) NewMediaFigures newMedia) {

    /** Checks required components. */
    public RollupFigures {
        Objects.requireNonNull(websites, "websites");
        Objects.requireNonNull(newMedia, "newMedia");
    }
}
