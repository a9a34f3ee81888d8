package org.govweb.scoring.drools.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * The probes of the probe week (VW2, EW2), read once by the derive rule of {@code VW-website-vetoes.drl},
 * which writes the week and what counts as failed; the judge rules look at this one fact.
 *
 * @param firstDay the first day of the probe week (the monitoring date − 6 days)
 * @param lastDay the last day (the monitoring date)
 * @param days the day of each probe of the week, one entry per probe, in the inspection's order
 * @param failed how many of the week's probes failed (as the derive rule judged them)
 */
public record ProbeWeek(LocalDate firstDay, LocalDate lastDay, List<LocalDate> days, int failed) {

    /** Copies the list. */
    public ProbeWeek {
        days = List.copyOf(days);
    }
}
