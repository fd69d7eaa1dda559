package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.search.spell.HighFrequencyDictionary;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;

/**
 * Search-as-you-type: completes the last word typed from the words of all titles (crate names included, whole
 * and in parts), most frequent first, and offers phrases of two or three words that begin more than one title's
 * word run ({@code async closures}, {@code rust for linux}), using two in-memory weighted FSTs
 * ({@link WFSTCompletionLookup}). Built from the index for each published state.
 */
public final class Completions {

    /** Longer input cannot be a word being typed; answered with no completions. */
    static final int MAX_PREFIX = 100;

    /** A phrase seen in a single title is that title, not a phrase readers share. */
    private static final int MIN_PHRASE_TITLES = 2;

    private static final int MAX_PHRASE_WORDS = 3;

    /** Words a phrase may hold inside but must not begin or end with: "for linux" and "rust for" say nothing. */
    private static final Set<String> GLUE = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "its",
            "of", "on", "or", "the", "this", "to", "vs", "what", "why", "with", "you", "your");

    /** A word of a title as readers type it: letters and digits, joined by inner dots, dashes or underscores. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[._'-][\\p{L}\\p{N}]+)*");

    private final WFSTCompletionLookup words;
    private final WFSTCompletionLookup phrases;

    private Completions(WFSTCompletionLookup words, WFSTCompletionLookup phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    /**
     * Builds the word lookup from the unstemmed title terms of {@code reader}, weighted by document frequency,
     * and the phrase lookup from the stored titles, weighted by the number of titles holding the phrase.
     */
    public static Completions build(IndexReader reader) throws IOException {
        try (ByteBuffersDirectory temp = new ByteBuffersDirectory()) {
            WFSTCompletionLookup words = new WFSTCompletionLookup(temp, "completions", true);
            WFSTCompletionLookup phrases = new WFSTCompletionLookup(temp, "phrases", true);
            if (reader.numDocs() > 0) {
                words.build(new HighFrequencyDictionary(reader, IndexSchema.TITLE_EXACT, 0f).getEntryIterator());
                phrases.build(new CountedPhrases(phraseCounts(reader)));
            }
            return new Completions(words, phrases);
        }
    }

    /** How many live titles hold each phrase (counted once per title), keeping those in several titles. */
    private static Map<String, Integer> phraseCounts(IndexReader reader) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> inTitle = new LinkedHashSet<>();
        for (var leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String title = stored.document(doc, Set.of(IndexSchema.TITLE)).get(IndexSchema.TITLE);
                if (title != null) {
                    inTitle.clear();
                    phrasesOf(title, inTitle);
                    inTitle.forEach(p -> counts.merge(p, 1, Integer::sum));
                }
            }
        }
        counts.values().removeIf(n -> n < MIN_PHRASE_TITLES);
        return counts;
    }

    /** Adds the phrases of 2..3 words of {@code title} that neither begin nor end with a glue word. */
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
            for (int n = 2; n <= MAX_PHRASE_WORDS && start + n <= tokens.size(); n++) {
                if (!GLUE.contains(tokens.get(start + n - 1))) {
                    out.add(String.join(" ", tokens.subList(start, start + n)));
                }
            }
        }
    }

    /**
     * Up to {@code limit} completions of {@code typed}, best first: the likeliest word, then phrases that continue
     * the last words typed, then the other words. The text before the completed part is kept as typed.
     */
    List<String> complete(String typed, int limit) {
        String text = typed.stripLeading().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.isBlank()
                || text.length() > MAX_PREFIX
                || words.getCount() == 0
                || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return List.of();
        }
        int split = text.lastIndexOf(' ') + 1;
        String head = text.substring(0, split);
        List<String> wordCompletions = new ArrayList<>();
        for (Lookup.LookupResult result : lookup(words, text.substring(split), limit)) {
            wordCompletions.add(head + result.key);
        }
        Set<String> out = new LinkedHashSet<>();
        if (!wordCompletions.isEmpty()) {
            out.add(wordCompletions.getFirst());
        }
        out.addAll(phraseCompletions(text, Math.max(1, limit / 2)));
        out.addAll(wordCompletions);
        return out.stream().limit(limit).toList();
    }

    /** Phrases continuing the longest tail of {@code text} (up to three words) that begins one. */
    private List<String> phraseCompletions(String text, int limit) {
        if (phrases.getCount() == 0) {
            return List.of();
        }
        String[] typedWords = text.split(" ");
        for (int n = Math.min(MAX_PHRASE_WORDS, typedWords.length); n >= 1; n--) {
            int headWords = typedWords.length - n;
            String head =
                    headWords == 0 ? "" : String.join(" ", List.of(typedWords).subList(0, headWords)) + " ";
            String tail = text.substring(head.length());
            List<String> found = new ArrayList<>();
            for (Lookup.LookupResult result : lookup(phrases, tail, limit)) {
                found.add(head + result.key);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<Lookup.LookupResult> lookup(WFSTCompletionLookup lookup, String key, int limit) {
        try {
            return lookup.lookup(key, false, limit);
        } catch (IOException e) {
            // The lookup is in memory; it declares IOException only for the interface.
            throw new UncheckedIOException(e);
        }
    }

    /** The phrase counts as the suggester's input: each phrase once, weighted by its count. */
    private static final class CountedPhrases implements InputIterator {

        private final Iterator<Map.Entry<String, Integer>> entries;
        private long weight;

        CountedPhrases(Map<String, Integer> counts) {
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
