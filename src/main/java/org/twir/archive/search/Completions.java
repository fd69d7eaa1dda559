package org.twir.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.spell.HighFrequencyDictionary;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.twir.archive.index.IndexSchema;

/**
 * Search-as-you-type: completes the last word typed from the words of all titles (crate names included, whole
 * and in parts), most frequent first, using an in-memory weighted FST ({@link WFSTCompletionLookup}). Built
 * from the index for each published state, in a few hundred milliseconds at most.
 */
public final class Completions {

    /** Longer input cannot be a word being typed; answered with no completions. */
    static final int MAX_PREFIX = 100;

    private final WFSTCompletionLookup lookup;

    private Completions(WFSTCompletionLookup lookup) {
        this.lookup = lookup;
    }

    /** Builds the lookup from the unstemmed title terms of {@code reader}, weighted by document frequency. */
    public static Completions build(IndexReader reader) throws IOException {
        try (ByteBuffersDirectory temp = new ByteBuffersDirectory()) {
            WFSTCompletionLookup lookup = new WFSTCompletionLookup(temp, "completions", true);
            if (reader.numDocs() > 0) {
                lookup.build(new HighFrequencyDictionary(reader, IndexSchema.TITLE_EXACT, 0f).getEntryIterator());
            }
            return new Completions(lookup);
        }
    }

    /** Up to {@code limit} completions of {@code typed}: the text before the last word is kept as typed. */
    List<String> complete(String typed, int limit) {
        String text = typed.stripLeading().toLowerCase(Locale.ROOT);
        if (text.isBlank()
                || text.length() > MAX_PREFIX
                || lookup.getCount() == 0
                || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return List.of();
        }
        int split = text.lastIndexOf(' ') + 1;
        String head = text.substring(0, split);
        String last = text.substring(split);
        Set<String> out = new LinkedHashSet<>();
        try {
            for (Lookup.LookupResult result : lookup.lookup(last, false, limit)) {
                out.add(head + result.key);
            }
        } catch (IOException e) {
            // The lookup is in memory; it declares IOException only for the interface.
            throw new java.io.UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }
}
