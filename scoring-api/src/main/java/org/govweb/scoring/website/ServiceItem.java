package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A service item (办事事项) the site offers.
 *
 * @param id the item's id
 * @param name its name
 * @param guide its service guide; null = it has none
 * @param sampledFor indicators (e.g. "D2.4") for whose random check (随机抽查) the inspector sampled this item; when any item of a population names an indicator, exactly those are checked (optional)
 */
public record ServiceItem(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "guide", required = true) ServiceGuide guide,
        @JsonProperty("sampledFor") List<String> sampledFor) implements SampledItem {
    /** Checks required components and copies lists (immutable). */
    public ServiceItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        sampledFor = sampledFor == null ? List.of() : List.copyOf(sampledFor);
    }

    /** @return the id this item is sampled and reported by */
    @Override
    public String sampleId() { return id; }
}
