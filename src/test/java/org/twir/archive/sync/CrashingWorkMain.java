package org.twir.archive.sync;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.twir.archive.app.ArchiveLoader;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.parse.ArchiveParser;

/**
 * Run in a forked JVM by {@link CrashAtAnyMomentIT}, which SIGKILLs it after a random delay: nothing here
 * cooperates with the kill. {@code build <archiveDir> <indexDir>} loads a plain archive directory as a start
 * does (a full build when the fingerprint changed); {@code sync <root> <remote>} starts like the service and
 * applies one real sync. Prints {@code working} when the work starts and {@code done} when it completed.
 */
public final class CrashingWorkMain {

    private CrashingWorkMain() {}

    public static void main(String[] args) throws Exception {
        GitTestSupport.isolate();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if ("build".equals(args[0])) {
            Path archiveDir = Path.of(args[1]);
            Path indexDir = Path.of(args[2]);
            try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir)) {
                ArchiveLoader loader = new ArchiveLoader(
                        new ArchiveParser(),
                        index,
                        ArchiveFingerprint::of,
                        SyncFixture.properties(archiveDir, indexDir, "", ""));
                out.println("working");
                loader.reloadFromDisk();
                out.println("done");
                Thread.sleep(600_000);
            }
        } else {
            try (SyncFixture service = new SyncFixture(Path.of(args[1]), args[2]).start()) {
                out.println("working");
                SyncReport report = service.sync.syncNow();
                out.println("done " + report.outcome());
                Thread.sleep(600_000);
            }
        }
    }
}
