package org.twir.archive.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.twir.archive.model.WebUrls;
import org.twir.archive.search.SearchHit;
import tools.jackson.databind.json.JsonMapper;

/** The formats of {@code /api/export}: one JSON object per line, or CSV (RFC 4180) with a header row. */
enum ExportFormat {
    NDJSON("ndjson", MediaType.parseMediaType("application/x-ndjson")),
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8;header=present"));

    /** The column order of the CSV, and the field order of each JSON line. */
    static final List<String> FIELDS = List.of(
            "id",
            "title",
            "url",
            "issue",
            "issueId",
            "date",
            "category",
            "categoryPath",
            "kind",
            "tags",
            "domain",
            "description");

    /** Separates tags inside the one CSV field (tags are single words). */
    static final String TAG_SEPARATOR = ";";

    private final String id;
    private final MediaType mediaType;

    ExportFormat(String id, MediaType mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String fileName() {
        return "twir-archive-export." + id;
    }

    static ExportFormat of(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return NDJSON;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ndjson" -> NDJSON;
            case "csv" -> CSV;
            default ->
                throw new BadParameterException(
                        "format", "format must be 'ndjson' or 'csv', was '" + SearchParameters.abbreviate(value) + "'");
        };
    }

    /** What the file starts with: the CSV header row; nothing for NDJSON. */
    byte[] head() {
        return this == CSV ? (String.join(",", FIELDS) + "\r\n").getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    /** One batch of hits as lines (JSON) or rows (CSV). */
    byte[] encode(List<SearchHit> hits, JsonMapper json) {
        StringBuilder out = new StringBuilder(hits.size() * 400);
        for (SearchHit hit : hits) {
            Row row = Row.of(hit);
            if (this == NDJSON) {
                out.append(json.writeValueAsString(row)).append('\n');
            } else {
                row.appendCsv(out);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One exported entry: a search hit without highlights, score or other listings. */
    record Row(
            String id,
            String title,
            String url,
            @Nullable Integer issue,
            String issueId,
            LocalDate date,
            String category,
            String categoryPath,
            String kind,
            List<String> tags,
            String domain,
            String description) {

        static Row of(SearchHit hit) {
            return new Row(
                    hit.id(),
                    hit.title(),
                    WebUrls.httpOrEmpty(hit.url()),
                    hit.issue(),
                    hit.issueId(),
                    hit.date(),
                    hit.category(),
                    hit.categoryPath(),
                    hit.kind(),
                    hit.tags(),
                    hit.domain(),
                    hit.description());
        }

        void appendCsv(StringBuilder out) {
            List<String> values = List.of(
                    id,
                    title,
                    url,
                    issue == null ? "" : issue.toString(),
                    issueId,
                    date.toString(),
                    category,
                    categoryPath,
                    kind,
                    String.join(TAG_SEPARATOR, tags),
                    domain,
                    description);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendField(out, values.get(i));
            }
            out.append("\r\n");
        }

        /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
        private static void appendField(StringBuilder out, String value) {
            if (value.indexOf(',') < 0
                    && value.indexOf('"') < 0
                    && value.indexOf('\n') < 0
                    && value.indexOf('\r') < 0) {
                out.append(value);
                return;
            }
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }
}
