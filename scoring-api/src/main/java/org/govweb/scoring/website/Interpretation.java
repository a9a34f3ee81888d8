package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An interpretation (解读稿) published on the site (D1.7, D1.8, B1.2).
 *
 * @param id the interpretation's id
 * @param title its title
 * @param publishedOn publication date
 * @param documentId the policy document it interprets, or null when it interprets none published on the site
 * @param linksToDocument the interpretation's page links to the document it interprets
 * @param forms forms it is given in
 * @param sampledFor indicators (e.g. "D2.4") for whose random check (随机抽查) the inspector sampled this item; when any item of a population names an indicator, exactly those are checked (optional)
 */
public record Interpretation(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "publishedOn", required = true) LocalDate publishedOn,
        @JsonProperty(value = "documentId", required = true) String documentId,
        @JsonProperty(value = "linksToDocument", required = true) boolean linksToDocument,
        @JsonProperty(value = "forms", required = true) List<InterpretationForm> forms,
        @JsonProperty("sampledFor") List<String> sampledFor) implements SampledItem {
    /** Checks required components and copies lists (immutable). */
    public Interpretation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedOn, "publishedOn");
        forms = List.copyOf(Objects.requireNonNull(forms, "forms"));
        sampledFor = sampledFor == null ? List.of() : List.copyOf(sampledFor);
    }

    /** @return the id this item is sampled and reported by */
    @Override
    public String sampleId() { return id; }
}
