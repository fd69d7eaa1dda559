package org.twir.archive.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twir.archive.model.Issue;

/**
 * Builds the title lookups of each new commit after its state is published: they are only needed for
 * completions, and building them (FSTs of every title word and phrase) is seconds of a first start. One thread,
 * so builds end in commit order and the file kept for the next start is the newest commit's.
 */
final class TitleLookupBuilds {

    private static final Logger log = LoggerFactory.getLogger(TitleLookupBuilds.class);

    private final Directory directory;
    private final ExecutorService builds;

    TitleLookupBuilds(Directory directory) {
        this.directory = directory;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                1,
                1,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("title-lookups").daemon(true).factory());
        pool.allowCoreThreadTimeOut(true); // idle for all but a few seconds after each commit
        this.builds = pool;
    }

    /**
     * Starts building the lookups of {@code reader}'s entries into {@code out}, and writing them next to the index
     * under {@code key} (none when null). The build holds its own reference on the reader, which the state it was
     * published with may release first.
     */
    void start(IndexReader reader, List<Issue> issues, @Nullable String key, CompletableFuture<TitleLookups> out) {
        reader.incRef();
        try {
            builds.execute(() -> build(reader, issues, key, out));
        } catch (RejectedExecutionException e) {
            try {
                reader.decRef();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void build(
            IndexReader reader, List<Issue> issues, @Nullable String key, CompletableFuture<TitleLookups> out) {
        try {
            TitleLookups built = TitleLookups.build(reader, issues);
            out.complete(built);
            if (key != null) {
                built.write(directory, key);
            }
        } catch (IOException | RuntimeException e) {
            log.error("Building the title lookups failed; completions of this index state fail", e);
            out.completeExceptionally(e);
        } catch (Error e) {
            out.completeExceptionally(e); // a completion waiting for them must not wait forever
            throw e;
        } finally {
            try {
                reader.decRef();
            } catch (IOException e) {
                log.warn("Releasing the reader the title lookups were built from failed", e);
            }
        }
    }

    /** Lets pending builds finish (they write next to the index) before the directory closes. */
    void awaitAll() {
        builds.shutdown();
        try {
            if (!builds.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("Title lookups still building after a minute; closing the index without them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
