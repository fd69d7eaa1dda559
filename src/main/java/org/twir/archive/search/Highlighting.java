package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.TextAnalysis;

/**
 * Highlighted title and description fragments: HTML-escaped text with {@code <mark>} around matched words, safe
 * to insert into a page. The title is highlighted whole; the description as its best two sentences. Words are
 * highlighted one by one (a phrase's words too), in any of the text fields the reader's words search: a term
 * matched in the unstemmed twin field (exact forms, typo matches) highlights the stored text as well.
 *
 * <p>The query's terms are gathered once per search ({@link #marks}); each hit's title and description are
 * analysed again into word forms ({@link TextAnalysis#wordForms()}), and a form is marked when it or its stem
 * matches. A form's stem is only computed when the form alone is not marked whole: a keep-the-original chain
 * (repeat each token, stem one copy, drop duplicates) did the same with two tokens per word and their attribute
 * states copied, about half of highlighting's cost. A word matched only because it begins with the word being
 * typed is marked up to the typed part ({@code <mark>tok</mark>io}): the reader sees what completed their input.
 * This replaced Lucene's UnifiedHighlighter, which on every search recomputed the index's field infos, read the
 * stored fields a second time and built an in-memory index per field and hit: a third of an uncached search's
 * CPU, for fields that are one line (titles) or a few sentences (descriptions, which 93% of entries lack).
 */
final class Highlighting {

    private static final Set<String> MATCHED_FIELDS =
            Set.of(IndexSchema.TITLE, IndexSchema.TITLE_EXACT, IndexSchema.DESCRIPTION);
    private static final int DESCRIPTION_PASSAGES = 2;
    private static final int PLAIN_DESCRIPTION_LENGTH = 300;
    /** Text beyond this many characters is not analysed for matches (descriptions are far shorter). */
    private static final int MAX_LENGTH = 10_000;

    private static final String ELLIPSIS = " … ";
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    /**
     * Texts at least this long keep their word forms and sentences once analysed ({@link #analysed}). A long
     * description has many words, so it is among the hits of many queries: in a run of random title-word pairs, the
     * entries seen among the last 1,024 hits held 46% of the hits' characters, though 12% of the hits; short texts
     * are cheap to analyse again.
     */
    static final int KEPT_LENGTH = 200;

    /** At most this many long texts keep their analysis: a few KB each (forms and offsets), a few MB in all. */
    static final int KEPT_TEXTS = 1024;

    private static final ThreadLocal<TextAnalysis.Stemmer> STEMMERS =
            ThreadLocal.withInitial(TextAnalysis.Stemmer::new);

    private final Analyzer wordForms;
    private final RecentMap<String, Analysed> analysed = new RecentMap<>(KEPT_TEXTS);

    /** @param wordForms {@link TextAnalysis#wordForms()} */
    Highlighting(Analyzer wordForms) {
        this.wordForms = wordForms;
    }

    /**
     * A text's word forms ({@link TextAnalysis#wordForms()}, which depends on the text alone), up to the form
     * starting at or after {@value #MAX_LENGTH}: form {@code i} is {@code chars[formEnds[i - 1], formEnds[i])} (from
     * 0 for the first) at {@code [starts[i], ends[i])} of the text. Its sentence boundaries are found when first
     * asked. Immutable once built, but for the boundaries, set once (two threads may both find the same ones).
     */
    private static final class Analysed {

        final char[] chars;
        final int[] formEnds;
        final int[] starts;
        final int[] ends;
        private volatile int @Nullable [] sentences;

        Analysed(char[] chars, int[] formEnds, int[] starts, int[] ends) {
            this.chars = chars;
            this.formEnds = formEnds;
            this.starts = starts;
            this.ends = ends;
        }

        int size() {
            return starts.length;
        }

        /** The sentence boundaries of {@code text} (this one's text), in order: first 0, last its length. */
        int[] sentences(String text) {
            int[] known = sentences;
            if (known == null) {
                known = boundaries(text);
                sentences = known;
            }
            return known;
        }
    }

    /** {@code text}'s word forms: kept ones for a long text analysed recently, else analysed now. */
    private Analysed analyse(String text) {
        if (text.length() < KEPT_LENGTH) {
            return analysedNow(text);
        }
        Analysed known = analysed.get(text);
        if (known == null) {
            known = analysedNow(text);
            analysed.offer(text, known);
        }
        return known;
    }

    private Analysed analysedNow(String text) {
        StringBuilder chars = new StringBuilder(text.length());
        int[] formEnds = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        // The field names no chain: word forms are analysed alike in every field.
        try (TokenStream tokens = wordForms.tokenStream(IndexSchema.TITLE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && offsets.startOffset() < MAX_LENGTH) {
                if (n == starts.length) {
                    formEnds = Arrays.copyOf(formEnds, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                chars.append(term.buffer(), 0, term.length());
                formEnds[n] = chars.length();
                starts[n] = offsets.startOffset();
                ends[n] = offsets.endOffset();
                n++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a hit for highlighting failed", e);
        }
        char[] all = new char[chars.length()];
        chars.getChars(0, all.length, all, 0);
        return new Analysed(all, Arrays.copyOf(formEnds, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** What marks the hits of {@code query}: its words, typed prefixes and multi-term patterns. */
    Marks marks(Query query) {
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<ByteRunAutomaton> patterns = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return MATCHED_FIELDS.contains(field) || field.equals(IndexSchema.TITLE_PREFIX);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    if (term.field().equals(IndexSchema.TITLE_PREFIX)) {
                        prefixes.add(term.text());
                    } else if (MATCHED_FIELDS.contains(term.field())) {
                        words.add(term.text());
                    }
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (MATCHED_FIELDS.contains(field)) {
                    patterns.add(automaton.get());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return new Marks(words, prefixes, patterns);
    }

    /** The marks of one query, applied to one hit's text at a time. Not thread safe: one per search. */
    final class Marks {

        private final CharArraySet words;
        private final List<String> prefixes;
        private final List<ByteRunAutomaton> patterns;
        /**
         * The first characters of the words and prefixes, or null when any stem may match (a pattern, an empty
         * word). Porter stemming rewrites only a word's ending, never its first character, so a form whose first
         * character begins no word and no prefix has a stem that matches nothing: most forms, which are then not
         * stemmed.
         */
        private final @Nullable String firstCharacters;

        /** This thread's: a search runs on one thread, and setting a stemmer's filter chain up is not free. */
        private final TextAnalysis.Stemmer stemmer = STEMMERS.get();

        private final BytesRefBuilder utf8 = new BytesRefBuilder();

        private Marks(Set<String> words, List<String> prefixes, List<ByteRunAutomaton> patterns) {
            this.words = new CharArraySet(words, false);
            this.prefixes = List.copyOf(prefixes);
            this.patterns = patterns;
            this.firstCharacters = patterns.isEmpty() ? firstCharacters(words, prefixes) : null;
        }

        /** The distinct first characters of {@code words} and {@code prefixes}; null when one is empty. */
        private static @Nullable String firstCharacters(Set<String> words, List<String> prefixes) {
            StringBuilder first = new StringBuilder();
            for (Collection<String> strings : List.of(words, prefixes)) {
                for (String word : strings) {
                    if (word.isEmpty()) {
                        return null;
                    }
                    if (first.indexOf(word.substring(0, 1)) < 0) {
                        first.append(word.charAt(0));
                    }
                }
            }
            return first.toString();
        }

        /** Whether the stem of a form beginning with {@code first} may be marked. */
        private boolean stemMayMatch(char first) {
            return firstCharacters == null || firstCharacters.indexOf(first) >= 0;
        }

        /** The whole title with its matches marked, or null when nothing in it matched. */
        @Nullable
        String title(String title) {
            List<int[]> spans = spans(analyse(title), title);
            if (spans.isEmpty()) {
                return null;
            }
            StringBuilder out = new StringBuilder(title.length() + 32);
            append(out, title, spans, 0, title.length());
            return out.toString();
        }

        /** The description's best sentences with their matches marked, or null when nothing in it matched. */
        @Nullable
        String description(String description) {
            if (description.isEmpty()) {
                return null;
            }
            Analysed forms = analyse(description);
            List<int[]> spans = spans(forms, description);
            if (spans.isEmpty()) {
                return null;
            }
            List<int[]> passages = bestSentences(description, forms.sentences(description), spans);
            StringBuilder out = new StringBuilder();
            int pos = 0;
            for (int i = 0; i < passages.size(); i++) {
                int[] passage = passages.get(i);
                if (passage[0] > pos && pos > 0) {
                    out.append(ELLIPSIS);
                }
                int end = passage[1];
                boolean followedDirectly = i + 1 < passages.size() && passages.get(i + 1)[0] == end;
                while (!followedDirectly && end > passage[0] && Character.isWhitespace(description.charAt(end - 1))) {
                    end--;
                }
                append(out, description, spans, passage[0], end);
                pos = passage[1];
            }
            return out.toString();
        }

        /** The marked stretches of {@code text} (whose forms are {@code forms}), in order and not overlapping. */
        private List<int[]> spans(Analysed forms, String text) {
            List<int[]> spans = new ArrayList<>();
            char[] chars = forms.chars;
            for (int i = 0, from = 0; i < forms.size(); from = forms.formEnds[i], i++) {
                int length = forms.formEnds[i] - from;
                int start = forms.starts[i];
                int end = forms.ends[i];
                int markEnd = markEnd(chars, from, length, text, start, end);
                if (markEnd < end && length > 0 && stemMayMatch(chars[from])) {
                    // The stem sits at the form's offsets: marks of both join into the longer.
                    CharTermAttribute stem = stemmer.stem(chars, from, length);
                    markEnd = Math.max(markEnd, markEnd(stem.buffer(), 0, stem.length(), text, start, end));
                }
                if (markEnd > start) {
                    spans.add(new int[] {start, markEnd});
                }
            }
            return merged(spans);
        }

        /**
         * Where the mark of the token {@code buffer[offset, offset + length)} at [start, end) of {@code text} ends:
         * at {@code end} when the token is one of the query's words or patterns; when it only begins with a typed
         * prefix, after the typed part of the text (if the text there, lower-cased, begins with that prefix: an
         * accent folded away or a stem cut short leaves the whole word marked); else -1, no mark.
         */
        private int markEnd(char[] buffer, int offset, int length, String text, int start, int end) {
            if (words.contains(buffer, offset, length) || matchesPattern(buffer, offset, length)) {
                return end;
            }
            boolean prefixed = false;
            for (String prefix : prefixes) {
                prefixed |= prefix.length() <= length && startsWith(buffer, offset, prefix);
            }
            if (!prefixed) {
                return -1;
            }
            String surface = text.substring(start, end).toLowerCase(Locale.ROOT);
            int typed = -1;
            for (String prefix : prefixes) {
                if (prefix.length() > typed
                        && prefix.length() < surface.length()
                        && surface.length() == end - start
                        && surface.startsWith(prefix)) {
                    typed = prefix.length();
                }
            }
            return typed < 0 ? end : start + typed;
        }

        private boolean matchesPattern(char[] buffer, int offset, int length) {
            if (patterns.isEmpty()) {
                return false;
            }
            utf8.copyChars(buffer, offset, length);
            for (ByteRunAutomaton pattern : patterns) {
                if (pattern.run(utf8.bytes(), 0, utf8.length())) {
                    return true;
                }
            }
            return false;
        }

        /** Marks [from, to) of {@code text} into {@code out}: escaped text, {@code <mark>} around the spans. */
        private static void append(StringBuilder out, String text, List<int[]> spans, int from, int to) {
            int pos = from;
            for (int[] span : spans) {
                if (span[1] <= from || span[0] >= to) {
                    continue;
                }
                int start = Math.max(span[0], from);
                int end = Math.min(span[1], to);
                escape(out, text, pos, start);
                out.append("<mark>");
                escape(out, text, start, end);
                out.append("</mark>");
                pos = end;
            }
            escape(out, text, pos, to);
        }
    }

    /**
     * The {@value #DESCRIPTION_PASSAGES} sentences with the most distinct marked words (then the most marks, then
     * the first), in text order.
     */
    private static List<int[]> bestSentences(String text, int[] boundaries, List<int[]> spans) {
        List<int[]> scored = new ArrayList<>(); // start, end, distinct words, marks
        for (int b = 1; b < boundaries.length; b++) {
            int start = boundaries[b - 1];
            int end = boundaries[b];
            Set<String> distinct = new HashSet<>();
            int marks = 0;
            for (int[] span : spans) {
                if (span[0] >= start && span[0] < end) {
                    distinct.add(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
                    marks++;
                }
            }
            if (marks > 0) {
                scored.add(new int[] {start, end, distinct.size(), marks});
            }
        }
        return scored.stream()
                .sorted(Comparator.<int[]>comparingInt(s -> -s[2])
                        .thenComparingInt(s -> -s[3])
                        .thenComparingInt(s -> s[0]))
                .limit(DESCRIPTION_PASSAGES)
                .sorted(Comparator.comparingInt(s -> s[0]))
                .toList();
    }

    /** The sentence boundaries of {@code text}, in order: first 0, last its length. */
    private static int[] boundaries(String text) {
        BreakIterator sentences = (BreakIterator) SENTENCES.clone();
        sentences.setText(text);
        int[] boundaries = new int[8];
        int n = 0;
        for (int at = sentences.first(); at != BreakIterator.DONE; at = sentences.next()) {
            if (n == boundaries.length) {
                boundaries = Arrays.copyOf(boundaries, n * 2);
            }
            boundaries[n++] = at;
        }
        return Arrays.copyOf(boundaries, n);
    }

    /** Sorts spans by start and joins overlapping ones (a code word and its parts become one mark). */
    private static List<int[]> merged(List<int[]> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        int[][] sorted = spans.toArray(int[][]::new);
        Arrays.sort(sorted, Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>(sorted.length);
        int[] current = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i][0] < current[1]) {
                current = new int[] {current[0], Math.max(current[1], sorted[i][1])};
            } else {
                merged.add(current);
                current = sorted[i];
            }
        }
        merged.add(current);
        return merged;
    }

    private static boolean startsWith(char[] buffer, int offset, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (buffer[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String titleOrPlain(@Nullable String fragment, String title) {
        return fragment != null ? fragment : escape(title);
    }

    static String descriptionOrPlain(@Nullable String fragment, String description) {
        if (fragment != null) {
            return fragment;
        }
        if (description.length() <= PLAIN_DESCRIPTION_LENGTH) {
            return escape(description);
        }
        int end = PLAIN_DESCRIPTION_LENGTH;
        if (Character.isHighSurrogate(description.charAt(end - 1))) {
            end--;
        }
        return escape(description.substring(0, end)) + "…";
    }

    /** Minimal HTML escaping for text and attribute contexts. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text, 0, text.length());
        return out.toString();
    }

    private static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
