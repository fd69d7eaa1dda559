/**
 * The embedded Lucene index: {@link org.twir.archive.index.IndexSchema} names every field and facet dimension
 * once, {@link org.twir.archive.index.LuceneArchiveIndex} writes one document per entry, reuses the index on
 * disk when archive fingerprint, schema and parser key match, and publishes each commit as one immutable
 * {@link org.twir.archive.index.IndexState}. It writes and publishes; it never searches or reads hits back.
 * May import only {@code model} and {@code parse} (never {@code search}, which reads what this package publishes).
 */
@NullMarked
package org.twir.archive.index;

import org.jspecify.annotations.NullMarked;
