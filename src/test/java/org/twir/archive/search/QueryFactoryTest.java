package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.TextAnalysis;

/**
 * The query of a word is what Lucene's own query builder makes of it in every text field, whether the word is one
 * token in a chain (built as a term query once per chain) or several (the builder's graph), and a typed prefix is
 * folded as the analyzer folds it.
 */
class QueryFactoryTest {

    /** The fields a word is looked for in, and their weights, as the search documents them. */
    private static final Map<String, Float> FIELDS = Map.of(
            IndexSchema.TITLE, 4f,
            IndexSchema.TITLE_EXACT, 2f,
            IndexSchema.DESCRIPTION, 1f,
            IndexSchema.URL_WORDS, 0.6f,
            IndexSchema.SECTION_WORDS, 0.3f);

    private final QueryFactory factory = new QueryFactory(TextAnalysis.queryAnalysis());
    private final Analyzer analyzer = TextAnalysis.queryAnalyzer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "async",
                "iterators",
                "Tokio",
                "GitHub",
                "async-trait",
                "std::sync::Arc",
                "C++",
                "1.67.0",
                "cstr_from_bytes_until_nul",
                "rust's",
                "café",
                "naïve",
                "Übersicht",
                "x",
                "wasm32"
            })
    void aWordMatchesAsTheQueryBuilderAnalysesItInEveryField(String word) {
        ReaderQuery parsed = ReaderQuery.parse(word);
        assertThat(parsed.required()).hasSize(1);
        assertThat(parsed.required().getFirst()).hasSize(1);
        assertThat(parsed.required().getFirst().getFirst().type()).isEqualTo(ReaderQuery.Type.WORD);

        QueryBuilder lucene = new QueryBuilder(analyzer);
        List<Query> perField = new ArrayList<>();
        FIELDS.forEach((field, boost) -> {
            Query q = lucene.createBooleanQuery(
                    field, parsed.required().getFirst().getFirst().text(), Occur.MUST);
            if (q != null) {
                // Weight 1 is the query itself: what Lucene's rewrite makes of a BoostQuery of 1.
                perField.add(boost == 1f ? q : new BoostQuery(q, boost));
            }
        });
        Query expected = new BooleanQuery.Builder()
                .add(new DisjunctionMaxQuery(perField, 0.3f), Occur.MUST)
                .build();

        assertThat(factory.build(parsed, QueryFactory.EXACT)).isEqualTo(expected);
    }

    /**
     * A built query is searched as it is: Lucene's rewrite leaves it the same object. A part it would rewrite (a
     * BoostQuery of weight 1) makes Lucene rebuild every query above that part, hashing each anew, on every search.
     */
    @ParameterizedTest
    @ValueSource(strings = {"async trait", "rust for linu", "title:wasm python", "tokio async -python"})
    void aBuiltQueryIsWhatLuceneSearches(String query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(new MultiReader());
        for (boolean completing : new boolean[] {true, false}) {
            Query built = factory.build(ReaderQuery.parse(query, completing), QueryFactory.EXACT);
            assertThat(searcher.rewrite(built)).as(query).isSameAs(built);
        }
    }

    /**
     * Built with a search's look-ups, the term queries of words that are one token (most words) carry their states:
     * the query need not be built again to resolve them. A plain word's query is the shared one (a {@link
     * WordQuery}) wrapping what the query would be without look-ups.
     */
    @ParameterizedTest
    @ValueSource(strings = {"async trait", "rust for linu", "kind:event tokio -python"})
    void builtWithLookUpsEveryTermQueryHasItsStates(String query) throws IOException {
        MultiReader reader = new MultiReader();
        TermLookups lookups = new TermLookups(new IndexSearcher(reader), new TermDictionary(reader, 1));
        ReaderQuery parsed = ReaderQuery.parse(query, true);
        Query built = factory.build(parsed, QueryFactory.EXACT, new Typos(), lookups);

        assertThat(((BooleanQuery) built).clauses())
                .filteredOn(clause -> clause.occur() == Occur.MUST)
                .isNotEmpty()
                .anySatisfy(clause -> assertThat(clause.query()).isInstanceOf(WordQuery.class));
        assertThat(unwrapped(built)).isEqualTo(factory.build(parsed, QueryFactory.EXACT));
        List<TermQuery> termQueries = new ArrayList<>();
        built.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                termQueries.add((TermQuery) q);
            }
        });
        assertThat(termQueries)
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.getTermStates()).as("%s", q).isNotNull());
    }

    /**
     * A word's query is kept once per reader and way of matching it (exactly, or with typos) from its second ask,
     * then the same query serves every search on that reader that asks for the word; another reader keeps its own. A
     * word asked once is not kept: most distinct words are.
     */
    @Test
    void aWordsQueryIsKeptOncePerReaderAndWayOfMatching() throws IOException {
        MultiReader reader = new MultiReader();
        IndexSearcher searcher = new IndexSearcher(reader);
        TermDictionary shared = new TermDictionary(reader, 1);
        Query once = wordQuery("async trait", 1, QueryFactory.EXACT, new TermLookups(searcher, shared));
        Query first = wordQuery("trait async", 0, QueryFactory.EXACT, new TermLookups(searcher, shared));
        Query again = wordQuery("traits trait", 1, QueryFactory.EXACT, new TermLookups(searcher, shared));
        Query typedOnce = wordQuery("trait", 0, clause -> true, new TermLookups(searcher, shared));
        Query typed = wordQuery("trait", 0, clause -> true, new TermLookups(searcher, shared));
        Query elsewhere = wordQuery(
                "async trait", 1, QueryFactory.EXACT, new TermLookups(searcher, new TermDictionary(reader, 1)));

        assertThat(first).as("asked once: not kept").isNotSameAs(once).isEqualTo(once);
        assertThat(again).isSameAs(first);
        assertThat(elsewhere).isNotSameAs(first).isEqualTo(first);
        assertThat(typed).as("with typos").isNotSameAs(first).isNotSameAs(typedOnce);
        assertThat(wordQuery("trait", 0, clause -> true, new TermLookups(searcher, shared)))
                .isSameAs(typed);
    }

    /** {@code query} with each shared word query replaced by the query it wraps. */
    private static Query unwrapped(Query query) {
        if (query instanceof WordQuery word) {
            return word.query();
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder copy = new BooleanQuery.Builder();
        bool.clauses().forEach(clause -> copy.add(unwrapped(clause.query()), clause.occur()));
        return copy.build();
    }

    /** The query of the {@code index}th required word of {@code query} (whole words), built with {@code terms}. */
    private Query wordQuery(String query, int index, Predicate<ReaderQuery.Clause> typos, TermLookups terms) {
        Query built = factory.build(ReaderQuery.parse(query, false), typos, new Typos(), terms);
        return ((BooleanQuery) built).clauses().get(index).query();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tok", "Tokio", "ASYNC", "café", "Éclair", "naïve", "Übersicht", "ǅemal", "İstanbul"})
    void aTypedPrefixIsFoldedAsTheAnalyzerFoldsIt(String word) {
        assertThat(factory.prefixTerm(word))
                .isEqualTo(new Term(IndexSchema.TITLE_PREFIX, analyzer.normalize(IndexSchema.TITLE_EXACT, word)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iterators", "async-trait", "Tokio", "café"})
    void aSingleTermIsTheOnlyTokenOfTheFieldsChain(String word) {
        List<String> tokens = new ArrayList<>();
        try (var stream = analyzer.tokenStream(IndexSchema.DESCRIPTION, word)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(factory.singleTerm(IndexSchema.DESCRIPTION, word))
                .isEqualTo(tokens.size() == 1 ? tokens.getFirst() : null);
    }

    /** A chain counting the texts it is given. */
    private static final class Counting extends AnalyzerWrapper {
        private final Analyzer chain;
        private final AtomicInteger analysed;

        Counting(Analyzer chain, AtomicInteger analysed) {
            super(chain.getReuseStrategy());
            this.chain = chain;
            this.analysed = analysed;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return chain;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            analysed.incrementAndGet();
            return reader;
        }
    }

    @Test
    void aWordAnalysedTwiceRecentlyIsNotAnalysedAgain() {
        TextAnalysis.QueryAnalysis real = TextAnalysis.queryAnalysis();
        AtomicInteger analysed = new AtomicInteger();
        Map<Analyzer, Analyzer> counting = new IdentityHashMap<>();
        Map<String, Analyzer> chains = new HashMap<>();
        real.chains()
                .forEach((field, chain) ->
                        chains.put(field, counting.computeIfAbsent(chain, c -> new Counting(c, analysed))));
        Analyzer otherwise = counting.computeIfAbsent(real.otherwise(), c -> new Counting(c, analysed));
        QueryFactory counted = new QueryFactory(
                new TextAnalysis.QueryAnalysis(new PerFieldAnalyzerWrapper(otherwise, chains), chains, otherwise));

        ReaderQuery query = ReaderQuery.parse("tokio iterators");
        counted.build(query, QueryFactory.EXACT);
        int firstAsk = analysed.get();
        assertThat(firstAsk).isPositive();
        Query first = counted.build(query, QueryFactory.EXACT);
        int once = analysed.get();
        assertThat(once).as("asked once: not kept").isEqualTo(2 * firstAsk);
        assertThat(counted.build(query, QueryFactory.EXACT))
                .isEqualTo(first)
                .isEqualTo(factory.build(query, QueryFactory.EXACT));
        assertThat(counted.singleTerm(IndexSchema.DESCRIPTION, "iterators")).isEqualTo("iter");
        assertThat(analysed.get()).as("the same words again").isEqualTo(once);

        ReaderQuery junk = ReaderQuery.parse("x".repeat(QueryFactory.MAX_RECENT_WORD_LENGTH + 1));
        counted.build(junk, QueryFactory.EXACT);
        int afterJunk = analysed.get();
        counted.build(junk, QueryFactory.EXACT);
        assertThat(analysed.get()).as("a word too long to keep").isGreaterThan(afterJunk);
    }
}
