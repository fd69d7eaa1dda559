package org.twir.archive.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.search.Dimensions;
import org.twir.archive.search.FacetCount;
import org.twir.archive.search.Highlight;
import org.twir.archive.search.InvalidQueryException;
import org.twir.archive.search.SearchHit;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.search.SearchResult;
import org.twir.archive.search.SearchService;

/**
 * A test double of the index for the web tests while the Lucene engine is built elsewhere: substring matching
 * over the fixture issues, facets by simple counting, an unbalanced quote rejected as the engine would.
 */
final class FixtureArchiveIndex implements ArchiveIndexService, SearchService {

    private volatile ArchiveSnapshot snapshot = ArchiveSnapshot.EMPTY;
    private volatile boolean ready;

    @Override
    public LoadResult load(List<Issue> issues, String fingerprint) {
        snapshot = new ArchiveSnapshot(issues, snapshot.generation() + 1);
        ready = true;
        return new LoadResult(true, issues.size(), issues.stream().mapToLong(i -> i.entries().size()).sum(), 1,
                snapshot.generation());
    }

    @Override
    public IndexUpdate apply(Collection<Issue> upserts, Collection<String> removedSourceFiles, String fingerprint) {
        throw new UnsupportedOperationException("not needed by the web tests");
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public ArchiveSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public SearchService search() {
        return this;
    }

    @Override
    public void close() {
        ready = false;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        if (request.query().chars().filter(c -> c == '"').count() % 2 == 1) {
            throw new InvalidQueryException("the query has an unbalanced quote (\"); close the phrase or remove it");
        }
        List<String> words = List.of(request.query().toLowerCase(Locale.ROOT).split("\\s+")).stream()
                .filter(w -> !w.isBlank()).toList();
        List<Entry> matches = snapshot.issues().stream()
                .flatMap(i -> i.entries().stream())
                .filter(e -> words.stream().allMatch(w -> (e.title() + " " + e.description())
                        .toLowerCase(Locale.ROOT).contains(w)))
                .filter(e -> accepts(request, Dimensions.KIND, e.kind().id()))
                .filter(e -> accepts(request, Dimensions.CATEGORY, e.category().path()))
                .filter(e -> accepts(request, Dimensions.YEAR, String.valueOf(e.issue().date().getYear())))
                .filter(e -> request.from() == null || !e.issue().date().isBefore(request.from()))
                .filter(e -> request.to() == null || !e.issue().date().isAfter(request.to()))
                .sorted(Comparator.comparing((Entry e) -> e.issue().date()).reversed())
                .toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(Dimensions.KIND, count(matches, e -> e.kind().id()));
        facets.put(Dimensions.YEAR, count(matches, e -> String.valueOf(e.issue().date().getYear())));
        List<SearchHit> hits = matches.stream()
                .skip((long) request.page() * request.size())
                .limit(request.size())
                .map(e -> hit(e, words))
                .toList();
        String suggestion = matches.isEmpty() && request.query().equals("tokoi") ? "tokio" : null;
        return new SearchResult(matches.size(), request.page(), request.size(), hits, facets, suggestion);
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return snapshot.issues().stream()
                .flatMap(i -> i.entries().stream())
                .map(Entry::title)
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(lower))
                .limit(limit)
                .toList();
    }

    private static boolean accepts(SearchRequest request, String dimension, String value) {
        List<String> wanted = request.filters().get(dimension);
        return wanted == null || wanted.contains(value);
    }

    private static List<FacetCount> count(List<Entry> entries, Function<Entry, String> value) {
        return entries.stream().collect(Collectors.groupingBy(value, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    }

    private static SearchHit hit(Entry e, List<String> words) {
        String title = e.title().replace("<", "&lt;").replace(">", "&gt;");
        for (String w : words) {
            title = title.replaceAll("(?i)(" + java.util.regex.Pattern.quote(w) + ")", "<mark>$1</mark>");
        }
        String host = e.url().startsWith("http") ? java.net.URI.create(e.url()).getHost() : "";
        return new SearchHit(e.id(), e.title(), e.url(), e.issue().number(), e.issue().date(), e.category().path(),
                e.categoryPath(), e.kind().id(), new ArrayList<>(e.tags()), e.description(),
                new Highlight(title, e.description()), e.issue().siteUrl(), host == null ? "" : host, 1.0f);
    }
}
