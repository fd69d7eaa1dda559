/**
 * The service's start-up wiring: the parser and index beans, the archive loader that fills the index off the
 * main thread after start-up, and the {@code archive} health contributor that keeps readiness DOWN until the
 * index is open. Other packages (sync) reuse {@link org.twir.archive.app.ArchiveLoader#reloadFromDisk()} and
 * the single {@link org.twir.archive.index.ArchiveIndexService} bean.
 */
@NullMarked
package org.twir.archive.app;

import org.jspecify.annotations.NullMarked;
