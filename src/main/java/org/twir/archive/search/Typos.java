package org.twir.archive.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * The typo pass of one search: which indexed terms are a few edits (Damerau: a swap counts as one) from a word,
 * first letter kept. The title's words and the descriptions' stems are looked up in each segment's {@link
 * Vocabulary}, which finds a word's near terms without an edit automaton: building Lucene's Levenshtein automaton
 * for a word was about a seventh of an uncached query's CPU. The prefix field (the word being typed), too large to
 * hold so, keeps automata: each word's is built once, for the most edits anything asks of it, and shared by the
 * searches of a service ({@link #sharedAutomata}: building one was a quarter of an as-typed query's typo pass). A
 * term found gets its exact distance computed directly. Scores match {@link FuzzyQuery}'s. Thread safe (it keeps
 * nothing but the shared automata); a search makes one.
 */
final class Typos {

    /** Leading code points a typo never changes. */
    static final int PREFIX = 1;

    /** Words whose automata searches share: 5-50 KB each (one edit, up to 20 letters), a few megabytes in all. */
    static final int SHARED_AUTOMATA = 256;

    /** Per word, the automaton for the most edits asked so far (it accepts every nearer term too). */
    private final RecentMap<String, Edits> shared;

    /** A word's edit automaton, for {@code max} edits. It depends on nothing but the word: any index may use it. */
    record Edits(int max, CompiledAutomaton automaton) {}

    /** The automata of many searches, for {@link #Typos(RecentMap)}. */
    static RecentMap<String, Edits> sharedAutomata() {
        return new RecentMap<>(SHARED_AUTOMATA);
    }

    /** A typo pass building its own automata. */
    Typos() {
        this(sharedAutomata());
    }

    /** A typo pass taking and keeping automata in {@code shared}. */
    Typos(RecentMap<String, Edits> shared) {
        this.shared = shared;
    }

    /** Terms of {@code term}'s field within {@code edits} of its text, the {@code maxExpansions} nearest. */
    Query query(Term term, int edits, int maxExpansions) {
        return new TypoQuery(term, edits, maxExpansions);
    }

    /**
     * As {@link #query}, through an edit automaton: for a field too large for a {@link Vocabulary} (the prefix
     * field's 150,000 terms).
     */
    Query queryByAutomaton(Term term, int edits, int maxExpansions) {
        Edits shared = edits(term.text(), edits);
        return new TypoQuery(term, edits, maxExpansions, shared.automaton(), shared.max());
    }

    /**
     * The term of {@code field} nearest to {@code word} (at most {@code maxEdits} away) scoring at least {@code
     * minScore}, then the one in most entries, then the first alphabetically; null when none is.
     */
    @Nullable
    String nearest(IndexReader reader, String field, String word, int maxEdits, float minScore) throws IOException {
        int[] wordPoints = word.codePoints().toArray();
        // A term's entries are summed over the segments, as the reader counts them.
        Map<String, Near> candidates = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            Vocabulary vocabulary = Vocabulary.of(terms);
            int[] near = vocabulary.near(wordPoints, maxEdits);
            for (int i = 0; i < near.length; i += 2) {
                int[] points = vocabulary.points(near[i]);
                float score = score(wordPoints, points, near[i + 1]);
                int entries = vocabulary.docFreq(near[i]);
                candidates.merge(
                        vocabulary.text(near[i]),
                        new Near(score, entries),
                        (a, b) -> new Near(a.score(), a.entries() + b.entries()));
            }
        }
        String best = null;
        Near bestNear = null;
        for (Map.Entry<String, Near> candidate : candidates.entrySet()) {
            String text = candidate.getKey();
            Near near = candidate.getValue();
            if (text.equals(word) || near.score() < minScore) {
                continue;
            }
            if (bestNear == null
                    || near.score() > bestNear.score()
                    || (near.score() == bestNear.score()
                            && (near.entries() > bestNear.entries()
                                    || (near.entries() == bestNear.entries() && text.compareTo(best) < 0)))) {
                best = text;
                bestNear = near;
            }
        }
        return best;
    }

    private record Near(float score, int entries) {}

    CompiledAutomaton automaton(String text, int edits) {
        return edits(text, edits).automaton();
    }

    /** {@code text}'s automaton, built for {@code edits} unless one for as many or more exists already. */
    private Edits edits(String text, int edits) {
        Edits known = shared.get(text);
        if (known == null || known.max() < edits) {
            known = new Edits(edits, FuzzyQuery.getFuzzyAutomaton(text, edits, PREFIX, true));
            shared.offer(text, known);
        }
        return known;
    }

    /**
     * {@link FuzzyQuery}'s score of a term {@code edits} away: 1 for the word itself, else 1 - edits / the shorter
     * length in code points.
     */
    static float score(int[] word, int[] term, int edits) {
        return edits == 0 ? 1f : 1f - (float) edits / Math.min(word.length, term.length);
    }

    /**
     * The edits between two words after their common {@value #PREFIX}-code-point prefix: insertions, deletions,
     * substitutions and swaps of neighbours (optimal string alignment, what Lucene's Levenshtein automata with
     * transpositions accept).
     */
    static int distance(int[] a, int[] b) {
        // No distance exceeds the longer word's length: capped there, the computation runs to the end.
        return new Vocabulary.Distances(a, Math.max(a.length, b.length)).to(b, 0, b.length);
    }

    static int[] codePoints(BytesRef utf8) {
        return utf8.utf8ToString().codePoints().toArray();
    }
}
