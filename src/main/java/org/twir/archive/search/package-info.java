/**
 * The search engine over the published {@link org.twir.archive.index.IndexState}: the reader's query language
 * ({@code ReaderQuery}), exact then typo-tolerant matching, facets (from the matches' ordinals; drill sideways when
 * filtered), highlighting, spelling, completions, hits built from the state's entries, and a per-generation answer
 * cache. Answers are records ({@link org.twir.archive.search.SearchResult}), never Lucene documents. May import only
 * {@code model} and {@code index}; the application's wiring ({@code app}) builds the
 * {@link org.twir.archive.search.SearchService}.
 */
@NullMarked
package org.twir.archive.search;

import org.jspecify.annotations.NullMarked;
