package org.govweb.scoring.drools.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeWeekTest {
    static final LocalDate MD = LocalDate.of(2019, 12, 18);
    static final LocalDate FIRST = MD.minusDays(6);

    @Test
    void theTallyCoversBothEndsOfTheWeekOnly() {
        ProbeWeek.Tally t = new ProbeWeek.Tally(FIRST, MD);
        assertThat(t.covers(FIRST)).isTrue();
        assertThat(t.covers(MD)).isTrue();
        assertThat(t.covers(FIRST.minusDays(1))).isFalse();
        assertThat(t.covers(MD.plusDays(1))).isFalse();
    }

    @Test
    void theTallyCountsEachDayAndTheFailedProbes() {
        ProbeWeek.Tally t = new ProbeWeek.Tally(FIRST, MD);
        t.count(FIRST, true);
        t.count(FIRST, false);
        t.count(MD, true);
        t.count(MD.minusDays(3), false);
        ProbeWeek w = t.toProbeWeek();
        assertThat(w.probes()).isEqualTo(4);
        assertThat(w.failed()).isEqualTo(2);
        assertThat(w.probesPerDay()).containsExactly(2, 0, 0, 1, 0, 0, 1);
        assertThat(w.probesOn(FIRST)).isEqualTo(2);
        assertThat(w.probesOn(MD)).isEqualTo(1);
        assertThat(w.probesOn(MD.minusDays(1))).isZero();
    }

    @Test
    void probesInAnyOrderCountOnTheirOwnDay() {
        ProbeWeek.Tally t = new ProbeWeek.Tally(FIRST, MD);
        for (LocalDate day : List.of(MD, FIRST, MD, MD, FIRST.plusDays(1), FIRST, MD.minusDays(2), MD)) {
            t.count(day, false);
        }
        assertThat(t.toProbeWeek().probesPerDay()).containsExactly(2, 1, 0, 0, 1, 0, 4);
    }

    @Test
    void aProbeOutsideTheWeekIsRefusedAfterOneInsideIt() {
        ProbeWeek.Tally t = new ProbeWeek.Tally(FIRST, MD);
        t.count(MD, false);
        assertThatThrownBy(() -> t.count(MD.plusDays(1), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.count(FIRST.minusDays(1), false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.toProbeWeek().probes()).isEqualTo(1);
    }

    @Test
    void aDayOutsideTheWeekHasNoProbes() {
        ProbeWeek w = new ProbeWeek(FIRST, MD, 7, 0, List.of(1, 1, 1, 1, 1, 1, 1));
        assertThat(w.probesOn(FIRST.minusDays(1))).isZero();
        assertThat(w.probesOn(MD.plusDays(1))).isZero();
    }

    @Test
    void aProbeOutsideTheWeekCannotBeCounted() {
        ProbeWeek.Tally t = new ProbeWeek.Tally(FIRST, MD);
        assertThatThrownBy(() -> t.count(MD.plusDays(1), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019-12-19 is outside the week");
        assertThatThrownBy(() -> new ProbeWeek.Tally(MD, FIRST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsThatDisagreeAreRefused() {
        assertThatThrownBy(() -> new ProbeWeek(FIRST, MD, 3, 0, List.of(1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one count per day");
        assertThatThrownBy(() -> new ProbeWeek(FIRST, MD, 8, 0, List.of(1, 1, 1, 1, 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts disagree");
        assertThatThrownBy(() -> new ProbeWeek(FIRST, MD, 7, 8, List.of(1, 1, 1, 1, 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts disagree");
    }
}
