package org.twir.archive.search;

import java.time.LocalDate;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.twir.archive.index.IndexSchema;

/** Reads a hit back from a document's stored fields: the search side's half of {@link IndexSchema}. */
final class StoredHits {

    private StoredHits() {}

    /** The hit shown for a stored document (as returned by {@code storedFields().document}). */
    static SearchHit toHit(Document stored, Highlight highlight, float score) {
        IndexableField number = stored.getField(IndexSchema.ISSUE_NUMBER);
        return new SearchHit(
                stored.get(IndexSchema.ID),
                stored.get(IndexSchema.TITLE),
                stored.get(IndexSchema.URL),
                number == null ? null : number.numericValue().intValue(),
                LocalDate.ofEpochDay(
                        stored.getField(IndexSchema.DATE).numericValue().longValue()),
                stored.get(IndexSchema.CATEGORY),
                stored.get(IndexSchema.CATEGORY_PATH),
                stored.get(IndexSchema.KIND),
                Arrays.asList(stored.getValues(IndexSchema.TAG)),
                stored.get(IndexSchema.DESCRIPTION),
                highlight,
                stored.get(IndexSchema.ISSUE_URL),
                stored.get(IndexSchema.DOMAIN),
                score,
                stored.get(IndexSchema.ISSUE_ID));
    }
}
