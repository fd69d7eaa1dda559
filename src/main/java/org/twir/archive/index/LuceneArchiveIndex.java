package org.twir.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ParserKey;

/**
 * The embedded Lucene index of the archive. One {@link IndexWriter}; one {@link SearcherManager} whose
 * searchers are only refreshed after a commit, so no search ever sees a half-applied update. Every commit is
 * published as an immutable {@link IndexState} (snapshot, searcher, facet state, title words) swapped in
 * atomically; requests take a reference on its reader and never lock. Writes ({@link #load}, {@link #apply})
 * are serialised among themselves.
 */
public final class LuceneArchiveIndex implements ArchiveIndexService {

    private static final Logger log = LoggerFactory.getLogger(LuceneArchiveIndex.class);

    private final Directory directory;
    private final String parserKey;
    private final List<String> recovery;
    // Replaced (under the write lock) after a failed write: see discardUncommitted.
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile @Nullable String writeFailure;
    private final EntryDocuments documents = new EntryDocuments();
    private final AtomicReference<IndexState> current = new AtomicReference<>();
    /** The state {@link #onOneState} holds for this thread, if any. */
    private final ThreadLocal<IndexState> pinned = new ThreadLocal<>();

    /** Title lookups of each new commit, built after its state is published (see {@link TitleLookupBuilds}). */
    private final TitleLookupBuilds lookupBuilds;

    private final Object writeLock = new Object();
    private volatile boolean ready;
    private volatile boolean closed;

    /**
     * Searchers without Lucene's query cache. That cache (one per JVM, up to 32 MB of heap) keeps the doc sets of
     * sub-queries it has seen often; the reader's queries are mostly ones nobody asked before, and repeated ones are
     * answered from the web layer's encoded answers before they reach Lucene. So it found nothing to reuse, yet
     * every search paid for it: each sub-query's hash (recomputed down every dismax of the query), a look-up under
     * one lock shared by all searching threads, and its usage recorded.
     */
    private static final SearcherFactory UNCACHED_SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    /** Opens a writer on {@code directory}; {@link IndexOpening} decides which directory and what to report. */
    LuceneArchiveIndex(Directory directory, String parserKey, List<String> recovery) throws IOException {
        this.directory = directory;
        this.lookupBuilds = new TitleLookupBuilds(directory);
        this.parserKey = parserKey;
        this.recovery = List.copyOf(recovery);
        IndexWriter opened = newWriter(directory);
        try {
            this.writer = opened;
            this.searchers = new SearcherManager(writer, UNCACHED_SEARCHERS);
            // Nothing reads this state (not ready until a load): its lookups wait for the load's.
            publish(List.of(), CompletableFuture.completedFuture(TitleLookups.empty()));
        } catch (IOException | RuntimeException e) {
            opened.rollback();
            throw e;
        }
    }

    /**
     * Opens (or creates) the index in {@code indexDir}; call {@link #load} before searching. A damaged index
     * (unreadable, truncated or failing its checksums) is moved aside to {@code <indexDir>.damaged-<time>} and
     * an empty one created, which the load then rebuilds from the archive; a directory that cannot be written
     * gives an index in memory, rebuilt at every start. Either is logged and reported by {@link #recovery()}.
     */
    public static LuceneArchiveIndex open(Path indexDir) throws IOException {
        return open(indexDir, ParserKey.current());
    }

    /** As {@link #open(Path)}, writing through {@code wrap} of the directory (a full disk in tests). */
    public static LuceneArchiveIndex open(Path indexDir, UnaryOperator<Directory> wrap) throws IOException {
        return IndexOpening.open(indexDir, ParserKey.current(), wrap);
    }

    /**
     * Opens the index in {@code indexDir} for issues made by the parser {@code parserKey}: an index on disk
     * written for another parser is rebuilt by {@link #load}, like one of another archive or schema.
     */
    static LuceneArchiveIndex open(Path indexDir, String parserKey) throws IOException {
        return IndexOpening.open(indexDir, parserKey, UnaryOperator.identity());
    }

    /** What {@link #open} had to do to get an index it could use; empty when it opened what was there. */
    @Override
    public List<String> recovery() {
        return recovery;
    }

    /** An index held in memory only (tests, benchmarks). */
    public static LuceneArchiveIndex inMemory() throws IOException {
        return new LuceneArchiveIndex(new ByteBuffersDirectory(), ParserKey.current(), List.of());
    }

    @Override
    public LoadResult load(List<Issue> issues, String fingerprint) throws IOException {
        synchronized (writeLock) {
            ensureOpen();
            long start = System.nanoTime();
            long entries = issues.stream().mapToLong(i -> i.entries().size()).sum();
            Map<String, String> committed = committedData();
            boolean reuse = builtFrom(committed, fingerprint) && writer.getDocStats().numDocs == entries;
            if (!reuse) {
                written(() -> {
                    rebuild(issues);
                    commit(fingerprint);
                });
            }
            long published = System.nanoTime();
            Optional<TitleLookups> kept = reuse ? TitleLookups.read(directory, lookupKey(committed)) : Optional.empty();
            IndexState state = kept.isPresent()
                    ? publish(issues, CompletableFuture.completedFuture(kept.get()))
                    : publishBuildingLookups(issues);
            ready = true;
            long end = System.nanoTime();
            return new LoadResult(
                    !reuse,
                    issues.size(),
                    entries,
                    (end - start) / 1_000_000,
                    state.snapshot().generation(),
                    new LoadResult.Published((end - published) / 1_000_000, kept.isPresent()));
        }
    }

    @Override
    public boolean holds(String fingerprint) {
        synchronized (writeLock) {
            Map<String, String> committed = committedData();
            return !closed && builtFrom(committed, fingerprint);
        }
    }

    /** Whether a commit holds the issues this process would index for {@code fingerprint}. */
    private boolean builtFrom(Map<String, String> committed, String fingerprint) {
        return fingerprint.equals(committed.get(IndexSchema.COMMIT_FINGERPRINT))
                && IndexSchema.VERSION.equals(committed.get(IndexSchema.COMMIT_SCHEMA))
                && parserKey.equals(committed.get(IndexSchema.COMMIT_PARSER));
    }

    @Override
    public IndexUpdate apply(Collection<Issue> upserts, Collection<String> removedSourceFiles, String fingerprint)
            throws IOException {
        synchronized (writeLock) {
            ensureOpen();
            if (!ready) {
                throw new IllegalStateException("apply needs a loaded index; call load first");
            }
            // Documents are made before the writer is touched: a bad entry fails the update with nothing written.
            List<Issue> upsertList = List.copyOf(upserts);
            List<List<Document>> docs = toDocuments(upsertList);
            Map<String, Issue> issues = new LinkedHashMap<>();
            current.get().snapshot().issues().forEach(i -> issues.put(i.ref().key(), i));
            int removed = 0;
            for (String key : removedSourceFiles) {
                removed += issues.remove(key) == null ? 0 : 1;
            }
            int written = 0;
            for (int i = 0; i < upsertList.size(); i++) {
                written += docs.get(i).size();
                issues.put(upsertList.get(i).ref().key(), upsertList.get(i));
            }
            written(() -> {
                for (String key : removedSourceFiles) {
                    writer.deleteDocuments(new Term(IndexSchema.ISSUE_KEY, key));
                }
                for (int i = 0; i < upsertList.size(); i++) {
                    Term key = new Term(
                            IndexSchema.ISSUE_KEY, upsertList.get(i).ref().key());
                    if (docs.get(i).isEmpty()) {
                        writer.deleteDocuments(key);
                    } else {
                        writer.updateDocuments(key, docs.get(i));
                    }
                }
                commit(fingerprint);
            });
            IndexState state = publishBuildingLookups(issues.values());
            if (segments(state) > 1) {
                try {
                    state = merged(state);
                } catch (IOException | RuntimeException e) {
                    // The update itself is committed and served; only its segment stays apart (see compact).
                    log.warn("Merging the updated index into one segment failed; searching its segments", e);
                }
            }
            return new IndexUpdate(
                    upsertList.size(), written, removed, state.snapshot().generation());
        }
    }

    @Override
    public @Nullable String lastWriteFailure() {
        return writeFailure;
    }

    /**
     * Merges the index into one segment, commits and publishes it, when it has several: the parallel rebuild of
     * {@link #load} leaves one segment per thread and every {@link #apply} adds its own (apply merges them itself).
     * A search pays per segment for each term it looks up and each scorer it sets up, and facet counts across
     * segments need an ordinal map: on the whole archive an uncached query took a fifth less CPU on one segment
     * than on two. Meant to run once the loaded index is served: searches go on meanwhile on the state it merges.
     * A failed merge changes nothing that is served ({@link #lastWriteFailure} says why).
     *
     * @return whether there was anything to merge
     */
    @Override
    public boolean compact() throws IOException {
        synchronized (writeLock) {
            ensureOpen();
            IndexState state = current.get();
            if (!ready || segments(state) <= 1) {
                return false;
            }
            merged(state);
            return true;
        }
    }

    private static int segments(IndexState state) {
        return state.searcher().getIndexReader().leaves().size();
    }

    /** {@code published} merged into one segment, committed and published. Caller holds the write lock. */
    private IndexState merged(IndexState published) throws IOException {
        long start = System.nanoTime();
        String fingerprint = committedData().get(IndexSchema.COMMIT_FINGERPRINT);
        written(() -> {
            writer.forceMerge(1);
            commit(fingerprint);
        });
        // The merged segment holds the same entries: its state shares the lookups (built or being built) as they are.
        IndexState merged = publish(published.snapshot().issues(), published.titleLookups());
        log.info("Index merged into one segment in {} ms", (System.nanoTime() - start) / 1_000_000);
        return merged;
    }

    /** Writes and commits through {@code action}; on failure nothing of it stays pending (see below). */
    private void written(WriteAction action) throws IOException {
        try {
            action.run();
            writeFailure = null;
        } catch (IOException | RuntimeException e) {
            discardUncommitted(e);
            throw e;
        }
    }

    @FunctionalInterface
    private interface WriteAction {
        void run() throws IOException;
    }

    /**
     * After a failed write (a full disk, a writer closed by a tragic error): drops what is pending, so that the
     * next commit cannot carry half of the failed update, and opens a fresh writer on the last commit. Searches
     * go on reading the last published state, which is that commit, complete. Caller holds the write lock.
     */
    private void discardUncommitted(Exception cause) {
        long serving = current.get().snapshot().generation();
        String what = Instant.now() + ": writing the index failed (" + cause
                + "); rolled back to the last commit, still serving generation " + serving;
        try {
            writer.rollback();
            searchers.close();
            writer = newWriter(directory);
            searchers = new SearcherManager(writer, UNCACHED_SEARCHERS);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
            what += "; reopening the writer failed as well (" + e + "), the next update tries again";
        }
        writeFailure = what;
        log.error("{}", what);
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    @Override
    public boolean isReady() {
        return ready && !closed;
    }

    @Override
    public ArchiveSnapshot snapshot() {
        IndexState state = pinned.get();
        return (state != null ? state : current.get()).snapshot();
    }

    @Override
    public <T> T onOneState(LongConsumer generation, Supplier<T> work) {
        if (pinned.get() != null) {
            generation.accept(pinned.get().snapshot().generation());
            return work.get();
        }
        IndexState state = acquire();
        pinned.set(state);
        try {
            generation.accept(state.snapshot().generation());
            return work.get();
        } finally {
            pinned.remove();
            release(state);
        }
    }

    /** Increases with every published change (it is the index reader's version); fit for an ETag. */
    public long generation() {
        return snapshot().generation();
    }

    /** The number of entries searchable now. */
    public int documentCount() {
        IndexState state = acquire();
        try {
            return state.searcher().getIndexReader().numDocs();
        } finally {
            release(state);
        }
    }

    @Override
    public IndexState acquire() {
        IndexState held = pinned.get();
        if (held != null) {
            held.searcher().getIndexReader().incRef(); // this thread holds a reference: it cannot be closed
            return held;
        }
        while (true) {
            IndexState state = current.get();
            if (state.searcher().getIndexReader().tryIncRef()) {
                return state;
            }
            if (closed) {
                throw new IllegalStateException("the index is closed");
            }
            // The state was replaced and its reader closed between get() and tryIncRef(); take the new one.
            Thread.onSpinWait();
        }
    }

    @Override
    public void release(IndexState state) {
        try {
            state.searcher().getIndexReader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("closing an old index reader failed", e);
        }
    }

    /** Discards anything uncommitted (every completed load and apply is committed) and closes the index. */
    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            ready = false;
            try {
                lookupBuilds.awaitAll();
                searchers.release(current.get().searcher());
                searchers.close();
            } finally {
                try {
                    writer.rollback();
                } finally {
                    directory.close();
                }
            }
        }
    }

    /**
     * Replaces the whole index content. Making documents and analysing them dominate the cost and run in the adding
     * thread, so issues are added from a parallel stream (IndexWriter is thread safe): one buffer per thread. The
     * commit would then flush those buffers one after the other on one thread; flushing them here, each on a thread
     * of its own, halves that too.
     */
    private void rebuild(List<Issue> issues) throws IOException {
        writer.deleteAll();
        try {
            issues.parallelStream().forEach(issue -> {
                try {
                    writer.addDocuments(
                            issue.entries().stream().map(documents::toDocument).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            IntStream.range(0, Runtime.getRuntime().availableProcessors())
                    .parallel()
                    .forEach(i -> {
                        try {
                            while (writer.flushNextBuffer()) {
                                // each call flushes one thread's buffer; another thread may be flushing the next
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<List<Document>> toDocuments(List<Issue> issues) {
        List<List<Document>> docs = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            List<Entry> entries = issue.entries();
            docs.add(entries.stream().map(documents::toDocument).toList());
        }
        return docs;
    }

    private Map<String, String> committedData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(
                        IndexSchema.COMMIT_FINGERPRINT,
                        fingerprint,
                        IndexSchema.COMMIT_SCHEMA,
                        IndexSchema.VERSION,
                        IndexSchema.COMMIT_PARSER,
                        parserKey)
                .entrySet());
        writer.commit();
    }

    /**
     * Publishes the last commit at once, and builds its title lookups after (see {@link TitleLookupBuilds}), keeping
     * them next to the index for the next start. Caller holds the write lock.
     */
    private IndexState publishBuildingLookups(Collection<Issue> issues) throws IOException {
        String key = directory instanceof FSDirectory ? lookupKey(committedData()) : null;
        CompletableFuture<TitleLookups> lookups = new CompletableFuture<>();
        IndexState state = publish(issues, lookups);
        lookupBuilds.start(state.searcher().getIndexReader(), state.snapshot().issues(), key, lookups);
        return state;
    }

    /** What decides the content of the title lookups of a commit: what decides the index's content. */
    private static String lookupKey(Map<String, String> committed) {
        return committed.get(IndexSchema.COMMIT_FINGERPRINT) + " " + committed.get(IndexSchema.COMMIT_SCHEMA) + " "
                + committed.get(IndexSchema.COMMIT_PARSER);
    }

    /** Refreshes the searcher to the last commit and swaps in a new state for it. Caller holds the write lock. */
    private IndexState publish(Collection<Issue> issues, CompletableFuture<TitleLookups> lookups) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        IndexState state;
        try {
            IndexReader reader = searcher.getIndexReader();
            long generation = ((DirectoryReader) reader).getVersion();
            // Facet ordinals exist only once some entry was indexed; a state without issues (an empty archive, or
            // the one published before the first load) has nothing to count.
            boolean hasFacets = !issues.isEmpty()
                    && FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
            state = new IndexState(
                    new ArchiveSnapshot(List.copyOf(issues), generation),
                    searcher,
                    hasFacets ? new FacetLabels(reader, IndexSchema.facetsConfig()) : null,
                    lookups,
                    LinkKeys.build(reader),
                    DocEntries.build(reader, issues));
        } catch (IOException | RuntimeException e) {
            searchers.release(searcher);
            throw e;
        }
        IndexState old = current.getAndSet(state);
        if (old != null) {
            searchers.release(old.searcher());
        }
        return state;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the index is closed");
        }
    }
}
