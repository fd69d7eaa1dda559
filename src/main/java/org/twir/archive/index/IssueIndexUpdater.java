package org.twir.archive.index;

import java.io.IOException;
import java.util.Collection;
import org.twir.archive.model.Issue;

/**
 * Applies a change of the archive to the index. Implementations write every upsert and removal, commit once,
 * and only then make the new state visible to searchers, so a reader sees the old issue set or the new one,
 * never a mix. Issues are keyed by {@link org.twir.archive.model.IssueRef#sourceFile()}.
 */
public interface IssueIndexUpdater {

    /**
     * @param upserts issues added or changed (replacing whatever was indexed for the same source file)
     * @param removedSourceFiles source files whose issues are gone
     * @param fingerprint the fingerprint of the archive after this change, stored with the same commit so
     *     that a restart can tell whether the index on disk matches the archive (and rebuild if not)
     * @return what was applied
     */
    IndexUpdate apply(Collection<Issue> upserts, Collection<String> removedSourceFiles, String fingerprint)
            throws IOException;

    /** The outcome of {@link #apply}: counts of issues and entries written and issues removed. */
    record IndexUpdate(int issuesUpserted, int entriesWritten, int issuesRemoved, long generation) {}
}
