package org.twir.archive.search;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * One reader's query for one word of a reader's query, built once and shared by the searches on that reader
 * ({@link TermLookups#word}), with the bound of its matches ({@link MatchBound}) computed at most once. A word's
 * query depends on the word, how it is matched (whole or being typed, exactly or with typos) and the reader alone; a
 * query nobody asked before is mostly made of words others asked for.
 *
 * <p>It matches and scores as the query it wraps, which is rewritten already (so it rewrites to itself), and keeps
 * that query's hash: building the boolean query of a search hashes each of its clauses, and a word's query (a dismax
 * of boosted term queries, or many terms with typos) was hashed anew at every search. Lucene queries are immutable,
 * so one instance serves any number of searches at once. Thread safe.
 */
final class WordQuery extends Query {

    private final Query query;
    private final int hash;
    /** Whether {@link #bound} holds the word's bound; written after it, so reading this first publishes it. */
    private volatile boolean bounded;

    private int @Nullable [] bound;

    /** @param query rewritten: Lucene's rewrite returns it as it is */
    WordQuery(Query query) {
        this.query = query;
        this.hash = 31 * classHash() + query.hashCode();
    }

    Query query() {
        return query;
    }

    /** Whether {@link #bound()} is known. */
    boolean bounded() {
        return bounded;
    }

    /** The sorted entries the word's query may match (null: unbounded), once {@link #bounded()}. */
    int @Nullable [] bound() {
        return bound;
    }

    /**
     * Keeps {@code bound}, what {@link MatchBound} found for {@link #query()}. Two searches may both compute it; the
     * second only repeats the first's work, with the same result. The array is shared: never change it.
     */
    void bound(int @Nullable [] bound) {
        this.bound = bound;
        this.bounded = true;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return query.createWeight(searcher, scoreMode, boost);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return query.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((WordQuery) other).query);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
