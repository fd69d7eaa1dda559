package org.twir.archive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.twir.archive.RealArchive;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The known-item queries of {@code shared/queries-dev.json} and their evaluation: a query is found when its
 * URL is among the first 10 hits. Used by {@code SearchQualityIT} and the benchmark.
 */
public final class DevQueries {

    /** One query: the words typed, what sort of query it is (words, typo, inflect) and the wanted URL. */
    public record Query(String query, String kind, String url, String title) {}

    /**
     * Recall@10 and mean reciprocal rank, overall and per kind, the share of queries answered with no hit at all,
     * and the queries whose URL was not found.
     */
    public record Evaluation(
            double recall, double mrr, Map<String, Double> recallByKind, double emptyShare, List<String> misses) {

        public String report() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("recall@10 %.3f  MRR %.3f  empty answers %.3f%n", recall, mrr, emptyShare));
            recallByKind.forEach((kind, r) -> out.append(String.format("  %-8s recall@10 %.3f%n", kind, r)));
            misses.forEach(m -> out.append("  miss: ").append(m).append('\n'));
            return out.toString();
        }
    }

    private DevQueries() {}

    public static Path file() {
        return RealArchive.dir().getParent().resolve("queries-dev.json");
    }

    public static List<Query> load() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file()));
        List<Query> queries = new ArrayList<>();
        for (JsonNode node : root) {
            queries.add(new Query(
                    node.get("query").asString(),
                    node.get("kind").asString(),
                    node.get("url").asString(),
                    node.get("title").asString()));
        }
        return queries;
    }

    /**
     * The distinct words of 4 or more letters in the dev queries' target titles, sorted: the vocabulary of the
     * unique-query workloads (random pairs of them), which bench/run's HTTP workload draws from too.
     */
    public static String[] titleWords() throws IOException {
        return load().stream()
                .flatMap(q -> Arrays.stream(q.title().toLowerCase(Locale.ROOT).split("\\s+")))
                .filter(w -> w.length() >= 4 && w.chars().allMatch(Character::isLetter))
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }

    /**
     * The queries as a reader has typed them so far: each query whose last word has 6 or more letters, with that
     * word cut to its first 4 (what the search box holds while the reader is still typing it).
     */
    public static List<Query> asTyped(List<Query> queries) {
        List<Query> typed = new ArrayList<>();
        for (Query q : queries) {
            String text = q.query().strip();
            int split = text.lastIndexOf(' ') + 1;
            String last = text.substring(split);
            if (last.codePointCount(0, last.length()) >= 6) {
                String cut = last.substring(0, last.offsetByCodePoints(0, 4));
                typed.add(new Query(text.substring(0, split) + cut, q.kind(), q.url(), q.title()));
            }
        }
        return typed;
    }

    /** Runs every query through {@code topUrls} (the first 10 URLs found for a query) and scores it. */
    public static Evaluation evaluate(List<Query> queries, Function<String, List<String>> topUrls) {
        Map<String, int[]> byKind = new LinkedHashMap<>();
        int found = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        int empty = 0;
        for (Query q : queries) {
            List<String> urls = topUrls.apply(q.query());
            if (urls.isEmpty()) {
                empty++;
            }
            int rank = urls.subList(0, Math.min(10, urls.size())).indexOf(q.url());
            int[] counts = byKind.computeIfAbsent(q.kind(), k -> new int[2]);
            counts[1]++;
            if (rank >= 0) {
                found++;
                counts[0]++;
                reciprocal += 1.0 / (rank + 1);
            } else {
                misses.add("[" + q.kind() + "] " + q.query() + " -> " + q.title() + " (" + q.url() + ")");
            }
        }
        Map<String, Double> recallByKind = new LinkedHashMap<>();
        byKind.forEach((kind, c) -> recallByKind.put(kind, (double) c[0] / c[1]));
        return new Evaluation(
                (double) found / queries.size(),
                reciprocal / queries.size(),
                recallByKind,
                (double) empty / queries.size(),
                misses);
    }
}
