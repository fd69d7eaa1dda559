package org.twir.archive.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.search.ReaderQuery.Clause;

/**
 * "Did you mean": each plain word that appears in no title or description is replaced by the closest title
 * word the index knows (Lucene's {@link DirectSpellChecker}, which reads the terms dictionary, no side index). A
 * word still being typed counts as known when some title word begins with it.
 */
final class Spelling {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling() {
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
    }

    /** The query with misspelt words replaced, or null when every word is known or nothing close exists. */
    @Nullable
    String suggest(String query, ReaderQuery parsed, IndexReader reader, WordEntries entries) throws IOException {
        String suggestion = query;
        boolean changed = false;
        for (Clause clause : parsed.requiredClauses()) {
            boolean partial = clause.type() == ReaderQuery.Type.PARTIAL;
            if ((clause.type() != ReaderQuery.Type.WORD && !partial)
                    || clause.qualifier() != null
                    || clause.text().length() > QueryFactory.MAX_TYPO_LENGTH
                    || !clause.text().chars().allMatch(Character::isLetter)
                    || entries.of(clause) > 0) {
                continue;
            }
            SuggestWord[] words = checker.suggestSimilar(
                    new Term(IndexSchema.TITLE_EXACT, clause.text().toLowerCase(Locale.ROOT)),
                    1,
                    reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (words.length > 0) {
                suggestion = suggestion.replace(clause.text(), words[0].string);
                changed = true;
            }
        }
        return changed ? suggestion : null;
    }
}
