package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String answer(String key) {
        computed.incrementAndGet();
        return "answer to " + key;
    }

    /** Asks for {@code key}'s answer twice: the first request only notes the key, the second keeps the answer. */
    private void askTwice(SearchCache<String, String> cache, long generation, String key) {
        cache.get(generation, key, () -> answer(key));
        cache.get(generation, key, () -> answer(key));
    }

    @Test
    void requestAskedTwiceIsAnsweredFromTheCacheFromThenOn() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        askTwice(cache, 1, "rust");
        String third = cache.get(1, "rust", () -> answer("rust"));
        assertThat(third).isEqualTo("answer to rust");
        assertThat(computed).hasValue(2);
    }

    @Test
    void requestAskedOnceIsNotKept() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        cache.get(1, "rust", () -> answer("rust"));
        assertThat(cache.size()).isZero();
        assertThat(cache.peek(1, "rust")).isNull();
    }

    @Test
    void newGenerationDropsEveryAnswerOfTheOldOne() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        askTwice(cache, 1, "rust");
        askTwice(cache, 1, "async");
        cache.get(2, "rust", () -> answer("rust"));
        assertThat(computed).hasValue(5);
        assertThat(cache.size()).isZero();
    }

    @Test
    void askedKeysOfTheOldGenerationCountForNothingInTheNewOne() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        cache.get(1, "rust", () -> answer("rust"));
        cache.get(2, "rust", () -> answer("rust"));
        assertThat(cache.peek(2, "rust")).isNull();
    }

    @Test
    void answersBeyondTheBoundAreEvicted() {
        SearchCache<String, String> cache = new SearchCache<>(2, answer -> 1);
        for (String key : new String[] {"a", "b", "c", "d", "e"}) {
            askTwice(cache, 1, key);
        }
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void boundIsTheAnswersWeightNotTheirNumber() {
        SearchCache<String, String> cache = new SearchCache<>(100, String::length);
        for (int i = 0; i < 2; i++) {
            cache.get(1, "big", () -> "x".repeat(60));
            cache.get(1, "small", () -> "y".repeat(10));
            cache.get(1, "bigger", () -> "z".repeat(70));
        }
        assertThat(cache.size()).isLessThanOrEqualTo(2);
        assertThat(cache.peek(1, "big") == null || cache.peek(1, "bigger") == null)
                .as("60 + 70 bytes exceed the 100-byte bound")
                .isTrue();
    }

    @Test
    void frequentlyAskedAnswerSurvivesAStreamOfOneOffQueriesWhichAreNotKept() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        for (int i = 0; i < 50; i++) {
            cache.get(1, "popular", () -> answer("popular"));
            String oneOff = "rare " + i;
            cache.get(1, oneOff, () -> answer(oneOff));
        }
        assertThat(cache.peek(1, "popular")).isEqualTo("answer to popular");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void queryRepeatedAfterAThousandOneOffQueriesIsKept() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        cache.get(1, "popular", () -> answer("popular"));
        for (int i = 0; i < 1000; i++) {
            String oneOff = "rare " + i;
            cache.get(1, oneOff, () -> answer(oneOff));
        }
        cache.get(1, "popular", () -> answer("popular"));
        assertThat(cache.peek(1, "popular")).isEqualTo("answer to popular");
    }

    @Test
    void zeroBoundComputesEveryTime() {
        SearchCache<String, String> cache = new SearchCache<>(0, answer -> 1);
        cache.get(1, "rust", () -> answer("rust"));
        cache.get(1, "rust", () -> answer("rust"));
        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void failedComputationIsNotCached() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        try {
            cache.get(1, "bad", () -> {
                throw new InvalidQueryException("bad");
            });
        } catch (InvalidQueryException expected) {
            // the next call must compute again
        }
        assertThat(cache.get(1, "bad", () -> answer("bad"))).isEqualTo("answer to bad");
        assertThat(computed).hasValue(1);
    }

    @Test
    void answerOfAReplacedGenerationIsNotKept() {
        SearchCache<String, String> cache = new SearchCache<>(4, answer -> 1);
        askTwice(cache, 2, "async");
        cache.put(1, "rust", "answer of generation 1");
        cache.put(1, "rust", "answer of generation 1");
        assertThat(cache.peek(2, "rust")).isNull();
        assertThat(cache.peek(2, "async")).isEqualTo("answer to async");
    }

    @Test
    void defaultBoundOnASmallHeapIsAThirtySecondOfIt() {
        // -Xmx256m: 268,435,456 / 32 = 8,388,608 bytes (8 MB), half the 16 MB default
        assertThat(SearchCache.defaultBytes(256L * 1024 * 1024)).isEqualTo(8_388_608L);
    }

    @Test
    void defaultBoundOnALargeHeapStaysAtSixteenMegabytes() {
        // a 6 GB heap's thirty-second (192 MB) is above the 16 MB cap: 16 * 1,048,576 = 16,777,216 bytes
        assertThat(SearchCache.defaultBytes(6L * 1024 * 1024 * 1024)).isEqualTo(16_777_216L);
    }
}
