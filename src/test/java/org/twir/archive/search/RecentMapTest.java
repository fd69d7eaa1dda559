package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentMapTest {

    @Test
    void keepsNoMoreThanItsBound() {
        RecentMap<String, Integer> map = new RecentMap<>(8);
        for (int i = 0; i < 100; i++) {
            offerTwice(map, "word" + i, i);
            assertThat(map.size()).as("after %d entries", i + 1).isLessThanOrEqualTo(8);
        }
        assertThat(map.get("word99")).isEqualTo(99);
        assertThat(map.get("word0")).isNull();
    }

    @Test
    void keepsWhatIsAskedForAgainWhileOthersComeAndGo() {
        RecentMap<String, Integer> map = new RecentMap<>(8);
        offerTwice(map, "asked", -1);
        for (int i = 0; i < 100; i++) {
            offerTwice(map, "word" + i, i);
            assertThat(map.get("asked")).as("after %d other entries", i + 1).isEqualTo(-1);
        }
    }

    @Test
    void keepsAValueFromItsKeysSecondOffer() {
        RecentMap<String, Integer> map = new RecentMap<>(8);
        map.offer("tokio", 1);
        assertThat(map.get("tokio")).isNull();
        map.offer("tokio", 2);
        assertThat(map.get("tokio")).isEqualTo(2);
        map.offer("tokio", 3);
        assertThat(map.get("tokio")).as("a kept key's value is replaced").isEqualTo(3);
    }

    /** Keys offered again within as many first offers as the map keeps are all kept. */
    @Test
    void keepsTheKeysOfferedAgainSoon() {
        RecentMap<String, Integer> map = new RecentMap<>(1024);
        for (int i = 0; i < 500; i++) {
            map.offer("word" + i, i);
        }
        assertThat(map.size()).isZero();
        for (int i = 0; i < 500; i++) {
            map.offer("word" + i, i);
        }
        assertThat(map.size()).isEqualTo(500);
        assertThat(map.get("word0")).isZero();
        assertThat(map.get("word499")).isEqualTo(499);
    }

    /**
     * A stream of keys each offered once keeps (almost) nothing: the filter of keys offered once is cleared before it
     * fills, so few new keys pass for offered before (under 1.5% by the filter's size; 2% allowed).
     */
    @Test
    void keepsAlmostNothingOfKeysOfferedOnce() {
        RecentMap<String, Integer> map = new RecentMap<>(1024);
        int kept = 0;
        int offered = 200_000;
        for (int i = 0; i < offered; i++) {
            String key = "once" + i;
            map.offer(key, i);
            if (map.get(key) != null) {
                kept++;
            }
        }
        assertThat(kept).isLessThan(offered / 50);
    }

    private static void offerTwice(RecentMap<String, Integer> map, String key, int value) {
        map.offer(key, value);
        map.offer(key, value);
    }
}
