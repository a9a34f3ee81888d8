package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An item a page lists, with the publication date the page states.
 *
 * @param id the item's id
 * @param title its title (optional)
 * @param publishedOn the date the page states; null = the page states none, which counts as not updated
 */
public record Publication(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty("title") String title,
        @JsonProperty(value = "publishedOn", required = true) LocalDate publishedOn) {
    /** Checks required components and copies lists (immutable). */
    public Publication {
        Objects.requireNonNull(id, "id");
    }

    /**
     * @param from first day of a window
     * @param to last day of a window
     * @return whether the item states a date within [from, to], both ends included
     */
    public boolean datedWithin(LocalDate from, LocalDate to) {
        return publishedOn != null && !publishedOn.isBefore(from) && !publishedOn.isAfter(to);
    }

    /** @return whether any of the items is {@link #datedWithin dated within} [from, to] (a page's test) */
    static boolean anyDatedWithin(List<Publication> items, LocalDate from, LocalDate to) {
        for (Publication p : items) {
            if (p.datedWithin(from, to)) {
                return true;
            }
        }
        return false;
    }
}
