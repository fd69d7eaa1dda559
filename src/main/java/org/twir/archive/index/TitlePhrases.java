package org.twir.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Issue;

/**
 * The phrases of two or three words that occur in several titles ({@code async closures}, {@code rust for linux}),
 * weighted by how many titles hold them, as an in-memory weighted FST for search-as-you-type. A phrase neither
 * begins nor ends with a glue word: "for linux" and "rust for" say nothing a reader would pick.
 */
final class TitlePhrases {

    /**
     * A phrase in one or two titles is those titles (or one link listed twice), not a phrase readers share; the
     * bar also keeps the lookup small (about 20,000 phrases for the whole archive).
     */
    private static final int MIN_TITLES = 3;

    private static final int MAX_WORDS = 3;

    /** Names the lookup's temporary files. */
    static final String PREFIX = "phrases";

    private static final Set<String> GLUE = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "its",
            "of", "on", "or", "the", "this", "to", "vs", "what", "why", "with", "you", "your");

    private TitlePhrases() {}

    /**
     * The lookup over the titles of {@code issues}' entries (the documents of the index, read from memory:
     * reading 65,000 stored titles back from the index took seconds).
     */
    static WFSTCompletionLookup build(Collection<Issue> issues) throws IOException {
        try (ByteBuffersDirectory temp = new ByteBuffersDirectory()) {
            WFSTCompletionLookup lookup = new WFSTCompletionLookup(temp, PREFIX, true);
            Map<String, Integer> counts = counts(issues);
            if (!counts.isEmpty()) {
                lookup.build(new Counted(counts));
            }
            return lookup;
        }
    }

    /**
     * How many titles hold each phrase (once per title), keeping those in several titles. Each title is split into
     * words once; a three-word phrase is counted only when its first pair is a kept phrase or ends in glue (a rare
     * pair cannot begin a frequent phrase), which keeps the counting map small.
     */
    private static Map<String, Integer> counts(Collection<Issue> issues) {
        List<List<String>> titles = issues.stream()
                .flatMap(i -> i.entries().stream())
                .map(e -> words(e.title()))
                .toList();
        Map<String, Integer> pairs = new HashMap<>();
        Set<String> inTitle = new HashSet<>();
        for (List<String> words : titles) {
            inTitle.clear();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!GLUE.contains(words.get(i)) && !GLUE.contains(words.get(i + 1))) {
                    inTitle.add(words.get(i) + " " + words.get(i + 1));
                }
            }
            inTitle.forEach(p -> pairs.merge(p, 1, Integer::sum));
        }
        pairs.values().removeIf(n -> n < MIN_TITLES);
        Map<String, Integer> triples = new HashMap<>();
        for (List<String> words : titles) {
            inTitle.clear();
            for (int i = 0; i + 2 < words.size(); i++) {
                String first = words.get(i);
                String second = words.get(i + 1);
                if (!GLUE.contains(first)
                        && !GLUE.contains(words.get(i + 2))
                        && (GLUE.contains(second) || pairs.containsKey(first + " " + second))) {
                    inTitle.add(first + " " + second + " " + words.get(i + 2));
                }
            }
            inTitle.forEach(p -> triples.merge(p, 1, Integer::sum));
        }
        triples.values().removeIf(n -> n < MIN_TITLES);
        triples.putAll(pairs);
        return triples;
    }

    /**
     * The words of a title as readers type them: letters and digits, joined by inner dots, dashes, underscores or
     * apostrophes ({@code serde_json}, {@code 1.70}, {@code don't}); a joiner not followed by a letter or digit
     * ends the word. A scan, not a regular expression: this runs over every title at each publish.
     */
    static List<String> words(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                int d = text.codePointAt(i);
                if (isWordChar(d)) {
                    i += Character.charCount(d);
                } else if (isJoiner(d) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    private static boolean isWordChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isJoiner(int c) {
        return c == '.' || c == '_' || c == '\'' || c == '-';
    }

    /** Adds the lower-cased phrases of 2..3 words of {@code title} that neither begin nor end with a glue word. */
    static void phrasesOf(String title, Set<String> out) {
        List<String> tokens = words(title);
        for (int start = 0; start < tokens.size(); start++) {
            if (GLUE.contains(tokens.get(start))) {
                continue;
            }
            for (int n = 2; n <= MAX_WORDS && start + n <= tokens.size(); n++) {
                if (!GLUE.contains(tokens.get(start + n - 1))) {
                    out.add(String.join(" ", tokens.subList(start, start + n)));
                }
            }
        }
    }

    /** The phrase counts as the suggester's input: each phrase once, weighted by its count. */
    private static final class Counted implements InputIterator {

        private final Iterator<Map.Entry<String, Integer>> entries;
        private long weight;

        Counted(Map<String, Integer> counts) {
            this.entries = counts.entrySet().iterator();
        }

        @Override
        public @Nullable BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            Map.Entry<String, Integer> entry = entries.next();
            weight = entry.getValue();
            return new BytesRef(entry.getKey());
        }

        @Override
        public long weight() {
            return weight;
        }

        @Override
        public @Nullable BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public @Nullable Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
