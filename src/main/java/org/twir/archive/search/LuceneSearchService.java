package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.DocEntries;
import org.twir.archive.index.EntryFields;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.IndexState;
import org.twir.archive.index.TextAnalysis;
import org.twir.archive.search.ReaderQuery.Clause;

/**
 * {@link SearchService} over the published {@link IndexState}: parses the reader's query, searches exactly
 * first and, when that finds fewer than {@value #TYPO_THRESHOLD} entries, again allowing typos; counts facets
 * ({@link SparseFacetCounts}, drill sideways when filtered), highlights the page and proposes a spelling. Thread
 * safe and lock free: each call holds one state (one searcher) from start to end.
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

    static final Sort BY_DATE = new Sort(
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
    /** The terms looked up in the current state's reader; replaced when a search meets a newer reader. */
    private volatile @Nullable TermDictionary dictionary;
    /** The typo pass's edit automata of recent words, shared by every search (they depend on no index). */
    private final RecentMap<String, Typos.Edits> automata = Typos.sharedAutomata();

    /**
     * Every call searches: answers are cached once, encoded, where they are served (the web layer's {@code
     * EncodedAnswers}), not a second time here as objects.
     */
    public LuceneSearchService(IndexState.Source source) {
        this.source = source;
        this.queries = new QueryFactory(TextAnalysis.queryAnalysis());
        this.spelling = new Spelling();
        this.faceting = new Faceting(IndexSchema.facetsConfig());
        this.highlighting = new Highlighting(TextAnalysis.wordForms());
    }

    /**
     * The shared term look-ups of {@code state}'s reader. The first search on a newer state starts them afresh; a
     * search still running on an older state gets look-ups of its own, which it alone uses.
     */
    private TermDictionary dictionary(IndexState state) {
        IndexReader reader = state.searcher().getIndexReader();
        TermDictionary current = dictionary;
        if (current != null && current.isFor(reader)) {
            return current;
        }
        TermDictionary fresh = new TermDictionary(reader, state.snapshot().generation());
        if (current == null || fresh.generation() >= current.generation()) {
            dictionary = fresh;
        }
        return fresh;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        ReaderQuery parsed = ReaderQuery.parse(request.query(), request.prefix());
        long depth = (long) (request.page() + 1) * request.size();
        if (depth > MAX_DEPTH) {
            throw new InvalidQueryException("page " + request.page() + " reaches beyond the first " + MAX_DEPTH
                    + " hits; narrow the search with words or filters instead");
        }
        IndexState state = source.acquire();
        try {
            return search(state, request, parsed, (int) depth);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        } finally {
            source.release(state);
        }
    }

    @Override
    public Export export(SearchRequest request) {
        ReaderQuery parsed = ReaderQuery.parse(request.query(), request.prefix());
        IndexState state = source.acquire();
        try {
            Query text = parsed.isEmpty() ? new MatchAllDocsQuery() : chosen(state, request, parsed);
            return new ExportCursor(state, filtered(text, request), request.collapse(), () -> source.release(state));
        } catch (IOException e) {
            source.release(state);
            throw new UncheckedIOException("searching the index failed", e);
        } catch (RuntimeException e) {
            source.release(state);
            throw e;
        }
    }

    /** The query {@link #search} ends up answering with: exact, or typo-tolerant when that finds more. */
    private Query chosen(IndexState state, SearchRequest request, ReaderQuery parsed) throws IOException {
        TermLookups terms = new TermLookups(state.searcher(), dictionary(state));
        Query exact = exact(parsed, terms);
        int exactEntries = state.searcher().count(filtered(exact, request));
        if (exactEntries >= TYPO_THRESHOLD) {
            return exact;
        }
        Query tolerant = tolerant(state, parsed, terms, new WordEntries(queries, terms), new Typos(automata));
        return tolerant != null && state.searcher().count(filtered(tolerant, request)) > exactEntries
                ? tolerant
                : exact;
    }

    /** {@code parsed} matched as written, its term queries carrying this search's states. */
    private Query exact(ReaderQuery parsed, TermLookups terms) throws IOException {
        return terms.resolved(queries.build(parsed, QueryFactory.EXACT, new Typos(automata), terms));
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        if (limit < 1 || limit > MAX_COMPLETIONS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_COMPLETIONS + ", was " + limit);
        }
        IndexState state = source.acquire();
        try {
            return List.copyOf(Completions.complete(state.titleWords(), state.titlePhrases(), prefix, limit));
        } finally {
            source.release(state);
        }
    }

    private SearchResult search(IndexState state, SearchRequest request, ReaderQuery parsed, int depth)
            throws IOException {
        boolean blank = parsed.isEmpty();
        Sort sort = blank || request.sort() == SearchRequest.Sort.DATE ? BY_DATE : BY_RELEVANCE;
        TermLookups terms = new TermLookups(state.searcher(), dictionary(state));
        Query text = blank ? new MatchAllDocsQuery() : exact(parsed, terms);
        // Most queries nobody asked before find nothing: proven so from their words' entries, they skip the search.
        Run result =
                !blank && MatchBound.matchesNothing(text, terms) ? Run.none() : run(state, request, text, sort, depth);
        String suggestion = null;
        long exactEntries = result.ranked().entries();
        if (!blank && exactEntries < TYPO_THRESHOLD) {
            IndexReader reader = state.searcher().getIndexReader();
            WordEntries entries = new WordEntries(queries, terms);
            Typos typos = new Typos(automata);
            suggestion = spelling.suggest(request.query(), parsed, reader, entries, typos);
            Query tolerant = tolerant(state, parsed, terms, entries, typos);
            if (tolerant != null) {
                Run fuzzy = run(state, request, tolerant, sort, depth);
                if (fuzzy.ranked().entries() > exactEntries) {
                    text = tolerant;
                    result = fuzzy;
                }
            }
        }
        Ranked ranked = result.ranked();
        int from = Math.min(ranked.top().length, request.page() * request.size());
        ScoreDoc[] page = Arrays.copyOfRange(ranked.top(), from, ranked.top().length);
        if (!blank && (sort == BY_DATE || Arrays.stream(page).anyMatch(d -> Float.isNaN(d.score)))) {
            // A date-ordered search skips scoring while collecting; the page alone is scored afterwards.
            TopFieldCollector.populateScores(page, state.searcher(), text);
        }
        List<SearchHit> hits = hits(state.entries(), text, page, blank);
        if (ranked.counts() != null) {
            int[] counts = Arrays.copyOfRange(ranked.counts(), from, ranked.counts().length);
            List<List<SearchHit.Listing>> others = OtherListings.of(
                    state.searcher(),
                    state.links(),
                    state.entries(),
                    filtered(text, request),
                    page,
                    counts,
                    ranked.matches());
            for (int i = 0; i < hits.size(); i++) {
                hits.set(i, hits.get(i).withAlsoIn(others.get(i), counts[i] - 1));
            }
        }
        SortedSetDocValuesReaderState facetState = state.facets();
        Map<String, List<FacetCount>> facets = result.facets() == null || facetState == null
                ? faceting.counts(null, List.of())
                : faceting.counts(result.facets(), facetState.getDims());
        return new SearchResult(
                ranked.total(), ranked.entries(), request.page(), request.size(), hits, facets, suggestion);
    }

    /**
     * The typo-tolerant query, expanded once into the matching terms (searching, counting and highlighting then
     * share one expansion instead of each building the words' edit automata again); null when no word of the
     * query is rare enough to be taken for a typo.
     */
    @Nullable
    Query tolerant(IndexState state, ReaderQuery parsed, TermLookups terms, WordEntries entries, Typos typos)
            throws IOException {
        Predicate<Clause> misspelt = clause -> QueryFactory.typoCandidate(clause) && rare(clause, entries);
        if (parsed.requiredClauses().stream().noneMatch(misspelt)) {
            return null;
        }
        return state.searcher().rewrite(terms.resolved(queries.build(parsed, misspelt, typos, terms)));
    }

    /**
     * Whether {@code clause}'s word is in fewer than {@value #RARE_WORD_ENTRIES} entries, as written (titles) or
     * stemmed (descriptions): only such a word is likely a typo. A common word is not fuzzed even when the
     * query as a whole finds little; that would only drown its entries in look-alikes (and the edit automata
     * of common words are the most costly part of an uncached search).
     */
    private static boolean rare(Clause clause, WordEntries entries) {
        // A finished word too short for typos is only ever completed, and only when it is no word at all
        // ("asyn"): a short word that some entry has is what the reader meant.
        boolean shortWord = clause.type() == ReaderQuery.Type.WORD
                && clause.text().codePointCount(0, clause.text().length()) < QueryFactory.ONE_TYPO_LENGTH;
        return entries.of(clause) < (shortWord ? 1 : RARE_WORD_ENTRIES);
    }

    /**
     * The best hits of one search, down to the requested depth.
     *
     * @param total links when collapsing, else entries
     * @param counts per hit of {@code top}, its link's matching entries; null when not collapsing
     * @param matches every matching entry when collapsing kept them ({@link Collapsing.Groups#matches}), else null
     */
    private record Ranked(long total, long entries, ScoreDoc[] top, int @Nullable [] counts, int @Nullable [] matches) {

        static Ranked of(Collapsing.Groups groups) {
            return new Ranked(groups.links(), groups.entries(), groups.top(), groups.counts(), groups.matches());
        }

        static Ranked of(TopDocs docs) {
            return new Ranked(docs.totalHits.value(), docs.totalHits.value(), docs.scoreDocs, null, null);
        }
    }

    /** One search's ranked hits and its facet counts (null for an index without entries). */
    private record Run(Ranked ranked, Faceting.@Nullable Counts facets) {

        /** What a search matching nothing finds: no hits (so no other listings either) and no facet counts. */
        static Run none() {
            return new Run(new Ranked(0, 0, new ScoreDoc[0], null, null), null);
        }
    }

    private Run run(IndexState state, SearchRequest request, Query text, Sort sort, int depth) throws IOException {
        if (request.collapse() == SearchRequest.Collapse.URL) {
            return run(state, request, text, new Collapsing(state.links(), sort == BY_RELEVANCE, depth), Ranked::of);
        }
        return run(
                state, request, text, new TopFieldCollectorManager(sort, depth, null, Integer.MAX_VALUE), Ranked::of);
    }

    private <R> Run run(
            IndexState state,
            SearchRequest request,
            Query text,
            CollectorManager<? extends Collector, R> ranking,
            Function<R, Ranked> ranked)
            throws IOException {
        Query dated = dated(text, request);
        DrillDownQuery drillDown = faceting.drillDown(dated, request.filters()); // validates the filters too
        boolean unfiltered = request.filters().values().stream()
                .allMatch(values -> values.stream().allMatch(String::isBlank));
        // Unfiltered, the drill-down query only wraps the text query: searched bare, it matches and scores alike
        // and spares rewriting the wrapper away (a round of rebuilding and hashing the whole query tree).
        Query searched = unfiltered ? dated : drillDown;
        if (state.facets() == null) {
            return new Run(ranked.apply(state.searcher().search(searched, ranking)), null);
        }
        if (unfiltered) {
            // Nothing drilled down: sideways counts equal plain counts, and one pass collecting hits and facet
            // ordinals together costs less than DrillSideways' machinery.
            Object[] both = state.searcher()
                    .search(searched, new MultiCollectorManager(ranking, SparseFacetCounts.manager(state.facets())));
            @SuppressWarnings("unchecked")
            R hits = (R) both[0];
            return new Run(ranked.apply(hits), (SparseFacetCounts) both[1]);
        }
        DrillSideways sideways = new DrillSideways(state.searcher(), faceting.config(), state.facets());
        DrillSideways.ConcurrentDrillSidewaysResult<R> result = sideways.search(drillDown, ranking);
        return new Run(ranked.apply(result.collectorResult), Faceting.Counts.of(result.facets));
    }

    /** {@code text} within the request's date range, if it has one. */
    private static Query dated(Query text, SearchRequest request) {
        if (request.from() == null && request.to() == null) {
            return text;
        }
        long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
        long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
        return new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(LongField.newRangeQuery(IndexSchema.DATE, from, to), Occur.FILTER)
                .build();
    }

    /** What a hit of {@code request} must match: the text, the date range and every filter. */
    Query filtered(Query text, SearchRequest request) {
        return faceting.drillDown(dated(text, request), request.filters());
    }

    /** The page's hits, built from the state's entries (the stored fields hold the same values; see EntryFields). */
    private List<SearchHit> hits(DocEntries entries, Query text, ScoreDoc[] page, boolean blank) throws IOException {
        if (page.length == 0) {
            return new ArrayList<>(0); // most queries nobody asked before find nothing: nothing to highlight
        }
        Highlighting.Marks marks = blank ? null : highlighting.marks(text);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (ScoreDoc scoreDoc : page) {
            EntryFields entry = EntryFields.of(entries.entry(scoreDoc.doc));
            String title = entry.title();
            String description = entry.description();
            Highlight highlight = new Highlight(
                    Highlighting.titleOrPlain(marks == null ? null : marks.title(title), title),
                    Highlighting.descriptionOrPlain(
                            marks == null ? null : marks.description(description), description));
            float score = blank || Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
            hits.add(EntryHits.toHit(entry, highlight, score));
        }
        return hits;
    }
}
