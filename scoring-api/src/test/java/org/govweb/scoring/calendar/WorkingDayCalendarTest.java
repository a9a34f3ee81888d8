package org.govweb.scoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();
    private static final WorkingDayCalendar PLAIN = WorkingDayCalendar.of(Map.of(), Set.of());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void sunday29September2019WasAWorkingDay() {
        assertThat(d("2019-09-29").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(BUNDLED.isWorkingDay(d("2019-09-29"))).isTrue();
        assertThat(BUNDLED.isWorkingDay(d("2019-10-12"))).isTrue();
        assertThat(PLAIN.isWorkingDay(d("2019-09-29"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-10-01", "2019-10-02", "2019-10-03", "2019-10-04", "2019-10-05", "2019-10-06", "2019-10-07"})
    void nationalDayWeek2019WasOff(String date) {
        assertThat(BUNDLED.isWorkingDay(d(date))).isFalse();
    }

    @Test
    void daysAroundTheNationalDayWeek() {
        assertThat(BUNDLED.isWorkingDay(d("2019-09-30"))).isTrue();
        assertThat(BUNDLED.isWorkingDay(d("2019-10-08"))).isTrue();
        assertThat(BUNDLED.isWorkingDay(d("2019-10-13"))).isFalse();
    }

    @Test
    void springFestival2020WasExtended() {
        assertThat(BUNDLED.isWorkingDay(d("2020-01-31"))).isFalse();
        assertThat(BUNDLED.isWorkingDay(d("2020-02-01"))).isFalse();
        assertThat(BUNDLED.isWorkingDay(d("2020-02-02"))).isFalse();
        assertThat(d("2020-01-19").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(BUNDLED.isWorkingDay(d("2020-01-19"))).isTrue();
        assertThat(BUNDLED.isWorkingDay(d("2020-02-03"))).isTrue();
        assertThat(PLAIN.isWorkingDay(d("2020-01-31"))).isTrue();
    }

    @Test
    void thirdWorkingDayAfterFriday27September2019IsTuesday8October() {
        // the example's error report e2 (README of the examples): on time only with the official schedule
        assertThat(BUNDLED.nthWorkingDayAfter(d("2019-09-27"), 1)).isEqualTo(d("2019-09-29"));
        assertThat(BUNDLED.nthWorkingDayAfter(d("2019-09-27"), 2)).isEqualTo(d("2019-09-30"));
        assertThat(BUNDLED.nthWorkingDayAfter(d("2019-09-27"), 3)).isEqualTo(d("2019-10-08"));
        assertThat(PLAIN.nthWorkingDayAfter(d("2019-09-27"), 3)).isEqualTo(d("2019-10-02"));
    }

    @Test
    void theDayItselfIsNotCounted() {
        // Monday 2019-12-16: the first working day after it is Tuesday, even though Monday is one
        assertThat(BUNDLED.nthWorkingDayAfter(d("2019-12-16"), 1)).isEqualTo(d("2019-12-17"));
        // Saturday: the first working day after is Monday
        assertThat(BUNDLED.nthWorkingDayAfter(d("2019-12-14"), 1)).isEqualTo(d("2019-12-16"));
    }

    @Test
    void nMustBePositive() {
        assertThatThrownBy(() -> BUNDLED.nthWorkingDayAfter(d("2019-12-16"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bundledYears() {
        assertThat(BUNDLED.years()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(BUNDLED.covers(2017)).isFalse();
        assertThat(BUNDLED.covers(2018)).isTrue();
        assertThat(BUNDLED.covers(2026)).isTrue();
        assertThat(BUNDLED.covers(2027)).isFalse();
        assertThat(WorkingDayCalendar.bundled()).isSameAs(BUNDLED);
    }

    @Test
    void datesIn2027UsePlainMondayToFriday() {
        // 2027-01-01 is a Friday: a statutory holiday in fact, but the schedule does not know 2027
        assertThat(d("2027-01-01").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(BUNDLED.isWorkingDay(d("2027-01-01"))).isTrue();
        assertThat(BUNDLED.isWorkingDay(d("2027-01-02"))).isFalse();
        assertThat(BUNDLED.isWorkingDay(d("2027-01-03"))).isFalse();
        assertThat(BUNDLED.nthWorkingDayAfter(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
        assertThat(BUNDLED.nthWorkingDayAfter(d("2027-01-01"), 1)).isEqualTo(d("2027-01-04"));
    }

    @Test
    void coversAll() {
        assertThat(BUNDLED.coversAll(d("2019-01-01"), d("2020-12-31"))).isTrue();
        assertThat(BUNDLED.coversAll(d("2026-12-30"), d("2027-01-02"))).isFalse();
        assertThat(BUNDLED.coversAll(d("2017-12-30"), d("2018-01-02"))).isFalse();
    }

    @Test
    void ofCustomSchedule() {
        WorkingDayCalendar c = WorkingDayCalendar.of(Map.of(d("2030-01-01"), false, d("2030-01-05"), true), Set.of(2030));
        assertThat(c.isWorkingDay(d("2030-01-01"))).isFalse();
        assertThat(c.isWorkingDay(d("2030-01-05"))).isTrue();
        assertThat(c.isWorkingDay(d("2030-01-06"))).isFalse();
        assertThat(c.covers(2030)).isTrue();
        assertThat(c.covers(2031)).isFalse();
    }

    @Test
    void fromDirectoryReadsOneFileAYear(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2030.json"), """
                {"year": 2030, "days": [
                  {"date": "2030-01-01", "isOffDay": true},
                  {"date": "2030-01-05", "isOffDay": false}
                ]}""", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2031.json"), """
                {"year": 2031, "papers": [], "days": [{"date": "2031-01-01", "isOffDay": true}]}""",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), "not a schedule", StandardCharsets.UTF_8);
        WorkingDayCalendar c = WorkingDayCalendar.fromDirectory(dir);
        assertThat(c.years()).containsExactly(2030, 2031);
        assertThat(d("2030-01-01").getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(c.isWorkingDay(d("2030-01-01"))).isFalse();
        assertThat(c.isWorkingDay(d("2030-01-05"))).isTrue();
        assertThat(c.isWorkingDay(d("2031-01-01"))).isFalse();
        assertThat(c.isWorkingDay(d("2030-01-02"))).isTrue();
        assertThat(c.covers(2019)).isFalse();
    }

    @Test
    void brokenJsonGivesAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2030.json"), "{\"year\": 2030, \"days\": [", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030.json");
    }

    @Test
    void aBadDateGivesAnErrorNamingTheFileAndEntry(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2030.json"), "{\"year\": 2030, \"days\": [{\"date\": \"2030-02-30\", \"isOffDay\": true}]}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030.json")
                .hasMessageContaining("$.days[0].date");
    }

    @Test
    void aFileWithoutDaysGivesAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2030.json"), "{\"year\": 2030}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030.json");
    }

    @Test
    void anEmptyDirectoryIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no holiday schedule");
    }

    @Test
    void aMissingDirectoryIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }
}
