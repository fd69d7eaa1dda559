package org.twir.archive.web.fuzz;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties every answer must have: no 5xx; a 4xx is {@code application/problem+json} with a title, a
 * detail saying what to fix and the same status; a 2xx body parses (JSON, Atom, HTML) and a JSON body has the
 * shape its operation documents (no undocumented field, the documented JSON types); nothing takes over 2 s.
 */
public final class ResponseCheck {

    /** A broken property: its name (what the shrinker keeps constant) and what was seen. */
    public record Violation(String property, String detail) {}

    static final Duration SLOWEST = Duration.ofSeconds(2);

    private final ApiCatalog catalog;
    private final JsonMapper json = JsonMapper.builder().build();

    public ResponseCheck(ApiCatalog catalog) {
        this.catalog = catalog;
    }

    public Optional<Violation> check(FuzzRequest request, HttpResponse<String> response, Duration took) {
        int status = response.statusCode();
        String type = response.headers().firstValue("content-type").orElse("");
        String body = response.body() == null ? "" : response.body();
        if (status >= 500) {
            return violation("no 5xx", status + " " + abbreviate(body));
        }
        if (took.compareTo(SLOWEST) > 0) {
            return violation("at most 2 s", "took " + took.toMillis() + " ms");
        }
        boolean head = "HEAD".equals(request.method());
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                return violation("4xx is problem+json", status + " with content-type '" + type + "'");
            }
            return head ? Optional.empty() : problem(status, body);
        }
        if (status >= 200 && status < 300 && !head && status != 204) {
            return okBody(request, type, body);
        }
        return Optional.empty();
    }

    private Optional<Violation> problem(int status, String body) {
        JsonNode problem;
        try {
            problem = json.readTree(body);
        } catch (RuntimeException e) {
            return violation("4xx is problem+json", "unparsable: " + abbreviate(body));
        }
        if (problem.path("status").asInt() != status
                || problem.path("title").asString("").isBlank()
                || problem.path("detail").asString("").isBlank()) {
            return violation("4xx names what to fix", "status " + status + ", problem " + abbreviate(body));
        }
        return Optional.empty();
    }

    private Optional<Violation> okBody(FuzzRequest request, String type, String body) {
        if (type.contains("ndjson")) {
            // One JSON object per line, each of the documented row shape; no rows is a valid (empty) export.
            ApiCatalog.Operation op = catalog.match(request.method(), request.path());
            for (String line : body.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = json.readTree(line);
                } catch (RuntimeException e) {
                    return violation("2xx body parses", "invalid NDJSON line: " + abbreviate(line));
                }
                String mismatch = !row.isObject()
                        ? "$ should be an object: " + abbreviate(line)
                        : op != null && op.okSchema() != null ? shape(row, op.okSchema(), "$", 0) : null;
                if (mismatch != null) {
                    return violation("2xx has the documented shape", mismatch);
                }
            }
            return Optional.empty();
        }
        if (type.contains("csv") && !body.startsWith("id,title,url,")) {
            return violation("2xx body parses", "CSV without its header row: " + abbreviate(body));
        }
        if (type.contains("json")) {
            JsonNode node;
            try {
                node = json.readTree(body);
            } catch (RuntimeException e) {
                return violation("2xx body parses", "invalid JSON: " + abbreviate(body));
            }
            ApiCatalog.Operation op = catalog.match(request.method(), request.path());
            if (op != null && op.okSchema() != null) {
                String mismatch = shape(node, op.okSchema(), "$", 0);
                if (mismatch != null) {
                    return violation("2xx has the documented shape", mismatch);
                }
            }
            return Optional.empty();
        }
        if (type.contains("xml")) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
            } catch (Exception e) {
                return violation("2xx body parses", "invalid XML (" + e.getMessage() + "): " + abbreviate(body));
            }
            return Optional.empty();
        }
        if (type.contains("html") && !body.regionMatches(true, 0, "<!doctype html", 0, 14)) {
            return violation("2xx body parses", "HTML without a doctype: " + abbreviate(body));
        }
        return Optional.empty();
    }

    /** Where {@code node} departs from {@code schema}, or null. Only what the schema states is checked. */
    private @Nullable String shape(JsonNode node, JsonNode schemaOrRef, String where, int depth) {
        if (depth > 12 || node.isNull()) {
            return null;
        }
        JsonNode schema = catalog.resolve(schemaOrRef);
        String type = schema.path("type").asString("");
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object" -> {
                if (!node.isObject()) {
                    return where + " should be an object: " + abbreviate(node.toString());
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    JsonNode declared = properties.get(field.getKey());
                    if (declared == null && additional.isObject()) {
                        declared = additional;
                    }
                    if (declared == null) {
                        if (properties.isEmpty() && !additional.isBoolean()) {
                            continue;
                        }
                        return where + "." + field.getKey() + " is not documented";
                    }
                    String inner = shape(field.getValue(), declared, where + "." + field.getKey(), depth + 1);
                    if (inner != null) {
                        return inner;
                    }
                }
                return null;
            }
            case "array" -> {
                if (!node.isArray()) {
                    return where + " should be an array: " + abbreviate(node.toString());
                }
                int i = 0;
                for (JsonNode item : node) {
                    String inner = shape(item, schema.path("items"), where + "[" + i++ + "]", depth + 1);
                    if (inner != null) {
                        return inner;
                    }
                }
                return null;
            }
            case "string" -> {
                return node.isString() ? null : where + " should be a string: " + abbreviate(node.toString());
            }
            case "integer" -> {
                return node.isIntegralNumber() ? null : where + " should be an integer: " + node;
            }
            case "number" -> {
                return node.isNumber() ? null : where + " should be a number: " + node;
            }
            case "boolean" -> {
                return node.isBoolean() ? null : where + " should be a boolean: " + node;
            }
            default -> {
                return null;
            }
        }
    }

    private static Optional<Violation> violation(String property, String detail) {
        return Optional.of(new Violation(property, detail));
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
