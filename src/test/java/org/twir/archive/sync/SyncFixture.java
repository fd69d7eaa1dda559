package org.twir.archive.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.search.LuceneSearchService;
import org.twir.archive.search.SearchHit;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.search.SearchResult;

/**
 * A service start as production does it, on real pieces: the Lucene index on disk, the parser, a git clone of
 * an {@link Upstream}. {@link #start()} follows the start-up order: prepare the clone, load the archive on
 * disk into the index (reusing it when the fingerprint matches), record the indexed commit.
 */
final class SyncFixture implements AutoCloseable {

    final Path archiveDir;
    final Path indexDir;
    final String remote;
    final ArchiveParser parser = new ArchiveParser();
    LuceneArchiveIndex index;
    ArchiveSyncService sync;
    ArchiveIndexService.LoadResult loaded;

    SyncFixture(Path root, String remote) {
        this.archiveDir = root.resolve("data/archive/this-week-in-rust");
        this.indexDir = root.resolve("data/index");
        this.remote = remote;
    }

    static TwirProperties properties(Path archiveDir, Path indexDir, String remote, String token) {
        return new TwirProperties(
                new TwirProperties.Archive(archiveDir, remote, "main"),
                new TwirProperties.Index(indexDir),
                new TwirProperties.Sync(Duration.ofHours(1)),
                new TwirProperties.Admin(token));
    }

    /** Starts like the service does; {@code wrap} may decorate the index the sync writes to. */
    SyncFixture start(java.util.function.UnaryOperator<ArchiveIndexService> wrap) throws IOException {
        index = LuceneArchiveIndex.open(indexDir);
        sync = ArchiveSyncService.create(
                properties(archiveDir, indexDir, remote, ""),
                parser,
                wrap.apply(index),
                ArchiveFingerprint::of,
                Clock.systemUTC());
        sync.prepareForLoad();
        loaded = load(parser, index, archiveDir);
        sync.loadedFromDisk();
        return this;
    }

    SyncFixture start() throws IOException {
        return start(i -> i);
    }

    /** What the start-up loader does: parse the archive on disk and load it (nothing there: an empty index). */
    static ArchiveIndexService.LoadResult load(ArchiveParser parser, ArchiveIndexService index, Path archiveDir)
            throws IOException {
        if (!Files.isDirectory(archiveDir.resolve("content"))) {
            return index.load(List.of(), "empty-archive");
        }
        return index.load(parser.parseArchive(archiveDir).issues(), ArchiveFingerprint.of(archiveDir));
    }

    /** The numbers of the issues whose entries match {@code word}. */
    Set<Integer> issuesMatching(String word) {
        return issuesMatching(index, word);
    }

    static Set<Integer> issuesMatching(ArchiveIndexService index, String word) {
        SearchResult result = new LuceneSearchService(index)
                .search(new SearchRequest(
                        word, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 0, SearchRequest.MAX_SIZE));
        Set<Integer> issues = new TreeSet<>();
        result.hits().stream().map(SearchHit::issue).filter(Objects::nonNull).forEach(issues::add);
        return issues;
    }

    /** Source files of the issues in the current snapshot. */
    List<String> indexedFiles() {
        return index.snapshot().issues().stream()
                .map(i -> i.ref().sourceFile())
                .sorted()
                .toList();
    }

    @Override
    public void close() throws IOException {
        if (sync != null) {
            sync.close();
        }
        if (index != null) {
            index.close();
        }
    }
}
