package org.twir.archive.duplicates;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;

/**
 * Keeps one {@link DuplicateChecker} per archive state: the link index is rebuilt (well under a second) only
 * when the snapshot's generation changes, i.e. after a sync applied new issues. Thread safe; concurrent
 * requests for a new generation build it once.
 */
public final class DuplicateCheckerCache {

    private final List<String> templateUrls;
    private volatile @Nullable DuplicateChecker current;

    /** @param templateUrls links of the archive's draft template, ignored as boilerplate */
    public DuplicateCheckerCache(List<String> templateUrls) {
        this.templateUrls = List.copyOf(templateUrls);
    }

    public DuplicateChecker forSnapshot(ArchiveSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        DuplicateChecker checker = current;
        if (checker != null && checker.index().generation() == snapshot.generation()) {
            return checker;
        }
        synchronized (this) {
            checker = current;
            if (checker == null || checker.index().generation() != snapshot.generation()) {
                checker = new DuplicateChecker(
                        ArchiveLinkIndex.build(snapshot.issues(), snapshot.generation(), templateUrls));
                current = checker;
            }
            return checker;
        }
    }
}
