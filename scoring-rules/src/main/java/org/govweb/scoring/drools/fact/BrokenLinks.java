package org.govweb.scoring.drools.fact;

import java.util.List;
import org.govweb.scoring.website.Link;

/**
 * The links checked that do not work (D4.3), picked out once by a derive rule of {@code D4-design.drl} so
 * that the judge rules look at those few instead of each going through every link.
 *
 * @param links the broken links, in the inspection's order
 */
public record BrokenLinks(List<Link> links) {

    /** Copies the list. */
    public BrokenLinks {
        links = List.copyOf(links);
    }
}
