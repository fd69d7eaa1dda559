/**
 * The archive's values: what the parser makes of an issue file and what every later stage (index, search,
 * duplicates, cotw, web) consumes. Plain records with no Lucene, flexmark or web types, plus the facts every
 * stage must agree on and so find here once: the issue order ({@link org.twir.archive.model.Issue#PUBLICATION_ORDER}),
 * special-issue slugs ({@link org.twir.archive.model.IssueIds}), a link's domain and the http(s)-only rule
 * ({@link org.twir.archive.model.WebUrls}), and the binary form of an issue ({@link org.twir.archive.model.IssueCodec}).
 * Imports nothing else of {@code org.twir.archive}.
 */
@NullMarked
package org.twir.archive.model;

import org.jspecify.annotations.NullMarked;
