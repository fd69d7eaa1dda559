package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twir.archive.search.Highlight;
import org.twir.archive.search.SearchHit;
import tools.jackson.databind.json.JsonMapper;

class ExportFormatTest {

    private static SearchHit hit(String title, String description, List<String> tags) {
        return new SearchHit(
                "2020-01-01-this-week-in-rust.md#3",
                title,
                "https://example.org/a",
                null,
                LocalDate.parse("2020-01-01"),
                "community",
                "News & Blog Posts",
                "article",
                tags,
                description,
                new Highlight("", ""),
                "https://this-week-in-rust.org/",
                "example.org",
                1.5f,
                "2020-01-01-this-week-in-rust",
                List.of(),
                0);
    }

    private static String csv(SearchHit hit) {
        return new String(
                ExportFormat.CSV.encode(List.of(hit), JsonMapper.builder().build()), StandardCharsets.UTF_8);
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaksAndDoublesQuotes() {
        assertThat(csv(hit("Say \"hi\", crab", "line one\nline two", List.of())))
                .isEqualTo("2020-01-01-this-week-in-rust.md#3,\"Say \"\"hi\"\", crab\",https://example.org/a,,"
                        + "2020-01-01-this-week-in-rust,2020-01-01,community,News & Blog Posts,article,,example.org,"
                        + "\"line one\nline two\"\r\n");
    }

    @Test
    void csvJoinsTagsInOneField() {
        assertThat(csv(hit("t", "d", List.of("video", "series")))).contains(",article,video;series,example.org,");
    }

    @Test
    void ndjsonLeavesNoHighlightScoreOrListingsInTheLine() {
        String line = new String(
                ExportFormat.NDJSON.encode(
                        List.of(hit("t", "d", List.of())), JsonMapper.builder().build()),
                StandardCharsets.UTF_8);
        assertThat(line).endsWith("}\n").doesNotContain("highlight", "score", "alsoIn");
    }
}
