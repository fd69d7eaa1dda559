package org.twir.archive.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.search.ReaderQuery.Clause;

/**
 * "Did you mean": each plain word that appears in no title or description is replaced by the closest title
 * word the index knows, at most {@value #MAX_EDITS} edits away (first letter kept), scoring at least {@value
 * #MIN_SCORE} (1 - edits / length), then the one in most entries: the rules of Lucene's {@code DirectSpellChecker},
 * over the edit automata the typo pass builds anyway ({@link Typos}). A word still being typed counts as known when
 * some title word begins with it.
 */
final class Spelling {

    static final int MAX_EDITS = 2;
    static final float MIN_SCORE = 0.5f;
    /** Shorter words get no suggestion: two edits would turn them into anything. */
    static final int MIN_LENGTH = 4;

    /** The query with misspelt words replaced, or null when every word is known or nothing close exists. */
    @Nullable
    String suggest(String query, ReaderQuery parsed, IndexReader reader, WordEntries entries, Typos typos)
            throws IOException {
        String suggestion = query;
        boolean changed = false;
        for (Clause clause : parsed.requiredClauses()) {
            boolean partial = clause.type() == ReaderQuery.Type.PARTIAL;
            if ((clause.type() != ReaderQuery.Type.WORD && !partial)
                    || clause.qualifier() != null
                    || clause.text().length() < MIN_LENGTH
                    || clause.text().length() > QueryFactory.MAX_TYPO_LENGTH
                    || !clause.text().chars().allMatch(Character::isLetter)
                    || entries.of(clause) > 0) {
                continue;
            }
            String nearest = typos.nearest(
                    reader, IndexSchema.TITLE_EXACT, clause.text().toLowerCase(Locale.ROOT), MAX_EDITS, MIN_SCORE);
            if (nearest != null) {
                suggestion = suggestion.replace(clause.text(), nearest);
                changed = true;
            }
        }
        return changed ? suggestion : null;
    }
}
