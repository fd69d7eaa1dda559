package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.search.ReaderQuery.Clause;

/**
 * How many entries have each word of one query: as written (title words), stemmed (descriptions) and, for the
 * word being typed, as the beginning of a title word. Both the typo pass (is the word rare enough to be a typo?)
 * and the spelling suggestion (is it unknown?) ask; each word is counted once per reader ({@link TermLookups#entries}).
 * Not thread safe.
 */
final class WordEntries {

    private final QueryFactory queries;
    private final TermLookups terms;

    WordEntries(QueryFactory queries, TermLookups terms) {
        this.queries = queries;
        this.terms = terms;
    }

    /** The entries having {@code clause}'s word in any of its forms (an entry may count once per form). */
    int of(Clause clause) {
        try {
            // Counted once per reader: the typo pass and the spelling ask for the words of most uncached queries.
            return terms.entries(clause, () -> lookUp(clause));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terms dictionary failed", e);
        }
    }

    private int lookUp(Clause clause) throws IOException {
        String stem = queries.singleTerm(IndexSchema.DESCRIPTION, clause.text());
        int entries =
                terms.docFreq(new Term(IndexSchema.TITLE_EXACT, clause.text().toLowerCase(Locale.ROOT)));
        if (stem != null) {
            entries += terms.docFreq(new Term(IndexSchema.DESCRIPTION, stem));
        }
        if (clause.type() == ReaderQuery.Type.PARTIAL) {
            entries += terms.docFreq(queries.prefixTerm(clause.text()));
        }
        return entries;
    }
}
