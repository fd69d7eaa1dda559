package org.twir.archive.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.twir.archive.search.FacetCount;
import org.twir.archive.search.SearchHit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link SearchResponse} field by field, as Jackson writes the records by their components (the same names
 * in the same order, nulls written, dates as Jackson writes them): the bytes are the same (SearchResponseJsonTest).
 * Jackson's bean serialization reads each component through a method handle and finds its serializer per value:
 * a twentieth of an uncached search's CPU for the twenty hits of a page and its facets. Field names are the API's
 * contract, declared in {@link SearchResponse}: a component added there must be added here too (the test fails
 * otherwise).
 */
final class SearchResponseJson extends ValueSerializer<SearchResponse> {

    private static final SerializableString QUERY = name("query");
    private static final SerializableString TOTAL = name("total");
    private static final SerializableString TOTAL_ENTRIES = name("totalEntries");
    private static final SerializableString PAGE = name("page");
    private static final SerializableString SIZE = name("size");
    private static final SerializableString HITS = name("hits");
    private static final SerializableString FACETS = name("facets");
    private static final SerializableString SUGGESTION = name("suggestion");
    private static final SerializableString ID = name("id");
    private static final SerializableString TITLE = name("title");
    private static final SerializableString URL = name("url");
    private static final SerializableString ISSUE = name("issue");
    private static final SerializableString DATE = name("date");
    private static final SerializableString CATEGORY = name("category");
    private static final SerializableString CATEGORY_PATH = name("categoryPath");
    private static final SerializableString KIND = name("kind");
    private static final SerializableString TAGS = name("tags");
    private static final SerializableString DESCRIPTION = name("description");
    private static final SerializableString HIGHLIGHT = name("highlight");
    private static final SerializableString ISSUE_URL = name("issueUrl");
    private static final SerializableString DOMAIN = name("domain");
    private static final SerializableString SCORE = name("score");
    private static final SerializableString ISSUE_ID = name("issueId");
    private static final SerializableString ALSO_IN = name("alsoIn");
    private static final SerializableString ALSO_IN_COUNT = name("alsoInCount");
    private static final SerializableString VALUE = name("value");
    private static final SerializableString COUNT = name("count");

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    @Override
    public void serialize(SearchResponse response, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(response);
        string(json, QUERY, response.query());
        json.writeName(TOTAL);
        json.writeNumber(response.total());
        json.writeName(TOTAL_ENTRIES);
        json.writeNumber(response.totalEntries());
        json.writeName(PAGE);
        json.writeNumber(response.page());
        json.writeName(SIZE);
        json.writeNumber(response.size());
        json.writeName(HITS);
        json.writeStartArray();
        for (SearchResponse.Hit hit : response.hits()) {
            hit(json, hit, context);
        }
        json.writeEndArray();
        json.writeName(FACETS);
        json.writeStartObject();
        for (Map.Entry<String, List<FacetCount>> dimension : response.facets().entrySet()) {
            json.writeName(dimension.getKey());
            json.writeStartArray();
            for (FacetCount count : dimension.getValue()) {
                json.writeStartObject();
                string(json, VALUE, count.value());
                json.writeName(COUNT);
                json.writeNumber(count.count());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        string(json, SUGGESTION, response.suggestion());
        json.writeEndObject();
    }

    private static void hit(JsonGenerator json, SearchResponse.Hit hit, SerializationContext context) {
        json.writeStartObject();
        string(json, ID, hit.id());
        string(json, TITLE, hit.title());
        string(json, URL, hit.url());
        number(json, ISSUE, hit.issue());
        json.writeName(DATE);
        context.writeValue(json, hit.date());
        string(json, CATEGORY, hit.category());
        string(json, CATEGORY_PATH, hit.categoryPath());
        string(json, KIND, hit.kind());
        json.writeName(TAGS);
        json.writeStartArray();
        for (String tag : hit.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        string(json, DESCRIPTION, hit.description());
        json.writeName(HIGHLIGHT);
        json.writeStartObject();
        string(json, TITLE, hit.highlight().title());
        string(json, DESCRIPTION, hit.highlight().description());
        json.writeEndObject();
        string(json, ISSUE_URL, hit.issueUrl());
        string(json, DOMAIN, hit.domain());
        json.writeName(SCORE);
        json.writeNumber(hit.score());
        string(json, ISSUE_ID, hit.issueId());
        json.writeName(ALSO_IN);
        json.writeStartArray();
        for (SearchHit.Listing listing : hit.alsoIn()) {
            json.writeStartObject();
            number(json, ISSUE, listing.issue());
            string(json, ISSUE_ID, listing.issueId());
            json.writeName(DATE);
            context.writeValue(json, listing.date());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName(ALSO_IN_COUNT);
        json.writeNumber(hit.alsoInCount());
        json.writeEndObject();
    }

    private static void string(JsonGenerator json, SerializableString name, @Nullable String value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static void number(JsonGenerator json, SerializableString name, @Nullable Integer value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.intValue());
        }
    }
}
