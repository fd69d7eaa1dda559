package org.twir.archive.duplicates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.parse.ContentChecksum;
import org.twir.archive.parse.ParsedIssueCache;
import org.twir.archive.parse.ParsedIssueCache.CachedIssue;

/**
 * Builds an {@link ArchiveLinkIndex} straight from an archive directory, for the CLI: files are parsed in
 * parallel, or taken from a {@link ParsedIssueCache} when their content is unchanged (parsing is most of a
 * cold run's time), and no index or Spring context is involved.
 */
public final class LinkIndexLoader {

    /** The index, what loading it met, and a warning when the cache could not be written. */
    public record Loaded(
            ArchiveLinkIndex index,
            int files,
            int parsed,
            int unparsed,
            @Nullable String warning) {}

    /** The issues of an archive directory, how many issue files it has and how many were parsed (not cached). */
    public record Parsed(
            List<Issue> issues,
            int files,
            int parsedFiles,
            @Nullable String warning) {

        public Parsed {
            issues = List.copyOf(issues);
        }
    }

    private LinkIndexLoader() {}

    /** Loads without a cache. */
    public static Loaded load(Path archiveDir, ArchiveParser parser) throws IOException {
        return load(archiveDir, parser, null);
    }

    /** Loads, reading and updating {@code cacheFile} when given. */
    public static Loaded load(Path archiveDir, ArchiveParser parser, @Nullable Path cacheFile) throws IOException {
        Parsed parsed = parse(archiveDir, parser, cacheFile);
        ArchiveLinkIndex index = ArchiveLinkIndex.build(parsed.issues(), 0, TemplateLinks.read(archiveDir));
        return new Loaded(
                index,
                parsed.files(),
                parsed.parsedFiles(),
                parsed.files() - parsed.issues().size(),
                parsed.warning());
    }

    /** Parses every issue file under {@code <archiveDir>/content}, in parallel. */
    public static Parsed parse(Path archiveDir, ArchiveParser parser) throws IOException {
        return parse(archiveDir, parser, null);
    }

    /** Parses every issue file under {@code <archiveDir>/content} not found unchanged in {@code cacheFile}. */
    public static Parsed parse(Path archiveDir, ArchiveParser parser, @Nullable Path cacheFile) throws IOException {
        Path content = archiveDir.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new NoSuchFileException(
                    content.toString(), null, "not an archive directory: expected a content/ folder in " + archiveDir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(content)) {
            files = list.filter(ArchiveParser::isIssueFile).sorted().toList();
        }
        ParsedIssueCache cache = cacheFile == null ? null : new ParsedIssueCache(cacheFile);
        List<String> warnings = new ArrayList<>();
        Map<String, CachedIssue> cached = cache == null ? Map.of() : cachedFiles(cache, warnings);
        record Result(Path file, String hash, Optional<Issue> issue, boolean parsed) {}
        List<Result> results = files.parallelStream()
                .map(f -> {
                    String hash = cacheFile == null ? "" : hash(f);
                    CachedIssue hit = cached.get(f.getFileName().toString());
                    if (hit != null && hit.contentHash().equals(hash)) {
                        return new Result(f, hash, Optional.of(hit.issue()), false);
                    }
                    return new Result(f, hash, parseFile(parser, f), true);
                })
                .toList();
        int parsedFiles = (int) results.stream().filter(Result::parsed).count();
        if (cache != null && parsedFiles > 0) {
            List<CachedIssue> updated = new ArrayList<>();
            results.forEach(r -> r.issue().ifPresent(i -> updated.add(new CachedIssue(r.hash(), i))));
            try {
                cache.write(new ParsedIssueCache.Contents("", updated, files.size(), 0));
            } catch (IOException e) {
                // The check itself succeeded; the next run only parses again. Say so instead of failing.
                warnings.add("could not write the cache " + cacheFile + ": " + e);
            }
        }
        return new Parsed(
                results.stream().flatMap(r -> r.issue().stream()).toList(),
                files.size(),
                parsedFiles,
                warnings.isEmpty() ? null : String.join("; ", warnings));
    }

    /** The cached issues by source file; a damaged cache is reported and parsed around, never fatal. */
    private static Map<String, CachedIssue> cachedFiles(ParsedIssueCache cache, List<String> warnings) {
        try {
            Map<String, CachedIssue> byFile = new HashMap<>();
            cache.read()
                    .ifPresent(c ->
                            c.files().forEach(f -> byFile.put(f.issue().ref().sourceFile(), f)));
            return byFile;
        } catch (IOException e) {
            warnings.add("ignored the unreadable cache " + cache.file() + " (" + e.getMessage() + ")");
            return Map.of();
        }
    }

    private static Optional<Issue> parseFile(ArchiveParser parser, Path file) {
        try {
            return parser.parseFile(file).issue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String hash(Path file) {
        try {
            return ContentChecksum.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
