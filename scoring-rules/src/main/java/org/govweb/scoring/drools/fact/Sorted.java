package org.govweb.scoring.drools.fact;

import java.util.Collection;
import java.util.List;

/** Sorts evidence ids so that reports do not depend on the order of facts. */
public final class Sorted {
    private Sorted() {
    }

    /**
     * @param ids ids
     * @return the ids as strings, sorted
     */
    public static List<String> of(Collection<?> ids) {
        return ids.stream().map(String::valueOf).sorted().toList();
    }
}
