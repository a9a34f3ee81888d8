package org.govweb.scoring.newmedia;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A government new-media account (政务新媒体).
 *
 * @param id the account's id
 * @param name its name
 * @param unit the unit running it
 * @param platform where it lives
 */
public record Account(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "platform", required = true) Platform platform) {
    /** Checks required components and copies lists (immutable). */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(platform, "platform");
    }
}
