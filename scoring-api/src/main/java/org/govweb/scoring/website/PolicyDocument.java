package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A policy document (政策文件) published on the site (D1.7, D1.8, B1.2).
 *
 * @param id the document's id
 * @param title its title
 * @param publishedOn publication date
 * @param issuedBySelf issued in the name of this unit or its office
 * @param broadImpact touches many people or draws wide attention (涉及面广、社会关注度高)
 * @param linkedInterpretationIds interpretations the document's page links to
 * @param sampledFor indicators (e.g. "D2.4") for whose random check (随机抽查) the inspector sampled this item; when any item of a population names an indicator, exactly those are checked (optional)
 */
public record PolicyDocument(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "publishedOn", required = true) LocalDate publishedOn,
        @JsonProperty(value = "issuedBySelf", required = true) boolean issuedBySelf,
        @JsonProperty(value = "broadImpact", required = true) boolean broadImpact,
        @JsonProperty(value = "linkedInterpretationIds", required = true) List<String> linkedInterpretationIds,
        @JsonProperty("sampledFor") List<String> sampledFor) implements SampledItem {
    /** Checks required components and copies lists (immutable). */
    public PolicyDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedOn, "publishedOn");
        linkedInterpretationIds = List.copyOf(Objects.requireNonNull(linkedInterpretationIds, "linkedInterpretationIds"));
        sampledFor = sampledFor == null ? List.of() : List.copyOf(sampledFor);
    }

    /** @return the id this item is sampled and reported by */
    @Override
    public String sampleId() { return id; }
}
