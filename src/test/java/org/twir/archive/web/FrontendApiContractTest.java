package org.twir.archive.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web UI's API types ({@code frontend/src/api.ts}) against the OpenAPI document the running application
 * serves ({@code /v3/api-docs}): same fields, {@code ?} exactly where the server may leave a field out, {@code |
 * null} exactly where it may send null, same types. It fails whichever side changes alone.
 *
 * <p>To extend it: a new interface in {@code api.ts} needs a line in {@link #SCHEMA_OF} (the component schema it
 * mirrors, as named in {@code /v3/api-docs}), or in {@link #CLIENT_ONLY} if it describes no answer; a new client
 * call needs a line in {@link #ANSWER_OF}. A field added on the server (a new search-hit field, say) fails here
 * until {@code api.ts} declares it too. The reader of {@code api.ts} below understands the plain {@code export
 * interface Name { field?: Type; }} form the file is written in (no nested object literals, no generics but
 * {@code Record<string, T>}); anything else fails loudly rather than being skipped.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontendApiContractTest {

    private static final Path API_TS = Path.of("frontend/src/api.ts");

    /** api.ts interface -> the component schema of /v3/api-docs it mirrors. */
    private static final Map<String, String> SCHEMA_OF = Map.ofEntries(
            entry("SearchResponse", "SearchResponse"),
            entry("SearchHit", "Hit"),
            entry("Highlight", "HighlightView"),
            entry("FacetCount", "FacetCount"),
            entry("Suggestions", "Suggestions"),
            entry("IssueResponse", "IssueDetail"),
            entry("IssueSection", "SectionView"),
            entry("IssueEntry", "EntryView"),
            entry("EventView", "EventView"),
            entry("QuoteView", "QuoteView"),
            entry("Person", "PersonView"),
            entry("CotwWeek", "CotwWeek"),
            entry("CrateView", "CrateView"),
            entry("WeekPage", "WeekPage"));

    /** api.ts interfaces that describe no server answer (none yet). */
    private static final Set<String> CLIENT_ONLY = Set.of();

    /** Endpoint the client calls -> the api.ts interface it reads the 200 answer as. */
    private static final Map<String, String> ANSWER_OF = Map.ofEntries(
            entry("/api/search", "SearchResponse"),
            entry("/api/suggest", "Suggestions"),
            entry("/api/issues/{id}", "IssueResponse"),
            entry("/api/crates-of-the-week", "WeekPage"));

    private static final Pattern INTERFACE = Pattern.compile("export\\s+interface\\s+(\\w+)\\s*\\{([^{}]*)}");
    private static final Pattern FIELD = Pattern.compile("(\\w+)(\\??):\\s*(.+)");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Autowired
    WebTestClient client;

    private JsonNode apiDocs;
    private Map<String, Map<String, TsField>> interfaces;

    record TsField(boolean optional, String type) {}

    @BeforeAll
    void readBothSides() throws IOException {
        byte[] body = client.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        apiDocs = JsonMapper.builder().build().readTree(body);
        interfaces = readInterfaces(Files.readString(API_TS));
    }

    @Test
    void everyInterfaceOfTheClientIsCheckedAgainstASchema() {
        Set<String> known = new TreeSet<>(SCHEMA_OF.keySet());
        known.addAll(CLIENT_ONLY);
        assertThat(interfaces.keySet())
                .as("interfaces in %s: add each new one to SCHEMA_OF or CLIENT_ONLY", API_TS)
                .containsExactlyInAnyOrderElementsOf(known);
        assertThat(SCHEMA_OF.values())
                .as("schemas in /v3/api-docs")
                .allSatisfy(schema ->
                        assertThat(schema(schema).isMissingNode()).as(schema).isFalse());
    }

    @Test
    void everyInterfaceHasTheFieldsOfItsSchemaWithTheirOptionalityNullabilityAndType() {
        List<String> drift = new ArrayList<>();
        SCHEMA_OF.forEach((name, schemaName) -> drift.addAll(compare(name, schemaName)));
        assertThat(drift).as("api.ts against /v3/api-docs").isEmpty();
    }

    @Test
    void everyEndpointTheClientCallsAnswersTheInterfaceItReads() {
        ANSWER_OF.forEach((path, name) -> {
            JsonNode content = apiDocs.path("paths")
                    .path(path)
                    .path("get")
                    .path("responses")
                    .path("200")
                    .path("content");
            assertThat(content.isObject()).as("GET %s in /v3/api-docs", path).isTrue();
            Set<String> refs = new TreeSet<>();
            content.forEach(media -> refs.add(media.path("schema").path("$ref").asString("")));
            assertThat(refs)
                    .as("schema of GET %s", path)
                    .containsExactly("#/components/schemas/" + SCHEMA_OF.get(name));
        });
    }

    @Test
    void aFieldTheClientMarksOptionalThoughTheServerAlwaysSendsItIsReported() {
        Map<String, Map<String, TsField>> drifted = new LinkedHashMap<>(interfaces);
        Map<String, TsField> facet = new LinkedHashMap<>(drifted.get("FacetCount"));
        facet.put("count", new TsField(true, "number"));
        drifted.put("FacetCount", facet);
        assertThat(compare(drifted, "FacetCount", "FacetCount"))
                .containsExactly("FacetCount.count: optional (?) in api.ts, but FacetCount always sends it");
    }

    private List<String> compare(String name, String schemaName) {
        return compare(interfaces, name, schemaName);
    }

    private List<String> compare(Map<String, Map<String, TsField>> declared, String name, String schemaName) {
        List<String> drift = new ArrayList<>();
        Map<String, TsField> fields = declared.getOrDefault(name, Map.of());
        JsonNode schema = schema(schemaName);
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        Set<String> properties = new LinkedHashSet<>(schema.path("properties").propertyNames());
        for (String property : properties) {
            TsField field = fields.get(property);
            if (field == null) {
                drift.add(name + "." + property + ": sent by " + schemaName + ", missing in api.ts");
                continue;
            }
            boolean alwaysSent = required.contains(property);
            if (field.optional() == alwaysSent) {
                drift.add(name + "." + property
                        + (alwaysSent
                                ? ": optional (?) in api.ts, but " + schemaName + " always sends it"
                                : ": required in api.ts, but " + schemaName + " may leave it out (mark it ?)"));
            }
            Set<String> expected = tsType(schema.path("properties").path(property));
            Set<String> actual = union(field.type());
            if (!sameType(expected, actual)) {
                drift.add(name + "." + property + ": " + field.type() + " in api.ts, " + String.join(" | ", expected)
                        + " in " + schemaName);
            }
        }
        fields.keySet().stream()
                .filter(field -> !properties.contains(field))
                .forEach(field ->
                        drift.add(name + "." + field + ": in api.ts, but " + schemaName + " has no such field"));
        return drift;
    }

    private JsonNode schema(String name) {
        return apiDocs.path("components").path("schemas").path(name);
    }

    /** The TypeScript type a property schema calls for, as the members of a union. */
    private Set<String> tsType(JsonNode property) {
        Set<String> union = new TreeSet<>();
        if (property.has("oneOf")) {
            property.path("oneOf").forEach(alternative -> union.addAll(tsType(alternative)));
            return union;
        }
        if (property.has("$ref")) {
            union.add(interfaceFor(property.path("$ref").asString()));
            return union;
        }
        List<String> types = new ArrayList<>();
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else {
            types.add(type.asString());
        }
        for (String t : types) {
            union.add(
                    switch (t) {
                        case "string" -> "string";
                        case "integer", "number" -> "number";
                        case "boolean" -> "boolean";
                        case "null" -> "null";
                        case "array" -> element(tsType(property.path("items"))) + "[]";
                        case "object" ->
                            "Record<string," + element(tsType(property.path("additionalProperties"))) + ">";
                        default -> "unknown schema type " + t;
                    });
        }
        return union;
    }

    private String interfaceFor(String ref) {
        String schemaName = ref.substring(ref.lastIndexOf('/') + 1);
        return SCHEMA_OF.entrySet().stream()
                .filter(e -> e.getValue().equals(schemaName))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("(an interface for schema " + schemaName + ")");
    }

    private static String element(Set<String> union) {
        return union.size() == 1 ? union.iterator().next() : "(" + String.join("|", union) + ")";
    }

    /** A union of string literals ({@code 'article' | 'event'}) is a narrower string: accepted for a string. */
    private static boolean sameType(Set<String> expected, Set<String> actual) {
        Set<String> widened = new TreeSet<>();
        for (String member : actual) {
            widened.add(member.startsWith("'") ? "string" : member);
        }
        return widened.equals(expected);
    }

    private static Set<String> union(String type) {
        Set<String> members = new TreeSet<>();
        for (String member : type.replace(" ", "").split("\\|")) {
            members.add(member);
        }
        return members;
    }

    static Map<String, Map<String, TsField>> readInterfaces(String source) {
        String code = COMMENTS.matcher(source).replaceAll("");
        Map<String, Map<String, TsField>> found = new LinkedHashMap<>();
        Matcher m = INTERFACE.matcher(code);
        while (m.find()) {
            Map<String, TsField> fields = new LinkedHashMap<>();
            for (String member : m.group(2).split("[;\\n]")) {
                if (member.isBlank()) {
                    continue;
                }
                Matcher field = FIELD.matcher(member.strip());
                assertThat(field.matches())
                        .as("a field of interface %s this reader understands: '%s'", m.group(1), member.strip())
                        .isTrue();
                fields.put(
                        field.group(1),
                        new TsField(!field.group(2).isEmpty(), field.group(3).strip()));
            }
            found.put(m.group(1), fields);
        }
        int declared = Pattern.compile("export\\s+interface\\s")
                .matcher(code)
                .results()
                .toList()
                .size();
        assertThat(found)
                .as("interfaces of api.ts read whole (no nested braces)")
                .hasSize(declared);
        return found;
    }
}
