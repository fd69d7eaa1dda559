package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.IndexState;
import org.twir.archive.index.TextAnalysis;
import org.twir.archive.search.ReaderQuery.Clause;

/**
 * {@link SearchService} over the published {@link IndexState}: parses the reader's query, searches exactly
 * first and, when that finds fewer than {@value #TYPO_THRESHOLD} entries, again allowing typos; counts facets
 * drill-sideways, highlights the page and proposes a spelling. Thread safe and lock free: each call holds
 * one state (one searcher) from start to end.
 */
public final class LuceneSearchService implements SearchService {

    /**
     * Exact matching finding fewer hits than this tries typo tolerance too. Measured on the dev queries:
     * thresholds from 1 to 50 give the same recall@10 and MRR (a typo'd query mostly finds nothing exactly),
     * so the threshold is small, which spares the fuzzy pass and the spell check on most queries.
     */
    static final int TYPO_THRESHOLD = 3;

    /** Words in at least this many entries (title or description) are taken as written, never as typos. */
    static final int RARE_WORD_ENTRIES = 5;

    /** Deepest hit a page may reach; deeper paging costs memory for nothing a reader needs. */
    static final int MAX_DEPTH = 10_000;

    /** At most this many completions per call. */
    static final int MAX_COMPLETIONS = 50;

    private static final Sort BY_DATE = new Sort(
            new SortedNumericSortField(IndexSchema.DATE, SortField.Type.LONG, true),
            new SortedNumericSortField(IndexSchema.POSITION, SortField.Type.INT));
    /** Ties in relevance go to the newer issue. */
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortedNumericSortField(IndexSchema.DATE, SortField.Type.LONG, true),
            new SortedNumericSortField(IndexSchema.POSITION, SortField.Type.INT));

    private final IndexState.Source source;
    private final QueryFactory queries;
    private final Faceting faceting;
    private final Highlighting highlighting;
    private final Spelling spelling;
    private final SearchCache<SearchRequest, SearchResult> results;
    private final SearchCache<Completion, List<String>> completions;

    /** Caches {@link SearchCache#DEFAULT_MEGABYTES} MB of answers per generation, or the JVM property
     * {@code twir.search.cache-mb} (0 turns caching off, e.g. to benchmark the engine itself). */
    public LuceneSearchService(IndexState.Source source) {
        this(source, SearchCache.configuredBytes());
    }

    LuceneSearchService(IndexState.Source source, long cacheBytes) {
        this.source = source;
        this.results = new SearchCache<>(cacheBytes, LuceneSearchService::bytesOf);
        this.completions = new SearchCache<>(
                cacheBytes,
                list -> 64 + list.stream().mapToInt(SearchCache::bytesOf).sum());
        Analyzer queryAnalyzer = TextAnalysis.queryAnalyzer();
        this.queries = new QueryFactory(queryAnalyzer);
        this.spelling = new Spelling(queries);
        this.faceting = new Faceting(IndexSchema.facetsConfig());
        this.highlighting = new Highlighting(TextAnalysis.indexAnalyzer());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        ReaderQuery parsed = ReaderQuery.parse(request.query());
        long depth = (long) (request.page() + 1) * request.size();
        if (depth > MAX_DEPTH) {
            throw new InvalidQueryException("page " + request.page() + " reaches beyond the first " + MAX_DEPTH
                    + " hits; narrow the search with words or filters instead");
        }
        IndexState state = source.acquire();
        try {
            return results.get(state.snapshot().generation(), request, () -> {
                try {
                    return search(state, request, parsed, (int) depth);
                } catch (IOException e) {
                    throw new UncheckedIOException("searching the index failed", e);
                }
            });
        } finally {
            source.release(state);
        }
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        if (limit < 1 || limit > MAX_COMPLETIONS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_COMPLETIONS + ", was " + limit);
        }
        IndexState state = source.acquire();
        try {
            return completions.get(
                    state.snapshot().generation(),
                    new Completion(prefix, limit),
                    () -> List.copyOf(Completions.complete(state.titleWords(), prefix, limit)));
        } finally {
            source.release(state);
        }
    }

    private SearchResult search(IndexState state, SearchRequest request, ReaderQuery parsed, int depth)
            throws IOException {
        boolean blank = parsed.isEmpty();
        Sort sort = blank || request.sort() == SearchRequest.Sort.DATE ? BY_DATE : BY_RELEVANCE;
        Query text = blank ? new MatchAllDocsQuery() : queries.build(parsed, QueryFactory.EXACT);
        Run result = run(state, request, text, sort, depth);
        String suggestion = null;
        long exactTotal = result.top().totalHits.value();
        if (!blank && exactTotal < TYPO_THRESHOLD) {
            suggestion =
                    spelling.suggest(request.query(), parsed, state.searcher().getIndexReader());
            IndexReader reader = state.searcher().getIndexReader();
            Predicate<Clause> misspelt = clause -> QueryFactory.typoCandidate(clause) && rare(clause, reader);
            if (parsed.requiredClauses().stream().anyMatch(misspelt)) {
                // Expanded once into the matching terms: searching, counting and highlighting then share one
                // expansion instead of each building the words' edit automata again.
                Query tolerant = state.searcher().rewrite(queries.build(parsed, misspelt));
                Run fuzzy = run(state, request, tolerant, sort, depth);
                if (fuzzy.top().totalHits.value() > exactTotal) {
                    text = tolerant;
                    result = fuzzy;
                }
            }
        }
        TopFieldDocs top = result.top();
        int from = Math.min(top.scoreDocs.length, request.page() * request.size());
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        List<SearchHit> hits = hits(state.searcher(), text, new TopDocs(top.totalHits, page), blank);
        SortedSetDocValuesReaderState facetState = state.facets();
        Map<String, List<FacetCount>> facets = result.facets() == null || facetState == null
                ? faceting.counts(null, List.of())
                : faceting.counts(result.facets(), facetState.getDims());
        return new SearchResult(top.totalHits.value(), request.page(), request.size(), hits, facets, suggestion);
    }

    /**
     * Whether {@code clause}'s word is in fewer than {@value #RARE_WORD_ENTRIES} entries, as written (titles) or
     * stemmed (descriptions): only such a word is likely a typo. A common word is not fuzzed even when the
     * query as a whole finds little; that would only drown its entries in look-alikes (and the edit automata
     * of common words are the most costly part of an uncached search).
     */
    private boolean rare(Clause clause, IndexReader reader) {
        try {
            String stem = queries.singleTerm(IndexSchema.DESCRIPTION, clause.text());
            int entries = reader.docFreq(
                    new Term(IndexSchema.TITLE_EXACT, clause.text().toLowerCase(Locale.ROOT)));
            if (stem != null) {
                entries += reader.docFreq(new Term(IndexSchema.DESCRIPTION, stem));
            }
            return entries < RARE_WORD_ENTRIES;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terms dictionary failed", e);
        }
    }

    /** A result's approximate size on the heap: its strings dominate; records and lists cost a few words each. */
    private static int bytesOf(SearchResult result) {
        int bytes = 256
                + result.facets().values().stream()
                        .mapToInt(counts -> 64 + 64 * counts.size())
                        .sum();
        for (SearchHit hit : result.hits()) {
            bytes += 256
                    + SearchCache.bytesOf(hit.id())
                    + SearchCache.bytesOf(hit.title())
                    + SearchCache.bytesOf(hit.url())
                    + SearchCache.bytesOf(hit.categoryPath())
                    + SearchCache.bytesOf(hit.description())
                    + SearchCache.bytesOf(hit.highlight().title())
                    + SearchCache.bytesOf(hit.highlight().description())
                    + SearchCache.bytesOf(hit.issueUrl());
        }
        return bytes;
    }

    /** A completion request, the key of its cached answer. */
    private record Completion(String prefix, int limit) {}

    /** One search's page of hits and its facet counts (null for an index without entries). */
    private record Run(TopFieldDocs top, @Nullable Facets facets) {}

    private Run run(IndexState state, SearchRequest request, Query text, Sort sort, int depth) throws IOException {
        Query base = text;
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            base = new BooleanQuery.Builder()
                    .add(text, Occur.MUST)
                    .add(LongField.newRangeQuery(IndexSchema.DATE, from, to), Occur.FILTER)
                    .build();
        }
        DrillDownQuery drillDown = faceting.drillDown(base, request.filters());
        TopFieldCollectorManager collector = new TopFieldCollectorManager(sort, depth, null, Integer.MAX_VALUE);
        if (state.facets() == null) {
            return new Run(state.searcher().search(drillDown, collector), null);
        }
        if (request.filters().values().stream()
                .allMatch(values -> values.stream().allMatch(String::isBlank))) {
            // Nothing drilled down: sideways counts equal plain counts, and one pass collecting hits and facet
            // ordinals together costs less than DrillSideways' machinery.
            FacetsCollectorManager.FacetsResult plain = FacetsCollectorManager.search(
                    state.searcher(), drillDown, depth, sort, new FacetsCollectorManager());
            return new Run(
                    (TopFieldDocs) plain.topDocs(),
                    new SortedSetDocValuesFacetCounts(state.facets(), plain.facetsCollector()));
        }
        DrillSideways sideways = new DrillSideways(state.searcher(), faceting.config(), state.facets());
        DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = sideways.search(drillDown, collector);
        return new Run(result.collectorResult, result.facets);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query text, TopDocs page, boolean blank) throws IOException {
        Map<String, String[]> fragments = blank ? Map.of() : highlighting.highlight(searcher, text, page);
        String[] titles = fragments.getOrDefault(IndexSchema.TITLE, new String[page.scoreDocs.length]);
        String[] descriptions = fragments.getOrDefault(IndexSchema.DESCRIPTION, new String[page.scoreDocs.length]);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = page.scoreDocs[i];
            Document doc = stored.document(scoreDoc.doc);
            Highlight highlight = new Highlight(
                    Highlighting.titleOrPlain(titles[i], doc.get(IndexSchema.TITLE)),
                    Highlighting.descriptionOrPlain(descriptions[i], doc.get(IndexSchema.DESCRIPTION)));
            float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
            hits.add(StoredHits.toHit(doc, highlight, score));
        }
        return hits;
    }
}
