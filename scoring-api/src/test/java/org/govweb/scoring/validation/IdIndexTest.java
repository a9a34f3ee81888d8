package org.govweb.scoring.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id table of validation: the same answers as a HashMap, across growth and collisions. */
class IdIndexTest {

    @Test
    void answersLikeAHashMap() {
        Random random = new Random(7);
        IdIndex index = new IdIndex(3); // grows many times
        Map<String, Long> reference = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String id = "id-" + random.nextInt(12_000);
            Long expected = reference.putIfAbsent(id, (long) i);
            assertThat(index.putIfAbsent(id, i)).isEqualTo(expected == null ? -1L : expected);
        }
        for (int i = 0; i < 13_000; i++) {
            assertThat(index.contains("id-" + i)).isEqualTo(reference.containsKey("id-" + i));
        }
        assertThat(index.contains(null)).isFalse();
    }

    @Test
    void collidingHashCodesAreKeptApart() {
        IdIndex index = new IdIndex(4);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(index.putIfAbsent("Aa", 1)).isEqualTo(-1);
        assertThat(index.putIfAbsent("BB", 2)).isEqualTo(-1);
        assertThat(index.putIfAbsent("AaAa", 3)).isEqualTo(-1);
        assertThat(index.putIfAbsent("BBBB", 4)).isEqualTo(-1);
        assertThat(index.putIfAbsent("BB", 5)).isEqualTo(2);
        assertThat(index.putIfAbsent("", 6)).isEqualTo(-1);
        assertThat(index.putIfAbsent("", 7)).isEqualTo(6);
    }

    @Test
    void aHashGivenByTheCallerIsStringHashCode() {
        IdIndex index = new IdIndex(2);
        String[] ids = {"post-00001", "浏阳市-01", "Aa", "BB", "é", ""};
        for (int i = 0; i < ids.length; i++) {
            assertThat(index.putIfAbsent(ids[i], ids[i].hashCode(), i)).isEqualTo(-1);
        }
        for (int i = 0; i < ids.length; i++) {
            String copy = new String(ids[i].toCharArray()); // equal, not the same instance
            assertThat(index.putIfAbsent(copy, 100 + i)).isEqualTo(i);
            assertThat(index.contains(copy)).isTrue();
        }
        assertThat(index.contains("post-00002")).isFalse();
    }
}
