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
 * and in parts), most frequent first, using the lookup each published index state carries
 * ({@link org.twir.archive.index.IndexState#titleWords()}).
 */
final class Completions {

    /** Longer input cannot be a word being typed; answered with no completions. */
    static final int MAX_PREFIX = 100;

    private Completions() {}

    /** Up to {@code limit} completions of {@code typed}: the text before the last word is kept as typed. */
    static List<String> complete(Lookup titleWords, String typed, int limit) {
        String text = typed.stripLeading().toLowerCase(Locale.ROOT);
        if (text.isBlank() || text.length() > MAX_PREFIX || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return List.of();
        }
        int split = text.lastIndexOf(' ') + 1;
        String head = text.substring(0, split);
        String last = text.substring(split);
        Set<String> out = new LinkedHashSet<>();
        try {
            if (titleWords.getCount() == 0) {
                return List.of();
            }
            for (Lookup.LookupResult result : titleWords.lookup(last, false, limit)) {
                out.add(head + result.key);
            }
        } catch (IOException e) {
            // The lookup is in memory; it declares IOException only for the interface.
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }
}
