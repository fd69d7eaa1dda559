package org.twir.archive.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.spell.HighFrequencyDictionary;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The title words of one index reader, for search-as-you-type; built with every published state. */
final class TitleWords {

    private TitleWords() {}

    /**
     * The unstemmed title words of {@code reader} weighted by document frequency, as an in-memory weighted FST
     * for search-as-you-type (crate names included, whole and in parts); built in a few hundred milliseconds.
     */
    static Lookup of(IndexReader reader) throws IOException {
        try (ByteBuffersDirectory temp = new ByteBuffersDirectory()) {
            WFSTCompletionLookup lookup = new WFSTCompletionLookup(temp, "completions", true);
            if (reader.numDocs() > 0) {
                lookup.build(new HighFrequencyDictionary(reader, IndexSchema.TITLE_EXACT, 0f).getEntryIterator());
            }
            return lookup;
        }
    }
}
