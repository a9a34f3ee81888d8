package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The website inspected and the unit that runs it.
 *
 * @param id the site's id
 * @param name the site's name
 * @param url the site's address (optional)
 * @param unit the unit running the site
 * @param publicService the unit has a public-service function (有对外服务职能); false = the service indicators are not checked and Part 2 is scored out of 75 × 4/3
 */
public record Site(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("url") String url,
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "publicService", required = true) boolean publicService) {
    /** Checks required components and copies lists (immutable). */
    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }
}
