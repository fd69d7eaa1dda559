package org.twir.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The phrases of two or three words that occur in several titles ({@code async closures}, {@code rust for linux}),
 * weighted by how many titles hold them, as an in-memory weighted FST for search-as-you-type. A phrase neither
 * begins nor ends with a glue word: "for linux" and "rust for" say nothing a reader would pick.
 */
final class TitlePhrases {

    /** A phrase seen in a single title is that title, not a phrase readers share. */
    private static final int MIN_TITLES = 2;

    private static final int MAX_WORDS = 3;

    private static final Set<String> GLUE = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "its",
            "of", "on", "or", "the", "this", "to", "vs", "what", "why", "with", "you", "your");

    /** A word of a title as readers type it: letters and digits, joined by inner dots, dashes or underscores. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[._'-][\\p{L}\\p{N}]+)*");

    private TitlePhrases() {}

    /** The lookup over the stored titles of {@code reader}'s live documents. */
    static Lookup build(IndexReader reader) throws IOException {
        try (ByteBuffersDirectory temp = new ByteBuffersDirectory()) {
            WFSTCompletionLookup lookup = new WFSTCompletionLookup(temp, "phrases", true);
            Map<String, Integer> counts = counts(reader);
            if (!counts.isEmpty()) {
                lookup.build(new Counted(counts));
            }
            return lookup;
        }
    }

    /** How many live titles hold each phrase (once per title), keeping those in several titles. */
    private static Map<String, Integer> counts(IndexReader reader) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> inTitle = new LinkedHashSet<>();
        Set<String> titleOnly = Set.of(IndexSchema.TITLE);
        for (var leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String title = stored.document(doc, titleOnly).get(IndexSchema.TITLE);
                if (title != null) {
                    inTitle.clear();
                    phrasesOf(title, inTitle);
                    inTitle.forEach(p -> counts.merge(p, 1, Integer::sum));
                }
            }
        }
        counts.values().removeIf(n -> n < MIN_TITLES);
        return counts;
    }

    /** Adds the lower-cased phrases of 2..3 words of {@code title} that neither begin nor end with a glue word. */
    static void phrasesOf(String title, Set<String> out) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
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
