package org.twir.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The terms dictionary look-ups of one search, each term looked up once through one reused terms enumerator per
 * segment and field. Lucene looks a {@link TermQuery}'s term up again at every search it is part of, each time
 * through a new enumerator (the frames of its block tree allocated anew): a query nobody asked before did that for
 * each word in five fields, again for the typo pass, again for the other listings of its page, and again to count
 * the words' entries, which came to a tenth of its CPU and a fifth of what it allocated. {@link #resolved} gives the
 * term queries of a query their looked-up states; {@link #docFreq} counts entries from the same look-ups. The
 * states are kept in the reader's {@link TermDictionary}, so a later search on the same reader looks up only the
 * words no search asked for recently (twice: see {@link RecentMap}). Not thread safe: one per search, on one searcher.
 */
final class TermLookups {

    private final IndexSearcher searcher;
    private final IndexReaderContext top;
    private final List<LeafReaderContext> leaves;
    private final TermDictionary shared;
    private final Map<String, @Nullable TermsEnum[]> enums = new HashMap<>();
    /**
     * The terms this search looked up that the shared dictionary did not keep: it keeps a term from its second ask,
     * and a search asks for its terms several times (its passes, its other listings, its counts), which must count
     * as one ask.
     */
    private final Map<Term, TermStates> lookedUp = new HashMap<>();
    /** The same for the words this search counted: the typo pass and the spelling suggestion both ask. */
    private final Map<TermDictionary.WordKey, Integer> counted = new HashMap<>();

    /** @param shared the look-ups of earlier searches on {@code searcher}'s reader, which this one adds to */
    TermLookups(IndexSearcher searcher, TermDictionary shared) {
        if (!shared.isFor(searcher.getIndexReader())) {
            throw new IllegalArgumentException("the shared look-ups belong to another reader");
        }
        this.searcher = searcher;
        this.top = searcher.getTopReaderContext();
        this.leaves = searcher.getIndexReader().leaves();
        this.shared = shared;
    }

    /** {@code term}'s states in every segment, with its document and term frequencies. */
    TermStates of(Term term) throws IOException {
        TermStates known = shared.get(term);
        if (known == null) {
            known = lookedUp.get(term);
        }
        if (known == null) {
            known = lookUp(term);
            Term key = kept(term);
            lookedUp.put(key, known);
            shared.offer(key, known);
        }
        return known;
    }

    /**
     * The query of {@code clause}'s word as built by {@code build}, or as built before on this reader (the same
     * query): resolved ({@link #resolved}) and rewritten (with typos: expanded into the terms its typos and
     * completions match), so that no later search on the reader repeats either. Null when {@code build} gives
     * null.
     */
    @Nullable
    Query word(ReaderQuery.Clause clause, boolean tolerant, IOSupplier<@Nullable Query> build) throws IOException {
        TermDictionary.WordKey key = new TermDictionary.WordKey(clause.type(), clause.text(), tolerant);
        WordQuery known = shared.word(key);
        if (known == null) {
            Query built = build.get();
            if (built == null) {
                return null;
            }
            known = new WordQuery(searcher.rewrite(resolved(built)));
            shared.offerWord(key, known);
        }
        return known;
    }

    /**
     * The entries having {@code clause}'s word as {@code count} counts them ({@link WordEntries}), or as counted
     * before on this reader.
     */
    int entries(ReaderQuery.Clause clause, IOSupplier<Integer> count) throws IOException {
        TermDictionary.WordKey key = new TermDictionary.WordKey(clause.type(), clause.text(), false);
        Integer known = shared.entries(key);
        if (known == null) {
            known = counted.get(key);
        }
        if (known == null) {
            known = count.get();
            counted.put(key, known);
            shared.offerEntries(key, known);
        }
        return known;
    }

    /** {@code term} with bytes of its own, to be kept as a key (a query's term may share its bytes). */
    private static Term kept(Term term) {
        return new Term(term.field(), BytesRef.deepCopyOf(term.bytes()));
    }

    /** The documents having {@code term} (deleted ones included, as {@link IndexReaderContext#reader()} counts). */
    int docFreq(Term term) throws IOException {
        return of(term).docFreq();
    }

    /**
     * Terms in more entries than this have no {@link #docs}: 2 KB at most per term kept, a few MB for the dictionary's
     * terms; most words of titles are in a few entries.
     */
    static final int MAX_KEPT_DOCS = 512;

    private static final int[] NO_DOCS = new int[0];

    /**
     * The documents having {@code query}'s term, sorted (deleted ones included); null when more than {@value
     * #MAX_KEPT_DOCS} do. Read from the postings once per reader, then kept in its {@link TermDictionary}. The array
     * is shared: never change it.
     */
    int @Nullable [] docs(TermQuery query) throws IOException {
        Term term = query.getTerm();
        // A query this search built carries its states already: no second look-up.
        TermStates states =
                query.getTermStates() != null && query.getTermStates().wasBuiltFor(top)
                        ? query.getTermStates()
                        : of(term);
        if (states.docFreq() > MAX_KEPT_DOCS) {
            return null;
        }
        if (states.docFreq() == 0) {
            return NO_DOCS;
        }
        int[] known = shared.docs(term);
        if (known == null) {
            known = read(term, states);
            shared.offerDocs(kept(term), known);
        }
        return known;
    }

    private int[] read(Term term, TermStates states) throws IOException {
        int[] docs = new int[states.docFreq()];
        int n = 0;
        TermsEnum[] perLeaf = enums(term.field());
        for (LeafReaderContext leaf : leaves) {
            IOSupplier<TermState> state = states.get(leaf);
            TermState found = state == null ? null : state.get();
            if (found == null || perLeaf[leaf.ord] == null) {
                continue;
            }
            TermsEnum terms = perLeaf[leaf.ord];
            terms.seekExact(term.bytes(), found);
            PostingsEnum postings = terms.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[n++] = leaf.docBase + doc;
            }
        }
        return n == docs.length ? docs : Arrays.copyOf(docs, n);
    }

    /** One terms enumerator per segment for {@code field}, reused by this search's look-ups; null where it has none. */
    private @Nullable TermsEnum[] enums(String field) throws IOException {
        TermsEnum[] perLeaf = enums.get(field);
        if (perLeaf == null) {
            perLeaf = new TermsEnum[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(field);
                perLeaf[leaf.ord] = terms == null ? null : terms.iterator();
            }
            enums.put(field, perLeaf);
        }
        return perLeaf;
    }

    private TermStates lookUp(Term term) throws IOException {
        TermsEnum[] perLeaf = enums(term.field());
        TermStates found = new TermStates(top);
        for (LeafReaderContext leaf : leaves) {
            TermsEnum terms = perLeaf[leaf.ord];
            if (terms != null && terms.seekExact(term.bytes())) {
                found.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
            }
        }
        return found;
    }

    /**
     * {@code query} with each term query in it (within boolean, boost and dismax queries, where {@link
     * QueryFactory} puts them) carrying its looked-up states; anything else as it was. Matches and scores as
     * {@code query} does: the states are what the term query would look up itself.
     */
    Query resolved(Query query) throws IOException {
        return switch (query) {
            case TermQuery term ->
                term.getTermStates() != null ? term : new TermQuery(term.getTerm(), of(term.getTerm()));
            case BoostQuery boost -> {
                Query inner = resolved(boost.getQuery());
                yield inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
            }
            case DisjunctionMaxQuery dismax -> {
                List<Query> disjuncts = new ArrayList<>(dismax.getDisjuncts().size());
                boolean changed = false;
                for (Query disjunct : dismax.getDisjuncts()) {
                    Query resolved = resolved(disjunct);
                    disjuncts.add(resolved);
                    changed |= resolved != disjunct;
                }
                // Building a query hashes all of it: a query resolved already (QueryFactory can build it so) is kept.
                yield changed ? new DisjunctionMaxQuery(disjuncts, dismax.getTieBreakerMultiplier()) : dismax;
            }
            case BooleanQuery bool -> {
                List<Query> clauses = new ArrayList<>(bool.clauses().size());
                boolean changed = false;
                for (BooleanClause clause : bool.clauses()) {
                    Query resolved = resolved(clause.query());
                    clauses.add(resolved);
                    changed |= resolved != clause.query();
                }
                if (!changed) {
                    yield bool;
                }
                BooleanQuery.Builder copy =
                        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (int i = 0; i < clauses.size(); i++) {
                    copy.add(clauses.get(i), bool.clauses().get(i).occur());
                }
                yield copy.build();
            }
            default -> query;
        };
    }
}
