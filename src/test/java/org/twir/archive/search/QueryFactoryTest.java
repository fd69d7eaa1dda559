package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
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
                perField.add(new BoostQuery(q, boost));
            }
        });
        Query expected = new BooleanQuery.Builder()
                .add(new DisjunctionMaxQuery(perField, 0.3f), Occur.MUST)
                .build();

        assertThat(factory.build(parsed, QueryFactory.EXACT)).isEqualTo(expected);
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
}
