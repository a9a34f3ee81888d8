package org.govweb.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The date readers, their shared dates, and the dates that share a slot of that cache. */
class StrictTimeTest {

    private static LocalDate date(String text) {
        return StrictTime.parseDate(text.toCharArray(), 0, text.length());
    }

    private static LocalDateTime dateTime(String text) {
        return StrictTime.parseDateTime(text.toCharArray(), 0, text.length());
    }

    @Test
    void readsADateInTheMiddleOfABuffer() {
        char[] buffer = "xx2020-02-29yy".toCharArray();
        assertThat(StrictTime.parseDate(buffer, 2, 10)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(StrictTime.parseDate(buffer, 2, 11)).isNull();
    }

    @Test
    void theSameDayIsOneInstance() {
        assertThat(date("2024-05-06")).isSameAs(date("2024-05-06"));
        assertThat(dateTime("2024-05-06T08:00").toLocalDate()).isSameAs(date("2024-05-06"));
    }

    @Test
    void daysSharingASlotOfTheCacheStayApart() {
        // 2020-01-01 and 2031-01-05 fall into the same of the 4,096 slots (11 × 372 + 4 = 4,096)
        for (int round = 0; round < 3; round++) {
            assertThat(date("2020-01-01")).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(date("2031-01-05")).isEqualTo(LocalDate.of(2031, 1, 5));
        }
    }

    @Test
    void refusesWhatIsNotExactlyADate() {
        assertThat(date("2020-02-30")).isNull();
        assertThat(date("2020-1-02x")).isNull();
        assertThat(date("2020/01/02")).isNull();
        assertThat(date("2020-01-0a")).isNull();
        assertThat(date("2020-01-02T00:00")).isNull();
    }

    @Test
    void readsDateTimesWithAndWithoutSeconds() {
        assertThat(dateTime("2025-03-20T00:05:04")).isEqualTo(LocalDateTime.of(2025, 3, 20, 0, 5, 4));
        assertThat(dateTime("2025-03-20T23:59")).isEqualTo(LocalDateTime.of(2025, 3, 20, 23, 59));
        assertThat(dateTime("2025-03-20T24:00")).isNull();
        assertThat(dateTime("2025-03-20 00:05:04")).isNull();
        assertThat(dateTime("2025-03-20T00:05:04Z")).isNull();
        assertThat(dateTime("2025-03-20T00:05.04")).isNull();
    }
}
