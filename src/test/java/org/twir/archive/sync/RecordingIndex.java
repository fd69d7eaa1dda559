package org.twir.archive.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.IndexState;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Issue;

/** An index that keeps issues in a map and records every update, to check what a sync sends to the index. */
final class RecordingIndex implements ArchiveIndexService {

    /** One {@link #apply} call. */
    record Applied(List<String> upserted, List<String> removed, String fingerprint) {}

    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final List<Applied> applied = new ArrayList<>();
    private long generation;
    private boolean ready;

    @Override
    public synchronized LoadResult load(List<Issue> all, String fingerprint) {
        issues.clear();
        all.forEach(i -> issues.put(i.ref().sourceFile(), i));
        ready = true;
        return new LoadResult(true, all.size(), 0, 0, ++generation, new LoadResult.Published(0, false));
    }

    @Override
    public synchronized IndexUpdate apply(
            Collection<Issue> upserts, Collection<String> removedSourceFiles, String fingerprint) {
        removedSourceFiles.forEach(issues::remove);
        upserts.forEach(i -> issues.put(i.ref().sourceFile(), i));
        applied.add(new Applied(
                upserts.stream().map(i -> i.ref().sourceFile()).toList(),
                List.copyOf(removedSourceFiles),
                fingerprint));
        return new IndexUpdate(
                upserts.size(),
                upserts.stream().mapToInt(i -> i.entries().size()).sum(),
                removedSourceFiles.size(),
                ++generation);
    }

    @Override
    public synchronized boolean isReady() {
        return ready;
    }

    @Override
    public synchronized ArchiveSnapshot snapshot() {
        return new ArchiveSnapshot(List.copyOf(issues.values()), generation);
    }

    @Override
    public IndexState acquire() {
        throw new UnsupportedOperationException("RecordingIndex does not search; use the Lucene index");
    }

    @Override
    public void release(IndexState state) {
        throw new UnsupportedOperationException("RecordingIndex does not search; use the Lucene index");
    }

    synchronized List<Applied> applied() {
        return List.copyOf(applied);
    }

    synchronized List<String> sourceFiles() {
        return List.copyOf(issues.keySet());
    }

    @Override
    public void close() {}
}
