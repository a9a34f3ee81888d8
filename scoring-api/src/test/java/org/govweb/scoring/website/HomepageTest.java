package org.govweb.scoring.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomepageTest {
    static final LocalDate FROM = LocalDate.of(2019, 12, 5);
    static final LocalDate TO = LocalDate.of(2019, 12, 18);

    static Homepage dated(LocalDate... dates) {
        return new Homepage(false, java.util.Arrays.stream(dates)
                .map(d -> new Publication("p-" + d, "稿件", d)).toList());
    }

    @Test
    void bothEndsOfTheWindowCount() {
        assertThat(dated(FROM).hasDatedWithin(FROM, TO)).isTrue();
        assertThat(dated(TO).hasDatedWithin(FROM, TO)).isTrue();
    }

    @Test
    void theDayBeforeAndTheDayAfterDoNot() {
        assertThat(dated(FROM.minusDays(1), TO.plusDays(1)).hasDatedWithin(FROM, TO)).isFalse();
    }

    @Test
    void anUndatedItemIsNotWithinAnyWindow() {
        assertThat(dated((LocalDate) null).hasDatedWithin(FROM, TO)).isFalse();
        assertThat(new Homepage(false, List.of()).hasDatedWithin(FROM, TO)).isFalse();
    }

    @Test
    void agreesWithTheItemsItLists() {
        Homepage h = dated(FROM.minusDays(1), FROM.plusDays(3), null, TO.plusDays(2));
        for (LocalDate d = FROM.minusDays(3); !d.isAfter(TO.plusDays(3)); d = d.plusDays(1)) {
            assertThat(h.hasDatedWithin(d, d)).as("%s", d).isEqualTo(!h.datedWithin(d, d).isEmpty());
        }
    }
}
