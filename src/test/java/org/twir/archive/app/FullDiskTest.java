package org.twir.archive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.search.LuceneSearchService;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.sync.FixtureIssues;

/**
 * The index directory fills up in the middle of an update: the update fails, the service goes on serving the last
 * committed state completely (nothing of the failed update, not even the part written before the disk filled),
 * says so in the log and in health, and the next update after space returns succeeds.
 */
class FullDiskTest {

    @TempDir
    Path tmp;

    private final ArchiveParser parser = new ArchiveParser();

    @Test
    void anUpdateThatFillsTheDiskChangesNothingServedIsReportedAndTheNextUpdateSucceeds() throws Exception {
        Path archive = tmp.resolve("archive");
        Path indexDir = tmp.resolve("index");
        for (int n = 900; n < 910; n++) {
            write(archive, n, "before");
        }
        FillingDirectory[] disk = new FillingDirectory[1];
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir, d -> disk[0] = new FillingDirectory(d))) {
            ArchiveLoader loader =
                    new ArchiveLoader(parser, index, ArchiveFingerprint::of, properties(archive, indexDir));
            loader.reloadFromDisk();
            long generation = index.generation();
            Set<Integer> committed = range(900, 910);

            disk[0].spaceLeft.set(2_000);
            Issue changed = parsed(write(archive, 905, "after"));
            Issue added = parsed(write(archive, 910, "after"));
            assertThatThrownBy(() -> index.apply(
                            List.of(changed, added),
                            List.of(FixtureIssues.path(900).substring(8)),
                            "fp-full"))
                    .isInstanceOf(IOException.class)
                    .hasStackTraceContaining("No space left on device");

            assertThat(index.generation()).as("nothing new published").isEqualTo(generation);
            assertThat(numbers(index)).isEqualTo(committed);
            assertThat(hits(index, "after")).isZero();
            assertThat(hits(index, "before")).isEqualTo(10);
            Health health = new ArchiveHealthIndicator(index, loader).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(String.valueOf(health.getDetails().get("lastWriteFailure")))
                    .contains("No space left on device", "still serving generation " + generation);

            disk[0].spaceLeft.set(Long.MAX_VALUE);
            // Another change than the failed one: had any of the failed update stayed pending, it would show now.
            index.apply(List.of(parsed(write(archive, 911, "later"))), List.of(), "fp-after");

            Set<Integer> expected = range(900, 910);
            expected.add(911);
            assertThat(numbers(index)).isEqualTo(expected);
            assertThat(hits(index, "later")).isEqualTo(1);
            assertThat(hits(index, "after")).isZero();
            assertThat(hits(index, "before")).isEqualTo(10);
            assertThat(new ArchiveHealthIndicator(index, loader).health().getDetails())
                    .doesNotContainKey("lastWriteFailure");
        }
        try (LuceneArchiveIndex reopened = LuceneArchiveIndex.open(indexDir)) {
            assertThat(reopened.holds("fp-after"))
                    .as("the commit on disk is the last successful update")
                    .isTrue();
        }
    }

    private Path write(Path archive, int number, String word) throws IOException {
        Path file = archive.resolve(FixtureIssues.path(number));
        Files.createDirectories(file.getParent());
        Files.writeString(file, FixtureIssues.issue(number, word));
        return file;
    }

    private Issue parsed(Path file) throws IOException {
        return parser.parseFile(file).issue().orElseThrow();
    }

    private static Set<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Integer> numbers(LuceneArchiveIndex index) {
        return index.snapshot().issues().stream()
                .map(i -> i.ref().number())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long hits(LuceneArchiveIndex index, String word) {
        return new LuceneSearchService(index).search(SearchRequest.of(word)).total();
    }

    private static TwirProperties properties(Path archive, Path indexDir) {
        return new TwirProperties(
                new TwirProperties.Archive(archive, "", "main"),
                new TwirProperties.Index(indexDir),
                new TwirProperties.Sync(Duration.ofHours(1)),
                new TwirProperties.Admin(""));
    }

    /** A directory whose outputs fail as a full disk does once {@link #spaceLeft} bytes are written. */
    static final class FillingDirectory extends FilterDirectory {

        final AtomicLong spaceLeft = new AtomicLong(Long.MAX_VALUE);

        FillingDirectory(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new Filling(in.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new Filling(in.createTempOutput(prefix, suffix, context));
        }

        private final class Filling extends IndexOutput {
            private final IndexOutput out;

            Filling(IndexOutput out) {
                super("filling(" + out + ")", out.getName());
                this.out = out;
            }

            private void take(long bytes) throws IOException {
                if (spaceLeft.getAndAdd(-bytes) < bytes) {
                    spaceLeft.set(0);
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void writeByte(byte b) throws IOException {
                take(1);
                out.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                take(length);
                out.writeBytes(b, offset, length);
            }

            @Override
            public long getFilePointer() {
                return out.getFilePointer();
            }

            @Override
            public long getChecksum() throws IOException {
                return out.getChecksum();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        }
    }
}
