package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A page checked for meta tags (D4.8).
 *
 * @param url the page
 * @param pageType content or column page
 * @param siteTag the page carries the site tag
 * @param ownTag a content tag (content pages) or column tag (column pages)
 * @param sampledFor indicators (e.g. "D2.4") for whose random check (随机抽查) the inspector sampled this item; when any item of a population names an indicator, exactly those are checked (optional)
 */
public record PageTag(
        @JsonProperty(value = "url", required = true) String url,
        @JsonProperty(value = "pageType", required = true) PageType pageType,
        @JsonProperty(value = "siteTag", required = true) boolean siteTag,
        @JsonProperty(value = "ownTag", required = true) boolean ownTag,
        @JsonProperty("sampledFor") List<String> sampledFor) implements SampledItem {
    /** Checks required components and copies lists (immutable). */
    public PageTag {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(pageType, "pageType");
        sampledFor = sampledFor == null ? List.of() : List.copyOf(sampledFor);
    }

    /** @return the page's address, by which it is sampled and reported */
    @Override
    public String sampleId() { return url; }
}
