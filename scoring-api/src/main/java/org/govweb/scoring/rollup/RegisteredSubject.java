package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One website or new-media account of a county's register (政府网站和政务新媒体名录).
 *
 * @param id the id its inspections carry: {@code site.id} of a website inspection, {@code account.id}
 *     of a new-media inspection (the {@code subjectId} of its reports)
 * @param name the site's or account's name
 * @param unit the unit running it (主办单位); the roll-up groups by this name
 * @param kind website or new-media account
 */
@JsonPropertyOrder({"id", "name", "unit", "kind"})
public record RegisteredSubject(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "kind", required = true) SubjectKind kind) {

    /** Checks that every component is present. */
    public RegisteredSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
    }
}
