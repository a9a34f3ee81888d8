package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A column (栏目) of the site and every item it lists.
 *
 * @param id the column's id
 * @param name its name as the site shows it
 * @param kind what the column is for
 * @param firstLevel a first-level (一级) column; its publications include those of its sub-columns
 * @param shouldUpdate the column is meant to be updated (应更新), as opposed to static content
 * @param publications every item the column lists; empty = a blank column (空白栏目)
 */
public record Column(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "kind", required = true) ColumnKind kind,
        @JsonProperty(value = "firstLevel", required = true) boolean firstLevel,
        @JsonProperty(value = "shouldUpdate", required = true) boolean shouldUpdate,
        @JsonProperty(value = "publications", required = true) List<Publication> publications) {
    /** Checks required components and copies lists (immutable). */
    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        publications = List.copyOf(Objects.requireNonNull(publications, "publications"));
    }

    /**
     * @param from first day of a window
     * @param to last day of a window
     * @return the items dated within [from, to]
     */
    public List<Publication> datedWithin(LocalDate from, LocalDate to) {
        return publications.stream().filter(p -> p.datedWithin(from, to)).toList();
    }

    /**
     * @param from first day of a window
     * @param to last day of a window
     * @return whether any item is dated within [from, to]
     */
    public boolean hasDatedWithin(LocalDate from, LocalDate to) {
        return Publication.anyDatedWithin(publications, from, to);
    }

    /** @return whether the column lists nothing (空白栏目) */
    public boolean blank() { return publications.isEmpty(); }

    /** @return the latest stated publication date, or null when no item states one */
    public LocalDate latestDate() {
        LocalDate latest = null;
        for (Publication p : publications) {
            if (p.publishedOn() != null && (latest == null || p.publishedOn().isAfter(latest))) {
                latest = p.publishedOn();
            }
        }
        return latest;
    }
}
