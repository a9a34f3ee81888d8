package org.govweb.scoring.drools.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Flattens the evidence a rule names (ids, dates, counts, collections of them) into strings, sorted so
 * that a report does not depend on the order of the facts in the input.
 */
final class Evidence {
    private Evidence() {
    }

    static List<String> of(Object... evidence) {
        List<String> out = new ArrayList<>();
        for (Object o : evidence) {
            add(out, o);
        }
        out.sort(null);
        return List.copyOf(out);
    }

    private static void add(List<String> out, Object o) {
        if (o == null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            for (Object e : c) {
                add(out, e);
            }
        } else if (o instanceof Object[] a) {
            for (Object e : a) {
                add(out, e);
            }
        } else if (o instanceof org.govweb.scoring.website.SampledItem s) {
            out.add(s.sampleId());
        } else {
            out.add(o.toString());
        }
    }
}
