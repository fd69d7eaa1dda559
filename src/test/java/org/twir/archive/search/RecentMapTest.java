package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentMapTest {

    @Test
    void keepsNoMoreThanItsBound() {
        RecentMap<String, Integer> map = new RecentMap<>(8);
        for (int i = 0; i < 100; i++) {
            map.put("word" + i, i);
            assertThat(map.size()).as("after %d entries", i + 1).isLessThanOrEqualTo(8);
        }
        assertThat(map.get("word99")).isEqualTo(99);
        assertThat(map.get("word0")).isNull();
    }

    @Test
    void keepsWhatIsAskedForAgainWhileOthersComeAndGo() {
        RecentMap<String, Integer> map = new RecentMap<>(8);
        map.put("asked", -1);
        for (int i = 0; i < 100; i++) {
            map.put("word" + i, i);
            assertThat(map.get("asked")).as("after %d other entries", i + 1).isEqualTo(-1);
        }
    }
}
