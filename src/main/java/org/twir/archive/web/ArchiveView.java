package org.twir.archive.web;

import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.search.SearchService;

/** What a call through {@link ArchiveAccess} may read: the published archive and the search over it. */
record ArchiveView(ArchiveIndexService index, SearchService search) {

    ArchiveSnapshot snapshot() {
        return index.snapshot();
    }
}
