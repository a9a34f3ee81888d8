package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One availability probe of the site (VW2).
 *
 * @param at when the probe was sent (China time, no offset)
 * @param responseMillis milliseconds until the page opened; null = it did not open at all
 */
public record Probe(
        @JsonProperty(value = "at", required = true) LocalDateTime at,
        @JsonProperty(value = "responseMillis", required = true) Integer responseMillis) {
    /** Checks required components and copies lists (immutable). */
    public Probe {
        Objects.requireNonNull(at, "at");
    }
}
