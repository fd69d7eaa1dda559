package org.twir.archive.search;

import java.util.List;

/** Searches the current index state. Thread safe; calls block (run them off the event loop). */
public interface SearchService {

    /** @throws InvalidQueryException when the query cannot be searched as written */
    SearchResult search(SearchRequest request);

    /** Up to {@code limit} completions for what a reader has typed so far (titles, crate names, words). */
    List<String> suggest(String prefix, int limit);
}
