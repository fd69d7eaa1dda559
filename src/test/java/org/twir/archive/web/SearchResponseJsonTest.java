package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.twir.archive.search.FacetCount;
import org.twir.archive.search.SearchHit;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search answer written field by field is byte for byte what the application's own mapper writes for the same
 * records by their components (Jackson's bean serialization, with the serializer annotation masked): random answers
 * with nulls, quotes, control characters, non-ASCII text, scores and dates of every kind.
 */
@ApiTest
class SearchResponseJsonTest {

    @Autowired
    JsonMapper json;

    /** Masks {@link SearchResponse}'s serializer: Jackson writes the record by its components. */
    @JsonSerialize(using = ValueSerializer.None.class)
    private abstract static class ByComponents {}

    private static final String[] TEXTS = {
        "",
        "serde",
        "Async \"traits\" <mark>are</mark> hard",
        "tab\there\nnewline",
        "back\\slash",
        "café ☕ 𝔘",
        "\u0000\u001f\u007f",
        "https://example.com/a?b=c&d=[e]#f"
    };

    @Test
    void writesWhatJacksonWritesForTheRecords() {
        JsonMapper byComponents = json.rebuild()
                .addMixIn(SearchResponse.class, ByComponents.class)
                .build();
        Random random = new Random(9);
        for (int i = 0; i < 300; i++) {
            SearchResponse response = response(random);
            String written = new String(json.writeValueAsBytes(response), StandardCharsets.UTF_8);
            String expected = new String(byComponents.writeValueAsBytes(response), StandardCharsets.UTF_8);
            assertThat(written).isEqualTo(expected);
        }
        assertThat(new String(byComponents.writeValueAsBytes(response(new Random(1)))))
                .as("the oracle writes the records by their components")
                .contains("\"alsoInCount\":");
    }

    private static SearchResponse response(Random random) {
        List<SearchResponse.Hit> hits = new ArrayList<>();
        for (int h = random.nextInt(4); h > 0; h--) {
            hits.add(hit(random));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : List.of("category", "domain", "year")) {
            List<FacetCount> counts = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                counts.add(new FacetCount(text(random), random.nextLong(0, Long.MAX_VALUE)));
            }
            facets.put(dimension, counts);
        }
        return new SearchResponse(
                text(random),
                random.nextLong(0, 100_000),
                random.nextLong(0, 100_000),
                random.nextInt(500),
                random.nextInt(1, 101),
                hits,
                facets,
                random.nextBoolean() ? null : text(random));
    }

    private static SearchResponse.Hit hit(Random random) {
        List<SearchHit.Listing> alsoIn = new ArrayList<>();
        for (int l = random.nextInt(3); l > 0; l--) {
            alsoIn.add(new SearchHit.Listing(issue(random), text(random), date(random)));
        }
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(3); t > 0; t--) {
            tags.add(text(random));
        }
        float[] scores = {0f, 1f, 27.349203f, 1.0E-5f, 3.4028235E38f, random.nextFloat() * 40};
        return new SearchResponse.Hit(
                text(random),
                text(random),
                text(random),
                issue(random),
                date(random),
                text(random),
                text(random),
                text(random),
                tags,
                text(random),
                new SearchResponse.HighlightView(text(random), text(random)),
                text(random),
                text(random),
                scores[random.nextInt(scores.length)],
                text(random),
                alsoIn,
                random.nextInt(1000));
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)] + TEXTS[random.nextInt(TEXTS.length)];
    }

    private static @Nullable Integer issue(Random random) {
        return random.nextInt(4) == 0 ? null : random.nextInt(1, 1000);
    }

    private static LocalDate date(Random random) {
        LocalDate[] dates = {LocalDate.of(2013, 6, 8), LocalDate.of(2026, 5, 27), LocalDate.of(10_000, 1, 1)};
        return dates[random.nextInt(dates.length)];
    }
}
