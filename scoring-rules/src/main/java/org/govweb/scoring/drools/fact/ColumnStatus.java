package org.govweb.scoring.drools.fact;

import java.time.LocalDate;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;

/**
 * A column judged against its update window, which a rule chose by the column's kind: stale when
 * nothing is dated within the window (undated items count as not updated), blank when it lists nothing.
 * The bundled rules insert one for a stale column only (a blank column is always stale): every rule that
 * reads a ColumnStatus asks for a stale or a blank column.
 *
 * @param column the column
 * @param windowFrom first day of its update window
 * @param windowTo last day of its update window (the monitoring date)
 * @param stale nothing is dated within the window
 * @param blank the column lists nothing (空白栏目)
 */
public record ColumnStatus(Column column, LocalDate windowFrom, LocalDate windowTo, boolean stale, boolean blank) {

    /**
     * @param column the column
     * @param from first day of its update window
     * @param to last day of its update window
     * @return its status
     */
    public static ColumnStatus of(Column column, LocalDate from, LocalDate to) {
        return new ColumnStatus(column, from, to, !column.hasDatedWithin(from, to), column.blank());
    }

    /** @return the column's id */
    public String id() {
        return column.id();
    }

    /** @return the column's kind */
    public ColumnKind kind() {
        return column.kind();
    }

    /** @return whether it is a first-level column */
    public boolean firstLevel() {
        return column.firstLevel();
    }

    /** @return whether it is meant to be updated */
    public boolean shouldUpdate() {
        return column.shouldUpdate();
    }

    /** @return the latest stated date, or null */
    public LocalDate latestDate() {
        return column.latestDate();
    }
}
