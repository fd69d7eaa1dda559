package org.twir.archive.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.index.ArchiveIndexService.LoadResult;
import org.twir.archive.model.Issue;
import org.twir.archive.model.SharedStrings;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.parse.ArchiveParser.ArchiveParse;
import org.twir.archive.parse.ParsedIssueCache;

/**
 * Parses the archive directory and loads it into the index (which reuses what is on disk when the fingerprint
 * matches). Runs once after start-up on its own thread ({@link ArchiveLoadOnStart}); sync may call
 * {@link #reloadFromDisk()} again later. Blocking: never call it on the event loop.
 */
public class ArchiveLoader {

    private static final Logger log = LoggerFactory.getLogger(ArchiveLoader.class);

    /** The fingerprint of an archive directory without {@code content/}: nothing to index. */
    static final String EMPTY_ARCHIVE = "empty-archive";

    /** Computes the fingerprint of an archive directory ({@code ArchiveFingerprint::of} in production). */
    @FunctionalInterface
    public interface Fingerprinter {
        String of(Path archiveDir) throws IOException;
    }

    /**
     * What the last load did, for the health contributor.
     *
     * @param cacheProblem why the snapshot cache could not be used although the index was reusable, or null
     */
    public record LoadReport(
            LoadResult result,
            int problems,
            int filesRead,
            long totalMillis,
            boolean emptyArchive,
            @Nullable String cacheProblem) {}

    private final ArchiveParser parser;
    private final ArchiveIndexService index;
    private final Fingerprinter fingerprinter;
    private final Path archiveDir;
    private final ParsedIssueCache cache;
    private final AtomicReference<@Nullable LoadReport> last = new AtomicReference<>();
    private final AtomicReference<@Nullable String> failure = new AtomicReference<>();

    public ArchiveLoader(
            ArchiveParser parser, ArchiveIndexService index, Fingerprinter fingerprinter, TwirProperties properties) {
        this.parser = parser;
        this.index = index;
        this.fingerprinter = fingerprinter;
        this.archiveDir = properties.archive().dir();
        this.cache = ParsedIssueCache.in(properties.index().dir());
    }

    /** Parses {@code twir.archive.dir} and loads it into the index; logs counts and timing. */
    public synchronized LoadReport reloadFromDisk() throws IOException {
        long start = System.nanoTime();
        try {
            LoadReport report = load(start);
            last.set(report);
            failure.set(null);
            compactIndex();
            return report;
        } catch (IOException | RuntimeException e) {
            failure.set(e.toString());
            throw e;
        }
    }

    /**
     * Lets the index rewrite itself into its cheapest form to search, now that it is served and the parsed issues
     * are cached (a stop during the merge then costs no parse at the next start). Optional: a failure only leaves
     * searches a little slower, so it is logged, not thrown.
     */
    private void compactIndex() {
        try {
            index.compact();
        } catch (IOException | RuntimeException e) {
            log.warn("Compacting the index failed; searching it as it is", e);
        }
    }

    /** The last successful load, if any. */
    public @Nullable LoadReport lastReport() {
        return last.get();
    }

    /** Why the last load failed, or null when it did not. */
    public @Nullable String lastFailure() {
        return failure.get();
    }

    private LoadReport load(long start) throws IOException {
        Path content = archiveDir.resolve("content");
        if (!Files.isDirectory(content)) {
            log.warn(
                    "No archive at {} (no content/ directory): serving an EMPTY archive. Set twir.archive.dir "
                            + "(TWIR_ARCHIVE_DIR) to a copy of the this-week-in-rust repository.",
                    archiveDir.toAbsolutePath());
            LoadResult result = index.load(List.of(), EMPTY_ARCHIVE);
            return new LoadReport(result, 0, 0, millisSince(start), true, null);
        }
        // The fingerprint first: when the index and the cached issues were both made from it, nothing is parsed.
        String fingerprint = fingerprinter.of(archiveDir);
        long fingerprinted = millisSince(start);
        AtomicReference<@Nullable String> cacheProblem = new AtomicReference<>();
        ParsedIssueCache.Contents cached = index.holds(fingerprint) ? cachedIssues(fingerprint, cacheProblem) : null;
        boolean fromCache = cached != null;
        if (cached == null) {
            ArchiveParse parse = parser.parseArchive(archiveDir);
            // The service keeps these issues for its life: one object per equal string (the cache's reader does
            // the same for the issues it reads back).
            cached = ParsedIssueCache.Contents.ofArchive(
                    fingerprint,
                    SharedStrings.share(parse.issues()),
                    parse.filesRead(),
                    parse.problems().size());
        }
        long parsed = millisSince(start);
        List<Issue> issues = cached.issues();
        LoadResult result = index.load(issues, fingerprint);
        if (!fromCache) {
            writeCache(cached);
        }
        long total = millisSince(start);
        log.info(
                "Archive {} loaded: {} files read, {} issues, {} entries, {} parse problems; index {} "
                        + "(generation {}) in {} ms (published in {} ms, title lookups {}); fingerprint {} ms, "
                        + "{} {} ms, total {} ms",
                archiveDir.toAbsolutePath(),
                cached.filesRead(),
                issues.size(),
                result.entries(),
                cached.problems(),
                result.rebuilt() ? "rebuilt" : "reused",
                result.generation(),
                result.millis(),
                result.published().millis(),
                result.published().lookupsKept() ? "kept from the last start" : "building",
                fingerprinted,
                fromCache ? "issues from cache" : "parse",
                parsed - fingerprinted,
                total);
        return new LoadReport(result, cached.problems(), cached.filesRead(), total, false, cacheProblem.get());
    }

    private ParsedIssueCache.@Nullable Contents cachedIssues(
            String fingerprint, AtomicReference<@Nullable String> problem) {
        try {
            return cache.read(fingerprint).orElse(null);
        } catch (IOException e) {
            // A damaged cache costs one parse and is rewritten after it; said in the log and in health.
            problem.set("The snapshot cache " + cache.file() + " was unreadable (" + e
                    + "); parsed the archive instead and rewrote it");
            log.warn(
                    "Ignoring the parsed-issue cache {} ({}); parsing the archive instead", cache.file(), e.toString());
            return null;
        }
    }

    // The cache only saves time on the next start: failing to write it must not fail the load.
    private void writeCache(ParsedIssueCache.Contents cached) {
        try {
            cache.write(cached);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Could not write the parsed-issue cache {}; the next start parses the archive again",
                    cache.file(),
                    e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
