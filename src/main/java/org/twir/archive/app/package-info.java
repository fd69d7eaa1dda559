/**
 * The service's start-up wiring: the parser, the index and the {@link org.twir.archive.search.SearchService}
 * built over what the index publishes, the archive loader that fills the index off the main thread after
 * start-up, sync, and the {@code archive} health contributor that keeps readiness DOWN until the index is
 * open. The CLI reuses {@link org.twir.archive.app.ArchiveLoader} to build an index without Spring. May import
 * every package below it, never {@code web} or {@code cli}.
 */
@NullMarked
package org.twir.archive.app;

import org.jspecify.annotations.NullMarked;
