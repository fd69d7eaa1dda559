package org.twir.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.twir.archive.duplicates.UrlCanonicalizer;
import org.twir.archive.model.Entry;

/**
 * The Lucene document of an archive entry, following {@link IndexSchema}. The values it stores for display come
 * from {@link EntryFields}, which the search side builds its hits from too.
 */
final class EntryDocuments {

    /** Matched as single terms only: no positions, so typing-prefix terms cost postings and nothing more. */
    private static final FieldType PREFIXES = prefixesType();

    private static final UrlCanonicalizer CANONICAL = new UrlCanonicalizer();

    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();

    /** Analyses the title once for its three fields ({@link TitleTokens}); reused per thread like the writer's. */
    private final Analyzer analyzer = TextAnalysis.indexAnalyzer();

    private static FieldType prefixesType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** The key that groups the listings of one link; an entry whose link has no canonical form stands alone. */
    static String urlKey(Entry entry) {
        return CANONICAL.canonicalString(entry.url()).orElse("entry:" + entry.id());
    }

    /** The document to index for {@code entry}, facet fields already built. */
    Document toDocument(Entry entry) {
        EntryFields shown = EntryFields.of(entry);
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, shown.id(), Field.Store.YES));
        doc.add(new StringField(IndexSchema.ISSUE_KEY, entry.issue().key(), Field.Store.NO));
        TitleTokens title = TitleTokens.of(analyzer, entry.title());
        doc.add(new StoredField(IndexSchema.TITLE, shown.title()));
        doc.add(new Field(IndexSchema.TITLE, title.stemmed(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(IndexSchema.TITLE_EXACT, title.exact(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(IndexSchema.TITLE_PREFIX, title.prefixes(), PREFIXES));
        doc.add(new TextField(IndexSchema.DESCRIPTION, shown.description(), Field.Store.YES));
        doc.add(new TextField(IndexSchema.URL_WORDS, entry.url(), Field.Store.NO));
        doc.add(new TextField(
                IndexSchema.SECTION_WORDS,
                entry.categoryPath() + " " + entry.category().label(),
                Field.Store.NO));
        doc.add(new StoredField(IndexSchema.URL, shown.url()));
        String urlKey = urlKey(entry);
        doc.add(new StringField(IndexSchema.URL_KEY, urlKey, Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexSchema.URL_KEY, new BytesRef(urlKey)));
        LocalDate date = shown.date();
        doc.add(new LongField(IndexSchema.DATE, date.toEpochDay(), Field.Store.YES));
        doc.add(new IntField(IndexSchema.POSITION, entry.position(), Field.Store.YES));
        doc.add(new StoredField(IndexSchema.ISSUE_URL, shown.issueUrl()));
        doc.add(new StoredField(IndexSchema.ISSUE_ID, shown.issueId()));
        doc.add(new StoredField(IndexSchema.CATEGORY, shown.category()));
        doc.add(new StoredField(IndexSchema.CATEGORY_PATH, shown.categoryPath()));
        doc.add(new StoredField(IndexSchema.KIND, shown.kind()));
        String domain = shown.domain();
        doc.add(new StoredField(IndexSchema.DOMAIN, domain));

        doc.add(new SortedSetDocValuesFacetField(
                IndexSchema.DIM_CATEGORY, entry.category().pathSegments().toArray(String[]::new)));
        doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_KIND, shown.kind()));
        doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_YEAR, Integer.toString(date.getYear())));
        Integer number = shown.issue();
        if (number != null) {
            doc.add(new StoredField(IndexSchema.ISSUE_NUMBER, number));
            doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_ISSUE, number.toString()));
        }
        if (!domain.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_DOMAIN, domain));
        }
        for (String tag : shown.tags()) {
            doc.add(new StoredField(IndexSchema.TAG, tag));
            doc.add(new SortedSetDocValuesFacetField(IndexSchema.DIM_TAG, tag));
        }
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            // FacetsConfig only declares IOException for the taxonomy case; sorted-set facets never do I/O.
            throw new UncheckedIOException(e);
        }
    }
}
