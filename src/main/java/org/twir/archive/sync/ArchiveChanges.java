package org.twir.archive.sync;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The published issue files that differ between two commits of the archive, named as the index keys them
 * (relative to {@code content/}). A rename is a removal of the old name plus an addition of the new one.
 *
 * @param from the commit the index was built from; null when everything at {@code to} is new
 * @param to the commit the archive moves to
 */
public record ArchiveChanges(
        @Nullable String from, String to, List<String> added, List<String> modified, List<String> removed) {

    public ArchiveChanges {
        Objects.requireNonNull(to, "to must not be null");
        added = List.copyOf(added);
        modified = List.copyOf(modified);
        removed = List.copyOf(removed);
    }

    /** Whether nothing an index would show has changed. */
    public boolean isEmpty() {
        return added.isEmpty() && modified.isEmpty() && removed.isEmpty();
    }
}
