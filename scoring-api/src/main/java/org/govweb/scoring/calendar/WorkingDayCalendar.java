package org.govweb.scoring.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The official PRC working-day schedule (Decision 4): Monday to Friday, minus statutory holidays,
 * plus the weekend days declared working days (调休). Immutable and thread-safe.
 *
 * <p>The bundled schedule covers the years of the State Council notices it was built from
 * (2018–2026, data of the holiday-cn project, MIT). A date in a year the schedule does not cover is
 * judged by plain Monday–Friday; {@link #covers(int)} tells when that happened so that reports can
 * warn. Callers may supply their own schedule ({@link #fromDirectory(Path)}, {@link #of(Map, Set)}).
 */
public final class WorkingDayCalendar {

    private static final String BUNDLED = "/org/govweb/scoring/calendar/holiday-cn/";
    private static final int FIRST_BUNDLED_YEAR = 2018;
    private static final int LAST_BUNDLED_YEAR = 2026;
    private static volatile WorkingDayCalendar bundled;

    private final Map<LocalDate, Boolean> overrides;
    private final Set<Integer> years;

    private WorkingDayCalendar(Map<LocalDate, Boolean> overrides, Set<Integer> years) {
        this.overrides = Map.copyOf(overrides);
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
    }

    /**
     * @param overrides for each listed date, true = a working day (调休), false = a day off (holiday)
     * @param years the years the schedule covers completely
     * @return a calendar of that schedule
     */
    public static WorkingDayCalendar of(Map<LocalDate, Boolean> overrides, Set<Integer> years) {
        return new WorkingDayCalendar(overrides, years);
    }

    /** @return the bundled official schedule, 2018–2026 */
    public static WorkingDayCalendar bundled() {
        WorkingDayCalendar c = bundled;
        if (c == null) {
            synchronized (WorkingDayCalendar.class) {
                c = bundled;
                if (c == null) {
                    Builder b = new Builder();
                    for (int y = FIRST_BUNDLED_YEAR; y <= LAST_BUNDLED_YEAR; y++) {
                        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED + y + ".json")) {
                            if (in == null) {
                                throw new IllegalStateException("bundled holiday schedule missing: " + y);
                            }
                            b.read(in, y + ".json");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    c = b.build();
                    bundled = c;
                }
            }
        }
        return c;
    }

    /**
     * Reads a directory of files in the holiday-cn format ({@code {"year": 2020, "days": [{"date":
     * "2020-01-19", "isOffDay": false}, …]}}), one file a year.
     *
     * @param directory the directory
     * @return a calendar of those years
     * @throws IllegalArgumentException naming the file when one cannot be read
     */
    public static WorkingDayCalendar fromDirectory(Path directory) {
        Builder b = new Builder();
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list holiday schedule directory " + directory + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no holiday schedule (YYYY.json) in " + directory);
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                b.read(in, f.toString());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read holiday schedule " + f + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    /**
     * @param year a year
     * @return whether the schedule covers it; when not, dates in it are judged by plain Monday–Friday
     */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** @return the years the schedule covers, ascending */
    public Set<Integer> years() {
        return years;
    }

    /**
     * @param date a date
     * @return whether it is a working day (工作日)
     */
    public boolean isWorkingDay(LocalDate date) {
        Boolean o = overrides.get(date);
        if (o != null) {
            return o;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The end of the period "within n working days" of {@code date}: the n-th working day after the
     * day of {@code date}, which itself is not counted (Decision 4).
     *
     * @param date the day something was submitted
     * @param n how many working days (at least 1)
     * @return the n-th working day after it
     */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * @param from first day
     * @param to last day
     * @return whether the schedule covers every year from {@code from} to {@code to}
     */
    public boolean coversAll(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!covers(y)) {
                return false;
            }
        }
        return true;
    }

    private static final class Builder {
        private static final ObjectMapper MAPPER = new ObjectMapper();
        private final Map<LocalDate, Boolean> overrides = new HashMap<>();
        private final List<Integer> years = new ArrayList<>();

        void read(InputStream in, String name) throws IOException {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || !root.path("year").canConvertToInt() || !root.path("days").isArray()) {
                throw new IOException(name + ": expected {\"year\": …, \"days\": […]}");
            }
            years.add(root.get("year").asInt());
            int i = 0;
            for (JsonNode day : root.get("days")) {
                JsonNode date = day.get("date");
                JsonNode off = day.get("isOffDay");
                if (date == null || !date.isTextual() || off == null || !off.isBoolean()) {
                    throw new IOException(name + ": $.days[" + i + "] needs \"date\" and \"isOffDay\"");
                }
                try {
                    overrides.put(LocalDate.parse(date.asText()), !off.asBoolean());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IOException(name + ": $.days[" + i + "].date is not a date: " + date.asText(), e);
                }
                i++;
            }
        }

        WorkingDayCalendar build() {
            return new WorkingDayCalendar(overrides, new TreeSet<>(years));
        }
    }
}
