package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The site's homepage.
 *
 * @param navigationOnly the homepage is only a navigation entry to columns (VW3, D4.3)
 * @param publications items the homepage shows
 */
public record Homepage(
        @JsonProperty(value = "navigationOnly", required = true) boolean navigationOnly,
        @JsonProperty(value = "publications", required = true) List<Publication> publications) {
    /** Checks required components and copies lists (immutable). */
    public Homepage {
        publications = List.copyOf(Objects.requireNonNull(publications, "publications"));
    }

    /**
     * @param from first day of a window
     * @param to last day of a window
     * @return the homepage items dated within [from, to]
     */
    public List<Publication> datedWithin(LocalDate from, LocalDate to) {
        return publications.stream().filter(p -> p.datedWithin(from, to)).toList();
    }

    /**
     * @param from first day of a window
     * @param to last day of a window
     * @return whether any homepage item is dated within [from, to]
     */
    public boolean hasDatedWithin(LocalDate from, LocalDate to) {
        return Publication.anyDatedWithin(publications, from, to);
    }
}
