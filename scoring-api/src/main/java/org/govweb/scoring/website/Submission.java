package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether users can submit through the site's interactive functions.
 *
 * @param works users can submit at all; false = no effective channel (VW5)
 * @param nonLocalUsersCan non-local users (异地用户) can submit too (D3.1)
 */
public record Submission(
        @JsonProperty(value = "works", required = true) boolean works,
        @JsonProperty(value = "nonLocalUsersCan", required = true) boolean nonLocalUsersCan) {
}
