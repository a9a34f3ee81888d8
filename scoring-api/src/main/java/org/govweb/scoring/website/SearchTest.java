package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A title searched for with the site search (D4.6, B4.1).
 *
 * @param id the test's id
 * @param title the title searched for
 * @param fromSubordinateSite a title from a subordinate unit's site (B4.1) rather than this site (D4.6)
 * @param foundOnFirstPage found on the first page of results
 * @param sampledFor indicators (e.g. "D2.4") for whose random check (随机抽查) the inspector sampled this item; when any item of a population names an indicator, exactly those are checked (optional)
 */
public record SearchTest(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "fromSubordinateSite", required = true) boolean fromSubordinateSite,
        @JsonProperty(value = "foundOnFirstPage", required = true) boolean foundOnFirstPage,
        @JsonProperty("sampledFor") List<String> sampledFor) implements SampledItem {
    /** Checks required components and copies lists (immutable). */
    public SearchTest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        sampledFor = sampledFor == null ? List.of() : List.copyOf(sampledFor);
    }

    /** @return the id this item is sampled and reported by */
    @Override
    public String sampleId() { return id; }
}
