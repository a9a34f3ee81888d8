package org.govweb.scoring.drools.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The probes of the probe week (VW2, EW2), read once by the derive rule of {@code VW-website-vetoes.drl},
 * which writes the week and what counts as failed and tallies each probe with a {@link Tally}; the judge
 * rules look at this one fact.
 *
 * @param firstDay the first day of the probe week (the monitoring date − 6 days)
 * @param lastDay the last day (the monitoring date)
 * @param probes how many probes fell within the week
 * @param failed how many of the week's probes failed (as the derive rule judged them)
 * @param probesPerDay how many probes fell on each day of the week, from the first day to the last
 */
public record ProbeWeek(LocalDate firstDay, LocalDate lastDay, int probes, int failed, List<Integer> probesPerDay) {

    /** Checks that the days and counts agree; copies the list. */
    public ProbeWeek {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        probesPerDay = List.copyOf(probesPerDay);
        if (probesPerDay.size() != lastDay.toEpochDay() - firstDay.toEpochDay() + 1) {
            throw new IllegalArgumentException("one count per day from " + firstDay + " to " + lastDay
                    + " expected, got " + probesPerDay.size());
        }
        if (probesPerDay.stream().mapToInt(Integer::intValue).sum() != probes || failed < 0 || failed > probes) {
            throw new IllegalArgumentException("counts disagree: " + probes + " probes, " + failed + " failed, per day "
                    + probesPerDay);
        }
    }

    /**
     * @param day a day
     * @return how many probes fell on that day; 0 for a day outside the week
     */
    public int probesOn(LocalDate day) {
        long i = day.toEpochDay() - firstDay.toEpochDay();
        return i < 0 || i >= probesPerDay.size() ? 0 : probesPerDay.get((int) i);
    }

    /**
     * Counts the probes of a week as the derive rule reads them, one by one. It judges nothing: the rule
     * says which days are the week ({@link #Tally(LocalDate, LocalDate)}), asks {@link #covers} of each
     * probe's day, and says whether the probe failed.
     */
    public static final class Tally {
        private final LocalDate firstDay;
        private final LocalDate lastDay;
        private final int[] perDay;
        private int failed;
        /** The day of the probe counted last and its index: a week's probes come day by day. */
        private LocalDate countedDay;
        private int countedIndex;

        /**
         * @param firstDay the first day of the week
         * @param lastDay its last day
         */
        public Tally(LocalDate firstDay, LocalDate lastDay) {
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("the week ends (" + lastDay + ") before it starts (" + firstDay + ")");
            }
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.perDay = new int[Math.toIntExact(lastDay.toEpochDay() - firstDay.toEpochDay() + 1)];
        }

        /**
         * @param day a probe's day
         * @return whether the day is within the week (both ends included)
         */
        public boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }

        /**
         * @param day the probe's day, within the week
         * @param failedProbe whether the rule judged the probe failed
         */
        public void count(LocalDate day, boolean failedProbe) {
            if (!day.equals(countedDay)) {
                if (!covers(day)) {
                    throw new IllegalArgumentException(day + " is outside the week " + firstDay + " to " + lastDay);
                }
                countedIndex = (int) (day.toEpochDay() - firstDay.toEpochDay());
                countedDay = day;
            }
            perDay[countedIndex]++;
            if (failedProbe) {
                failed++;
            }
        }

        /** @return the week as counted so far */
        public ProbeWeek toProbeWeek() {
            List<Integer> counts = new ArrayList<>(perDay.length);
            int probes = 0;
            for (int n : perDay) {
                counts.add(n);
                probes += n;
            }
            return new ProbeWeek(firstDay, lastDay, probes, failed, counts);
        }
    }
}
