/**
 * The archive's values: what the parser makes of an issue file and what every later stage (index, search,
 * duplicates, web) consumes. Plain records with no Lucene, flexmark or web types.
 */
@NullMarked
package org.twir.archive.model;

import org.jspecify.annotations.NullMarked;
