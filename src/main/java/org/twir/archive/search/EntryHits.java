package org.twir.archive.search;

import java.util.List;
import org.twir.archive.index.EntryFields;

/** Builds a hit from the values its entry's document stores ({@link EntryFields}), taken from the entry itself. */
final class EntryHits {

    private EntryHits() {}

    /** The hit shown for an entry; no other listings yet (see {@link SearchHit#withAlsoIn}). */
    static SearchHit toHit(EntryFields entry, Highlight highlight, float score) {
        return new SearchHit(
                entry.id(),
                entry.title(),
                entry.url(),
                entry.issue(),
                entry.date(),
                entry.category(),
                entry.categoryPath(),
                entry.kind(),
                entry.tags(),
                entry.description(),
                highlight,
                entry.issueUrl(),
                entry.domain(),
                score,
                entry.issueId(),
                List.of(),
                0);
    }
}
