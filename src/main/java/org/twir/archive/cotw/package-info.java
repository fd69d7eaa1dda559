/**
 * The Crate of the Week history and the quotes of the week, computed from an
 * {@link org.twir.archive.model.ArchiveSnapshot} (no Lucene): weeks newest first, crates grouped by their
 * identity ({@link org.twir.archive.model.FeaturedCrate#id()}) so that one crate linked at different URLs over
 * the years counts as one. May import only {@code model}.
 */
@NullMarked
package org.twir.archive.cotw;

import org.jspecify.annotations.NullMarked;
