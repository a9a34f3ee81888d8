package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter (季度), written {@code 2019Q4} in JSON: Q1 = January–March, Q2 = April–June,
 * Q3 = July–September, Q4 = October–December.
 *
 * @param year the year, 1000–9999
 * @param quarter the quarter, 1–4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("([0-9]{4})Q([1-4])");
    private static final int MONTHS = 3;

    /** Checks the range of both components. */
    public Quarter {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits, got " + year);
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
        }
    }

    /**
     * @param text a quarter written {@code yyyyQn}, e.g. {@code 2019Q4}
     * @return the quarter
     * @throws IllegalArgumentException when the text has another form
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Quarter parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a quarter yyyyQn (n = 1 to 4), e.g. 2019Q4");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** @return the first day of the quarter */
    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * MONTHS + 1, 1);
    }

    /** @return the last day of the quarter */
    public LocalDate lastDay() {
        return firstDay().plusMonths(MONTHS).minusDays(1);
    }

    /**
     * @param date a date
     * @return whether it falls within the quarter (both ends included)
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** @return the quarter as written in JSON, e.g. {@code 2019Q4} */
    @JsonValue
    @Override
    public String toString() {
        return year + "Q" + quarter;
    }

    /**
     * @param other another quarter
     * @return chronological order
     */
    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }
}
