package org.twir.archive.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Every Lucene field and facet dimension of the archive index, declared once. One document is one
 * {@link org.twir.archive.model.Entry}. Bump {@link #VERSION} whenever a field, its type or its analysis
 * changes: an index on disk written under another version is rebuilt at start-up.
 */
public final class IndexSchema {

    /** Stored in the commit user data; a different value on disk forces a rebuild. */
    public static final String VERSION = "6";

    /** Commit user-data key of the archive fingerprint the index was built from. */
    public static final String COMMIT_FINGERPRINT = "twir.fingerprint";

    /** Commit user-data key of {@link #VERSION}. */
    public static final String COMMIT_SCHEMA = "twir.schema";

    /** Commit user-data key of the {@link org.twir.archive.parse.ParserKey} whose issues the index holds. */
    public static final String COMMIT_PARSER = "twir.parser";

    /** Entry id ({@code file#position}): StringField, matched whole, never analysed; stored for the hit. */
    public static final String ID = "id";

    /** The issue's source file: StringField so that one term deletes every entry of an issue on update. */
    public static final String ISSUE_KEY = "issue_key";

    /** Title, stemmed code-aware analysis: TextField, stored for display and highlighting. */
    public static final String TITLE = "title";

    /**
     * Title again, unstemmed: ranks exact word forms higher and feeds typo matching, spelling and completions.
     * Descriptions have no such twin: they are most of the text, and the twin doubled the build time.
     */
    public static final String TITLE_EXACT = "title_exact";

    /** Description, stemmed: TextField, stored for display and highlighting. */
    public static final String DESCRIPTION = "description";

    /** The link split into plain words (host, path): TextField, not stored, so {@code memorysafety} finds its site. */
    public static final String URL_WORDS = "url_words";

    /** The headings as written and the category label: TextField, a weak signal for topic words. */
    public static final String SECTION_WORDS = "section_words";

    /** The link as given: StoredField only, never searched as a whole. */
    public static final String URL = "url";

    /** Publication date as epoch day: LongField gives range filtering (points) and sorting (doc values). */
    public static final String DATE = "date";

    /** Position in the issue: IntField, sorts entries of one issue in reading order; stored. */
    public static final String POSITION = "position";

    /** Stored-only values shown in a hit; filtering goes through the facet drill-down terms instead. */
    public static final String ISSUE_NUMBER = "issue_number";

    public static final String ISSUE_URL = "issue_url";

    /** {@link org.twir.archive.model.IssueRef#id()}: what {@code /api/issues/{id}} takes, special issues too. */
    public static final String ISSUE_ID = "issue_id";

    public static final String CATEGORY = "category";
    public static final String CATEGORY_PATH = "category_path";
    public static final String KIND = "kind";
    public static final String TAG = "tag";
    public static final String DOMAIN = "domain";

    /**
     * Facet dimensions (SortedSetDocValuesFacetField, no taxonomy index to keep in sync). The names are API
     * contract too: the filter query parameters and the keys of a search answer's {@code facets}.
     */
    public static final String DIM_CATEGORY = "category";

    public static final String DIM_KIND = "kind";
    public static final String DIM_YEAR = "year";
    public static final String DIM_ISSUE = "issue";
    public static final String DIM_DOMAIN = "domain";
    public static final String DIM_TAG = "tag";

    /** Every dimension, in the order a search answer lists their counts. */
    public static final List<String> DIMENSIONS =
            List.of(DIM_CATEGORY, DIM_KIND, DIM_YEAR, DIM_ISSUE, DIM_DOMAIN, DIM_TAG);

    private IndexSchema() {}

    /** The facet configuration: category is hierarchical (its path segments), tags are multi-valued. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical(DIM_CATEGORY, true);
        config.setMultiValued(DIM_TAG, true);
        return config;
    }
}
