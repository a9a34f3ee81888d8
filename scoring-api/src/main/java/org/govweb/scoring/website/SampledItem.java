package org.govweb.scoring.website;

import java.util.List;

/**
 * An item of a population the checklist samples (随机抽查 N). See Decision 6: when any item names an
 * indicator in {@link #sampledFor()}, exactly those items are checked for it.
 */
public interface SampledItem {
    /** @return the id the item is sampled, ordered and reported by */
    String sampleId();

    /** @return the indicators for whose random check the inspector sampled this item */
    List<String> sampledFor();
}
