package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.suggest.Lookup;

/**
 * Search-as-you-type: completes the last word typed from the words of all titles (crate names included, whole
 * and in parts), most frequent first, and offers phrases found in several titles that continue the last words
 * typed, using the lookups each published index state carries ({@link org.twir.archive.index.IndexState}).
 */
final class Completions {

    /** Longer input cannot be a word being typed; answered with no completions. */
    static final int MAX_PREFIX = 100;

    /** Phrases are looked up for the last one to three words typed ("rust for lin" -> "rust for linux"). */
    private static final int MAX_PHRASE_WORDS = 3;

    private Completions() {}

    /**
     * Up to {@code limit} completions of {@code typed}, best first: the likeliest word, then phrases that continue
     * the last words typed (up to half the list), then the other words. The text before the completed part is
     * kept as typed.
     */
    static List<String> complete(Lookup titleWords, Lookup titlePhrases, String typed, int limit) {
        String text = typed.stripLeading().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.isBlank()
                || text.length() > MAX_PREFIX
                || Character.isWhitespace(text.charAt(text.length() - 1))
                || isEmpty(titleWords)) {
            return List.of();
        }
        int split = text.lastIndexOf(' ') + 1;
        String head = text.substring(0, split);
        List<String> words = new ArrayList<>();
        for (Lookup.LookupResult result : lookup(titleWords, text.substring(split), limit)) {
            words.add(head + result.key);
        }
        Set<String> out = new LinkedHashSet<>();
        if (!words.isEmpty()) {
            out.add(words.getFirst());
        }
        out.addAll(phrases(titlePhrases, text, Math.max(1, limit / 2)));
        out.addAll(words);
        return out.stream().limit(limit).toList();
    }

    /** Phrases continuing the longest tail of {@code text} (up to three words) that begins one. */
    private static List<String> phrases(Lookup titlePhrases, String text, int limit) {
        if (isEmpty(titlePhrases)) {
            return List.of();
        }
        List<String> typedWords = List.of(text.split(" "));
        for (int n = Math.min(MAX_PHRASE_WORDS, typedWords.size()); n >= 1; n--) {
            List<String> headWords = typedWords.subList(0, typedWords.size() - n);
            String head = headWords.isEmpty() ? "" : String.join(" ", headWords) + " ";
            List<String> found = new ArrayList<>();
            for (Lookup.LookupResult result : lookup(titlePhrases, text.substring(head.length()), limit)) {
                found.add(head + result.key);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static boolean isEmpty(Lookup lookup) {
        try {
            return lookup.getCount() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Lookup.LookupResult> lookup(Lookup lookup, String key, int limit) {
        try {
            return lookup.lookup(key, false, limit);
        } catch (IOException e) {
            // The lookups are in memory; they declare IOException only for the interface.
            throw new UncheckedIOException(e);
        }
    }
}
