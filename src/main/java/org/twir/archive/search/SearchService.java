package org.twir.archive.search;

import java.util.List;

/** Searches the current index state. Thread safe; calls block (run them off the event loop). */
public interface SearchService {

    /** @throws InvalidQueryException when the query cannot be searched as written */
    SearchResult search(SearchRequest request);

    /**
     * Every hit of {@code request} (paging and order ignored), newest first, read batch by batch from the state
     * published when it was opened: when collapsing, each link once, by its newest listing, so there are as many
     * as {@link #search} counts in {@link SearchResult#total()}. Highlights are empty, scores 0.
     *
     * @throws InvalidQueryException when the query cannot be searched as written
     */
    Export export(SearchRequest request);

    /** An export being read; it holds an index reader until closed, so close it (every path, cancel included). */
    interface Export extends AutoCloseable {

        /** The next hits in order; empty once every hit was read. */
        List<SearchHit> next();

        @Override
        void close();
    }

    /** Up to {@code limit} completions for what a reader has typed so far (titles, crate names, words). */
    List<String> suggest(String prefix, int limit);
}
