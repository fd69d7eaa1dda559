package org.twir.archive.duplicates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;

/**
 * Builds an {@link ArchiveLinkIndex} straight from an archive directory, for the CLI: files are parsed in
 * parallel (parsing is most of a cold run's time) and no index or Spring context is involved.
 */
public final class ArchiveLoader {

    /** The index and what loading it met. */
    public record Loaded(ArchiveLinkIndex index, int files, int unparsed) {
    }

    private ArchiveLoader() {
    }

    public static Loaded load(Path archiveDir, ArchiveParser parser) throws IOException {
        Parsed parsed = parse(archiveDir, parser);
        ArchiveLinkIndex index = ArchiveLinkIndex.build(parsed.issues(), 0, TemplateLinks.read(archiveDir));
        return new Loaded(index, parsed.files(), parsed.files() - parsed.issues().size());
    }

    /** The issues of an archive directory and how many issue files it has. */
    public record Parsed(List<Issue> issues, int files) {

        public Parsed {
            issues = List.copyOf(issues);
        }
    }

    /** Parses every issue file under {@code <archiveDir>/content}, in parallel. */
    public static Parsed parse(Path archiveDir, ArchiveParser parser) throws IOException {
        Path content = archiveDir.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new NoSuchFileException(content.toString(), null,
                    "not an archive directory: expected a content/ folder in " + archiveDir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(content)) {
            files = list.filter(ArchiveParser::isIssueFile).sorted().toList();
        }
        List<Optional<Issue>> parsed = files.parallelStream().map(f -> parseFile(parser, f)).toList();
        return new Parsed(parsed.stream().flatMap(Optional::stream).toList(), files.size());
    }

    private static Optional<Issue> parseFile(ArchiveParser parser, Path file) {
        try {
            return parser.parseFile(file).issue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
