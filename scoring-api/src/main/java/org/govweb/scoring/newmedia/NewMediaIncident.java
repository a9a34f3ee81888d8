package org.govweb.scoring.newmedia;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A serious incident on a new-media account (VM1).
 *
 * @param id the incident's id
 * @param kind what kind of incident
 * @param url where it was found (optional)
 * @param foundOn when the inspector found it (optional)
 * @param note the inspector's note; never copied into a report (optional)
 */
public record NewMediaIncident(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "kind", required = true) NewMediaIncidentKind kind,
        @JsonProperty("url") String url,
        @JsonProperty("foundOn") LocalDate foundOn,
        @JsonProperty("note") String note) {
    /** Checks required components and copies lists (immutable). */
    public NewMediaIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
