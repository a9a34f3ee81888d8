package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A link checked on the site (D4.3).
 *
 * @param url the link's target
 * @param onPage the page it is on
 * @param onHomepage found on the homepage (for a navigation-only homepage: on a second-level page)
 * @param works the link opens and is right
 */
public record Link(
        @JsonProperty(value = "url", required = true) String url,
        @JsonProperty(value = "onPage", required = true) String onPage,
        @JsonProperty(value = "onHomepage", required = true) boolean onHomepage,
        @JsonProperty(value = "works", required = true) boolean works) {
    /** Checks required components and copies lists (immutable). */
    public Link {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(onPage, "onPage");
    }
}
