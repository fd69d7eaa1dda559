package org.twir.archive.index;

import org.apache.lucene.document.Document;
import org.twir.archive.model.Entry;
import org.twir.archive.search.Highlight;
import org.twir.archive.search.SearchHit;

/** The mapping between an archive entry and its Lucene document, both ways, in one place. */
public interface EntryDocuments {

    /** The document to index for {@code entry}, facet fields already built. */
    Document toDocument(Entry entry);

    /** The hit shown for a stored document (as returned by {@code storedFields().document}). */
    SearchHit toHit(Document stored, Highlight highlight, float score);

    /** The standard mapping of {@link IndexSchema}. */
    static EntryDocuments standard() {
        return new SchemaEntryDocuments(IndexSchema.facetsConfig());
    }
}
