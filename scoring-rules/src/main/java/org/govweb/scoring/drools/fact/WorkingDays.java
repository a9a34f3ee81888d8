package org.govweb.scoring.drools.fact;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.govweb.scoring.calendar.WorkingDayCalendar;

/**
 * The working-day calendar as one session sees it (the rules' global {@code workingDays}): it answers
 * the rules and remembers each year it had to judge by plain Monday–Friday because the schedule does
 * not cover it, so that the report can warn. One instance per session; not shared between threads.
 */
public final class WorkingDays {
    private final WorkingDayCalendar calendar;
    private final Set<Integer> uncoveredYears = new TreeSet<>();

    /** @param calendar the schedule */
    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param date the day something was submitted (not counted)
     * @param n how many working days, as the rule writes it
     * @return the n-th working day after it: the last day an answer is on time
     */
    public LocalDate nthAfter(LocalDate date, int n) {
        LocalDate end = calendar.nthWorkingDayAfter(date, n);
        note(date, end);
        return end;
    }

    /**
     * @param date a date
     * @return whether it is a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        note(date, date);
        return calendar.isWorkingDay(date);
    }

    /** @return the years judged by plain Monday–Friday in this session */
    public Set<Integer> uncoveredYears() {
        return Set.copyOf(uncoveredYears);
    }

    private void note(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!calendar.covers(y)) {
                uncoveredYears.add(y);
            }
        }
    }
}
