package org.twir.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Proves that a query matches nothing without setting Lucene's scorers up. Most queries nobody asked before find
 * nothing (two title words rarely share an entry), and for those, weighing and opening the postings of each word in
 * each field was half their CPU, to find no match. Here the matches of a query are bounded from above by the
 * entries of its terms ({@link TermLookups#docs}: a term's postings read once per reader and kept, for terms in at
 * most {@value TermLookups#MAX_KEPT_DOCS} entries): a term query matches its term's entries, a dismax or a
 * disjunction at most the union of its parts, a conjunction at most the intersection of its required parts. Any
 * other query, and a term in more entries, bounds nothing. An empty bound proves the query matches nothing, with
 * or without filters; any other bound proves nothing, and the query is searched. Stateless.
 */
final class MatchBound {

    private MatchBound() {}

    /** Whether {@code query} provably matches no entry of {@code terms}' reader. */
    static boolean matchesNothing(Query query, TermLookups terms) throws IOException {
        int[] bound = bound(query, terms);
        return bound != null && bound.length == 0;
    }

    /**
     * The sorted documents {@code query} may match, a superset of its matches; null when unbounded. A shared word
     * query's bound is computed once, by the first search that needs it.
     */
    private static int @Nullable [] bound(Query query, TermLookups terms) throws IOException {
        return switch (query) {
            case WordQuery word -> {
                if (!word.bounded()) {
                    word.bound(bound(word.query(), terms));
                }
                yield word.bound();
            }
            case TermQuery term -> terms.docs(term);
            case BoostQuery boost -> bound(boost.getQuery(), terms);
            case DisjunctionMaxQuery dismax -> union(dismax.getDisjuncts(), terms);
            case BooleanQuery bool -> bound(bool, terms);
            default -> null;
        };
    }

    private static int @Nullable [] bound(BooleanQuery bool, TermLookups terms) throws IOException {
        List<Query> required = new ArrayList<>();
        List<Query> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == Occur.MUST || clause.occur() == Occur.FILTER) {
                required.add(clause.query());
            } else if (clause.occur() == Occur.SHOULD) {
                optional.add(clause.query());
            }
        }
        if (required.isEmpty()) {
            // Only optional clauses: a match matches one of them (a query of exclusions alone is left unbounded).
            return optional.isEmpty() ? null : union(optional, terms);
        }
        // Optional clauses beside required ones only rank; each required clause bounds the matches.
        int[] bound = null;
        for (Query clause : required) {
            int[] clauseBound = bound(clause, terms);
            if (clauseBound != null) {
                bound = bound == null ? clauseBound : intersection(bound, clauseBound);
                if (bound.length == 0) {
                    return bound;
                }
            }
        }
        return bound;
    }

    private static int @Nullable [] union(Iterable<Query> queries, TermLookups terms) throws IOException {
        int[] union = new int[0];
        for (Query query : queries) {
            int[] bound = bound(query, terms);
            if (bound == null) {
                return null;
            }
            union = union(union, bound);
        }
        return union;
    }

    /** The sorted, distinct documents in {@code a} or {@code b} (each sorted and distinct). */
    static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            out[n++] = Math.min(x, y);
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The sorted documents in both {@code a} and {@code b} (each sorted and distinct). */
    static int[] intersection(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
