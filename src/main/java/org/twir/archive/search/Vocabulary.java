package org.twir.archive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The terms of one segment's field held as code points, to find those a few edits from a word (Damerau, optimal
 * string alignment, the first {@value Typos#PREFIX} code point kept, as {@link Typos} counts) without building an
 * edit automaton. A word's candidates are the terms with its first code point, which are neighbours in term order;
 * of those, only terms of a length within the edits and whose letters differ from the word's in at most two per
 * edit get their distance computed, and that computation stops as soon as the edits are exceeded. Building
 * Lucene's Levenshtein automaton for a word (its dead states removed, then compiled to UTF-8) took about a seventh
 * of an uncached query's CPU; this scan takes a few microseconds.
 *
 * <p>One per segment and field, made on first use and kept while the segment's terms are (weakly, by identity):
 * {@link #of}. Immutable and thread safe. Held for the title's words and the descriptions' stems (35,000 and 7,000
 * terms on the whole archive, about 2 MB), not for the 150,000-term prefix field, which keeps its automata.
 */
final class Vocabulary {

    private static final Map<Terms, Vocabulary> BY_TERMS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Code points of every term, in term order; term i is {@code points[starts[i]] .. points[starts[i + 1]]}. */
    private final int[] points;

    private final int[] starts;

    /** Per term, one bit per code point modulo 32 it has: an edit changes at most two of them. */
    private final int[] letters;

    private final int[] docFreqs;

    private Vocabulary(int[] points, int[] starts, int[] letters, int[] docFreqs) {
        this.points = points;
        this.starts = starts;
        this.letters = letters;
        this.docFreqs = docFreqs;
    }

    /** The vocabulary of {@code terms} (one segment's field), read once per segment. */
    static Vocabulary of(Terms terms) throws IOException {
        Vocabulary known = BY_TERMS.get(terms);
        if (known == null) {
            // Two searches may read the same new segment at once; both results are equal, one is kept.
            Vocabulary read = read(terms);
            known = BY_TERMS.putIfAbsent(terms, read);
            if (known == null) {
                known = read;
            }
        }
        return known;
    }

    private static Vocabulary read(Terms terms) throws IOException {
        int size = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, terms.size()));
        int[] points = new int[Math.max(16, size * 8)];
        int[] starts = new int[size + 1];
        int[] letters = new int[size];
        int[] docFreqs = new int[size];
        IntsRef decoded = new IntsRef(32);
        TermsEnum all = terms.iterator();
        int count = 0;
        int used = 0;
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            if (count == starts.length - 1) {
                // Terms.size() may be unknown (-1) for some codecs: grow as needed.
                starts = Arrays.copyOf(starts, count * 2 + 2);
                letters = Arrays.copyOf(letters, count * 2 + 1);
                docFreqs = Arrays.copyOf(docFreqs, count * 2 + 1);
            }
            if (decoded.ints.length < term.length) {
                decoded = new IntsRef(term.length);
            }
            int length = UnicodeUtil.UTF8toUTF32(term, decoded.ints);
            if (length < Typos.PREFIX) {
                continue; // an empty term has no first letter to keep: never a typo of anything
            }
            if (used + length > points.length) {
                points = Arrays.copyOf(points, Math.max(points.length * 2, used + length));
            }
            System.arraycopy(decoded.ints, 0, points, used, length);
            starts[count] = used;
            letters[count] = letters(points, used, used + length);
            docFreqs[count] = all.docFreq();
            used += length;
            count++;
        }
        starts = Arrays.copyOf(starts, count + 1);
        starts[count] = used;
        return new Vocabulary(
                Arrays.copyOf(points, used), starts, Arrays.copyOf(letters, count), Arrays.copyOf(docFreqs, count));
    }

    private static int letters(int[] word, int from, int to) {
        int bits = 0;
        for (int i = from; i < to; i++) {
            bits |= 1 << (word[i] & 31);
        }
        return bits;
    }

    /**
     * The terms within {@code maxEdits} of {@code word} (the word itself included if it is a term), in term order:
     * per match, its index here and its distance, interleaved ({@code [term, distance, term, distance, ...]}).
     */
    int[] near(int[] word, int maxEdits) {
        if (word.length < Typos.PREFIX || starts.length == 1) {
            return new int[0];
        }
        int first = word[0];
        int from = firstWith(first);
        int wordLetters = letters(word, 0, word.length);
        int[] found = new int[16];
        int size = 0;
        Distances distances = new Distances(word, maxEdits);
        for (int i = from; i < starts.length - 1 && points[starts[i]] == first; i++) {
            int start = starts[i];
            int length = starts[i + 1] - start;
            if (Math.abs(length - word.length) > maxEdits
                    || Integer.bitCount(letters[i] ^ wordLetters) > 2 * maxEdits) {
                continue;
            }
            int distance = distances.to(points, start, length);
            if (distance <= maxEdits) {
                if (size + 2 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[size++] = i;
                found[size++] = distance;
            }
        }
        return Arrays.copyOf(found, size);
    }

    /** The first term whose first code point is {@code first} or after it (term order is code point order). */
    private int firstWith(int first) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (points[starts[middle]] < first) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Term {@code index}'s code points. */
    int[] points(int index) {
        return Arrays.copyOfRange(points, starts[index], starts[index + 1]);
    }

    /** Term {@code index} as the index holds it (UTF-8). */
    BytesRef term(int index) {
        return new BytesRef(text(index));
    }

    String text(int index) {
        return new String(points, starts[index], starts[index + 1] - starts[index]);
    }

    /** The documents having term {@code index} (deleted ones included, as {@link TermsEnum#docFreq}). */
    int docFreq(int index) {
        return docFreqs[index];
    }

    /**
     * The edits from one word to many terms (as {@link Typos#distance} counts them, which is this uncapped),
     * stopping a term as soon as it is more than {@code maxEdits} away (then the answer is {@code maxEdits + 1}).
     * The rows are reused from term to term.
     */
    static final class Distances {

        private final int[] word;
        private final int maxEdits;
        private int[] previous2;
        private int[] previous;
        private int[] current;

        Distances(int[] word, int maxEdits) {
            this.word = word;
            this.maxEdits = maxEdits;
            grow(word.length + maxEdits + 1);
        }

        private void grow(int size) {
            previous2 = new int[size];
            previous = new int[size];
            current = new int[size];
        }

        /** The distance to the term {@code term[from .. from + length]}, capped at {@code maxEdits + 1}. */
        int to(int[] term, int from, int length) {
            int skip = Math.min(Typos.PREFIX, Math.min(word.length, length));
            int n = word.length - skip;
            int m = length - skip;
            int b0 = from + skip;
            if (m + 1 > previous.length) {
                grow(m + 1);
            }
            for (int j = 0; j <= m; j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= n; i++) {
                current[0] = i;
                int rowMin = i;
                int ai = word[skip + i - 1];
                for (int j = 1; j <= m; j++) {
                    int bj = term[b0 + j - 1];
                    int best = Math.min(
                            Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                    if (i > 1 && j > 1 && ai == term[b0 + j - 2] && word[skip + i - 2] == bj) {
                        best = Math.min(best, previous2[j - 2] + 1);
                    }
                    current[j] = best;
                    rowMin = Math.min(rowMin, best);
                }
                // A swap reaches back two rows, so a row is only hopeless when the row before it was too.
                if (rowMin > maxEdits && minimum(previous, m) > maxEdits) {
                    return maxEdits + 1;
                }
                int[] recycled = previous2;
                previous2 = previous;
                previous = current;
                current = recycled;
            }
            return Math.min(previous[m], maxEdits + 1);
        }

        private static int minimum(int[] row, int m) {
            int min = Integer.MAX_VALUE;
            for (int j = 0; j <= m; j++) {
                min = Math.min(min, row[j]);
            }
            return min;
        }
    }
}
