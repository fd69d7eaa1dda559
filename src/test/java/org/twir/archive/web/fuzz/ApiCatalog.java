package org.twir.archive.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The operations the running service documents in {@code /v3/api-docs}: what the fuzz exercises, so an endpoint
 * added later is fuzzed without touching the test, and the response schemas 2xx answers are checked against.
 */
public final class ApiCatalog {

    /** One documented operation. */
    public record Operation(
            String method,
            String pathTemplate,
            List<String> queryParameters,
            List<String> pathParameters,
            List<String> requestContentTypes,
            @Nullable JsonNode okSchema) {}

    private final JsonNode docs;
    private final List<Operation> operations;

    public ApiCatalog(JsonNode docs) {
        this.docs = docs;
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                found.add(operation(path.getKey(), op.getKey().toUpperCase(Locale.ROOT), op.getValue()));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("/v3/api-docs documents no operation");
        }
        this.operations = List.copyOf(found);
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation whose template matches {@code method} and the concrete {@code path}, if documented. */
    public @Nullable Operation match(String method, String path) {
        for (Operation op : operations) {
            if (op.method().equals(method) && matches(op.pathTemplate(), path)) {
                return op;
            }
        }
        return null;
    }

    /** Follows a {@code $ref} into {@code components}; any other schema is returned as it is. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asString();
            JsonNode target = docs;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    private static Operation operation(String template, String method, JsonNode op) {
        List<String> query = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
            String in = parameter.path("in").asString();
            String name = parameter.path("name").asString();
            if ("query".equals(in)) {
                query.add(name);
            } else if ("path".equals(in)) {
                pathParams.add(name);
            }
        }
        List<String> contentTypes = new ArrayList<>();
        op.path("requestBody").path("content").propertyNames().forEach(contentTypes::add);
        JsonNode ok = null;
        for (Map.Entry<String, JsonNode> content :
                op.path("responses").path("200").path("content").properties()) {
            if (content.getKey().contains("json") && content.getValue().has("schema")) {
                ok = content.getValue().get("schema");
            }
        }
        return new Operation(method, template, query, pathParams, contentTypes, ok);
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!t[i].startsWith("{") && !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }
}
