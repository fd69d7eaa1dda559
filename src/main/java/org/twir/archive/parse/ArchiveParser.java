package org.twir.archive.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.twir.archive.model.Issue;
import org.twir.archive.model.ParseProblem;

/**
 * Parses the TWiR repository layout into {@link Issue}s. Thread safe; build one and reuse it.
 *
 * <p>{@link #parseArchive} reads every issue file under
 * {@code <dir>/content} ({@code YYYY-MM-DD-*.md|.markdown}, plus the historical {@code .rst}), never
 * {@code draft/}; one bad file yields problems and the run goes on.
 */
public final class ArchiveParser {

    /** The result of parsing one file: the issue if one could be made, and every problem met. */
    public record FileParse(Optional<Issue> issue, List<ParseProblem> problems) {

        public FileParse {
            problems = List.copyOf(problems);
        }
    }

    /** The result of parsing an archive: issues sorted by date then number, and all problems. */
    public record ArchiveParse(List<Issue> issues, List<ParseProblem> problems, int filesRead, int filesSkipped) {

        public ArchiveParse {
            issues = List.copyOf(issues);
            problems = List.copyOf(problems);
        }
    }

    /** Compiled once: the fingerprint and the parse each test every file name of the archive at start-up. */
    private static final Pattern ISSUE_FILE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}-.*\\.(md|markdown|rst)");

    // One flexmark parser for all files: building it is the expensive part, parsing with it is thread safe.
    private final Parser parser;
    private final IssueReader reader;
    private final int threads;

    public ArchiveParser() {
        MutableDataSet options = new MutableDataSet();
        // Line tracking makes Document.getLineNumber a binary search instead of a scan from the start.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        options.set(
                Parser.EXTENSIONS,
                List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()));
        // The core heading, fence and thematic break starts run a regular expression over every line.
        BlockStartGate.replaceCore(options);
        Parser.Builder builder = Parser.builder(options);
        BlockStartGate.all().forEach(builder::customBlockParserFactory);
        this.parser = builder.build();
        this.reader = new IssueReader(parser);
        this.threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Parses one issue file (a published issue or a draft) read from disk. */
    public FileParse parseFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        Optional<String> text = read(file);
        if (text.isEmpty()) {
            return new FileParse(Optional.empty(), List.of(new ParseProblem(name, 0, "not valid UTF-8 text")));
        }
        return parse(name, text.get());
    }

    /** Parses markdown text as if read from a file named {@code fileName} (used for drafts sent to the API). */
    public FileParse parse(String fileName, String markdown) {
        IssueReader.Result r = read(fileName, markdown);
        return new FileParse(Optional.ofNullable(r.issue()), r.problems());
    }

    /** Parses every issue file of an archive directory (the one holding {@code content/}). */
    public ArchiveParse parseArchive(Path archiveDir) throws IOException {
        List<Path> files = issueFiles(archiveDir);
        int skipped = countOthers(archiveDir.resolve("content"), files.size());
        List<FileParse> parses = inParallel(files);
        List<Issue> issues = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        for (FileParse p : parses) {
            p.issue().ifPresent(issues::add);
            problems.addAll(p.problems());
        }
        issues.sort(Issue.PUBLICATION_ORDER);
        return new ArchiveParse(issues, problems, files.size(), skipped);
    }

    /**
     * Accounts for every web link of every issue file: in an entry, skipped by a named boilerplate rule, or
     * neither. The measure behind the parser's promise that no featured link is lost.
     */
    public LinkAudit auditLinks(Path archiveDir) throws IOException {
        LinkAudit.Builder audit = new LinkAudit.Builder();
        for (Path file : issueFiles(archiveDir)) {
            String name = file.getFileName().toString();
            Optional<String> text = read(file);
            if (text.isPresent()) {
                IssueReader.Result r = read(name, text.get());
                audit.add(name, r);
            }
        }
        return audit.build();
    }

    /** Whether a path under {@code content/} is a published issue file this parser reads. */
    public static boolean isIssueFile(Path file) {
        String name = file.getFileName().toString();
        // The one reStructuredText issue (State of Rust 0.11.0) has no date in its name.
        return ISSUE_FILE.matcher(name).matches() || name.endsWith(".rst");
    }

    private IssueReader.Result read(String fileName, String markdown) {
        try {
            return reader.read(fileName, markdown);
        } catch (RuntimeException e) {
            // A bug or a file beyond the parser: report it against the file and let the run go on.
            return new IssueReader.Result(
                    null, List.of(new ParseProblem(fileName, 0, "could not parse: " + e)), List.of(), null);
        }
    }

    private static List<Path> issueFiles(Path archiveDir) throws IOException {
        Path content = archiveDir.resolve("content");
        if (!Files.exists(archiveDir)) {
            throw new NoSuchFileException(archiveDir.toString());
        }
        if (!Files.isDirectory(content)) {
            throw new NotDirectoryException(content + " (an archive directory must hold a content/ folder)");
        }
        try (Stream<Path> s = Files.list(content)) {
            return s.filter(Files::isRegularFile)
                    .filter(ArchiveParser::isIssueFile)
                    .sorted()
                    .toList();
        }
    }

    private static int countOthers(Path content, int issueFiles) throws IOException {
        try (Stream<Path> s = Files.list(content)) {
            return (int) s.filter(Files::isRegularFile).count() - issueFiles;
        }
    }

    private List<FileParse> inParallel(List<Path> files) throws IOException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<FileParse>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> parseFile(f)));
            }
            List<FileParse> out = new ArrayList<>();
            for (Future<FileParse> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while parsing the archive", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException("parsing failed", e.getCause()));
        }
    }

    private static Optional<String> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // The String constructor decodes far faster than a CharsetDecoder but replaces bad input with U+FFFD
        // instead of failing; a text without U+FFFD therefore was valid, and only one with it needs the strict check.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Optional.of(text);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty(); // reported by the caller as a problem of this file
        }
    }
}
