package org.twir.archive.sync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.IndexState;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Issue;

/**
 * Run in a forked JVM by {@link SyncCrashRecoveryTest}: starts the service on {@code <root>} like production,
 * runs one sync and stalls inside the index update (after the work tree moved, before the index commit), where
 * the test kills it with SIGKILL. Prints {@code loaded ...} and {@code applying ...} so the test knows where it is.
 *
 * <p>Arguments: the test's root directory and the remote URI.
 */
public final class InterruptedSyncMain {

    private InterruptedSyncMain() {}

    public static void main(String[] args) throws Exception {
        GitTestSupport.isolate();
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (SyncFixture service = new SyncFixture(Path.of(args[0]), args[1]).start(i -> new Stalling(i, out))) {
            out.println("loaded rebuilt=" + service.loaded.rebuilt());
            service.sync.syncNow();
            out.println("sync finished: the test should have killed this JVM");
        }
    }

    /** Delegates to the real index but never completes an update. */
    private record Stalling(ArchiveIndexService delegate, PrintStream out) implements ArchiveIndexService {

        @Override
        public IndexUpdate apply(Collection<Issue> upserts, Collection<String> removed, String fingerprint)
                throws IOException {
            out.println("applying " + upserts.size() + " upserts");
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stalling", e);
            }
            return delegate.apply(upserts, removed, fingerprint);
        }

        @Override
        public LoadResult load(List<Issue> issues, String fingerprint) throws IOException {
            return delegate.load(issues, fingerprint);
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public ArchiveSnapshot snapshot() {
            return delegate.snapshot();
        }

        @Override
        public IndexState acquire() {
            return delegate.acquire();
        }

        @Override
        public void release(IndexState state) {
            delegate.release(state);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
