package org.govweb.scoring.drools.fact;

import java.util.List;

/**
 * The facts the catalogue rules inserted when the rule set was loaded (the groups' and indicators'
 * {@link org.govweb.scoring.report.IndicatorInfo} entries), handed to every scoring session as this one
 * fact. A rule of the procedure inserts them one by one where its rules match them (a website
 * inspection); a new-media account or an annual assessment, whose rules never match them, is spared the
 * insertions (74 with the bundled rules).
 *
 * @param entries the facts, in the order the catalogue rules inserted them
 */
public record CatalogueEntries(List<Object> entries) {

    /** Copies the list. */
    public CatalogueEntries {
        entries = List.copyOf(entries);
    }
}
