package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AnswerRingTest {

    /** The answer of {@code key}: {@code length} bytes that only this key's answer has (its name, repeated). */
    private static byte[] answer(String key, int length) {
        byte[] name = (key + ";").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = name[i % name.length];
        }
        return bytes;
    }

    private static byte[] answer(String key) {
        return answer(key, 100);
    }

    /** Offers {@code key}'s answer twice: it is kept once asked again. */
    private static void twice(AnswerRing ring, long generation, String key, int length) {
        ring.put(generation, key, answer(key, length));
        ring.put(generation, key, answer(key, length));
    }

    @Test
    void anAnswerAskedAgainIsKeptAndReadAsACopy() {
        AnswerRing ring = new AnswerRing(4096);
        ring.get(1, "rust");
        ring.put(1, "rust", answer("rust"));
        assertThat(ring.get(1, "rust")).as("asked once: not kept").isNull();
        ring.put(1, "rust", answer("rust"));
        byte[] first = ring.get(1, "rust");
        assertThat(first).isEqualTo(answer("rust"));
        first[0] = 'X';
        assertThat(ring.get(1, "rust")).as("a reader's copy is its own").isEqualTo(answer("rust"));
    }

    @Test
    void aStreamOfOneOffQueriesKeepsNothing() {
        AnswerRing ring = new AnswerRing(1 << 20);
        ring.get(1, "start");
        for (int i = 0; i < 500; i++) {
            ring.put(1, "rare " + i, answer("rare " + i));
        }
        // A Bloom filter may take a new key for one seen before, about once in twenty when full; here it is nearly
        // empty.
        assertThat(ring.size()).isLessThan(5);
    }

    @Test
    void theDoorkeeperForgetsWhenFullAndTellsSeenKeysFromNewOnesUntilThen() {
        AnswerRing.Doorkeeper seen = new AnswerRing.Doorkeeper();
        int recorded = 0;
        int wronglySeen = 0;
        int key = 0;
        while (recorded < AnswerRing.Doorkeeper.CAPACITY - 1) {
            if (seen.test("query " + key++)) {
                wronglySeen++;
            } else {
                recorded++;
            }
        }
        assertThat(wronglySeen).as("new keys taken for seen ones").isLessThan(AnswerRing.Doorkeeper.CAPACITY / 20);
        assertThat(seen.test("query 7")).isTrue();
        while (seen.test("query " + key++)) {
            // until one more key is recorded: the filter is then full and starts afresh
        }
        assertThat(seen.test("query 7")).isFalse();
    }

    @Test
    void aNewerGenerationDropsEveryAnswerOfTheOlderOne() {
        AnswerRing ring = new AnswerRing(4096);
        ring.get(1, "start");
        twice(ring, 1, "rust", 100);
        twice(ring, 1, "async", 100);
        assertThat(ring.get(2, "rust")).isNull();
        assertThat(ring.size()).isZero();
        twice(ring, 2, "rust", 100);
        assertThat(ring.get(2, "rust")).isEqualTo(answer("rust"));
        assertThat(ring.get(1, "rust")).as("an older generation finds nothing").isNull();
    }

    @Test
    void anAnswerOfAReplacedGenerationIsNotKept() {
        AnswerRing ring = new AnswerRing(4096);
        ring.get(2, "start");
        twice(ring, 1, "rust", 100);
        assertThat(ring.size()).isZero();
        assertThat(ring.get(2, "rust")).isNull();
    }

    @Test
    void theOldestAnswersAreOverwritten() {
        // Records of 16 + 1 + 900 bytes, 920 with alignment: 8 fit in 8,000 bytes, the 9th starts the ring again.
        AnswerRing ring = new AnswerRing(8000);
        ring.get(1, "start");
        for (String key : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")) {
            twice(ring, 1, key, 900);
        }
        assertThat(ring.get(1, "a")).isNull();
        assertThat(ring.get(1, "b")).isNull();
        assertThat(ring.get(1, "c")).isNull();
        assertThat(ring.get(1, "l")).isEqualTo(answer("l", 900));
        assertThat(ring.get(1, "k")).isEqualTo(answer("k", 900));
        assertThat(ring.size()).isBetween(4, 8);
    }

    @Test
    void theTableBoundsHowManyTinyAnswersAreHeld() {
        // 64 KB of ring: one place per 256 bytes, 256 places.
        AnswerRing ring = new AnswerRing(64 * 1024);
        ring.get(1, "start");
        for (int i = 0; i < 2000; i++) {
            twice(ring, 1, "k" + i, 2);
        }
        assertThat(ring.size()).isBetween(128, 256);
        assertThat(ring.get(1, "k1999")).isEqualTo(answer("k1999", 2));
    }

    @Test
    void keysAreToldApartByEveryByte() {
        AnswerRing ring = new AnswerRing(64 * 1024);
        ring.get(1, "start");
        String common = "/api/search?q=" + "a".repeat(300) + "&size=";
        twice(ring, 1, common + "1", 50);
        twice(ring, 1, common + "2", 60);
        twice(ring, 1, "/api/search?q=caf\u00e9", 70);
        assertThat(ring.get(1, common + "1")).isEqualTo(answer(common + "1", 50));
        assertThat(ring.get(1, common + "2")).isEqualTo(answer(common + "2", 60));
        assertThat(ring.get(1, common + "3")).isNull();
        assertThat(ring.get(1, "/api/search?q=caf\u00e9")).isEqualTo(answer("/api/search?q=caf\u00e9", 70));
        assertThat(ring.get(1, "/api/search?q=cafe")).isNull();
    }

    @Test
    void anAnswerTooLargeForItsShareOfTheRingIsNotKept() {
        // An eighth of 8,000 bytes: a record of 16 + 15 + 969 bytes is kept, one byte more is not.
        AnswerRing ring = new AnswerRing(8000);
        ring.get(1, "start");
        twice(ring, 1, "page of 99 hits", 970);
        twice(ring, 1, "page of 10 hits", 969);
        assertThat(ring.get(1, "page of 99 hits")).isNull();
        assertThat(ring.get(1, "page of 10 hits")).isEqualTo(answer("page of 10 hits", 969));
    }

    @Test
    void aPopularAnswerSurvivesAStreamOfAnswersAskedTwice() {
        // Records of about 2,030 bytes, 32 in the ring's 64 KB, its table 256 places: buckets are far from full. A
        // read every 8 answers comes after some 16,240 bytes of writes, less than half of the ring.
        AnswerRing ring = new AnswerRing(64 * 1024);
        ring.get(1, "start");
        twice(ring, 1, "popular", 2000);
        for (int i = 0; i < 2000; i++) {
            twice(ring, 1, "other " + i, 2000);
            if (i % 8 == 0) {
                assertThat(ring.get(1, "popular")).as("after %d others", i).isEqualTo(answer("popular", 2000));
            }
        }
        assertThat(ring.get(1, "other 0"))
                .as("an answer read no more is overwritten")
                .isNull();
    }

    @Test
    void aRingOfNoBytesKeepsNothing() {
        AnswerRing ring = new AnswerRing(0);
        twice(ring, 1, "rust", 10);
        assertThat(ring.get(1, "rust")).isNull();
        assertThat(ring.size()).isZero();
    }

    @Test
    void readersNeverSeeAnAnswerTornByAWriter() throws Exception {
        // A small ring under two writers, so that answers are overwritten while readers copy them: every answer a
        // reader gets must be its key's, whole.
        AnswerRing ring = new AnswerRing(32 * 1024);
        ring.get(1, "start");
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int seed = t;
                threads.submit(() -> {
                    Random random = new Random(seed);
                    while (!stop.get()) {
                        int key = random.nextInt(200);
                        ring.put(1, "key " + key, answer("key " + key, 500 + key * 10));
                    }
                });
                readers.add(threads.submit(() -> {
                    Random random = new Random(seed + 100);
                    long found = 0;
                    long torn = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                    while (System.nanoTime() < deadline) {
                        int key = random.nextInt(200);
                        byte[] got = ring.get(1, "key " + key);
                        if (got != null) {
                            found++;
                            if (!java.util.Arrays.equals(got, answer("key " + key, 500 + key * 10))) {
                                torn++;
                            }
                        }
                    }
                    return new long[] {found, torn};
                }));
            }
            long found = 0;
            long torn = 0;
            for (Future<long[]> reader : readers) {
                long[] counts = reader.get(30, TimeUnit.SECONDS);
                found += counts[0];
                torn += counts[1];
            }
            stop.set(true);
            assertThat(found).as("answers found").isGreaterThan(1000);
            assertThat(torn).as("answers torn by a writer").isZero();
        } finally {
            stop.set(true);
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void defaultSizeOnASmallHeapIsAThirtySecondOfIt() {
        // -Xmx256m: 268,435,456 / 32 = 8,388,608 bytes (8 MB), a quarter of the 32 MB default
        assertThat(AnswerRing.defaultBytes(256L * 1024 * 1024)).isEqualTo(8_388_608L);
    }

    @Test
    void defaultSizeOnALargeHeapStaysAtThirtyTwoMegabytes() {
        // a 6 GB heap's thirty-second (192 MB) is above the 32 MB cap: 32 * 1,048,576 = 33,554,432 bytes
        assertThat(AnswerRing.defaultBytes(6L * 1024 * 1024 * 1024)).isEqualTo(33_554_432L);
    }
}
