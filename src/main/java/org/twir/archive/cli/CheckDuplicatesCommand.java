package org.twir.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.twir.archive.duplicates.DuplicateChecker;
import org.twir.archive.duplicates.DuplicateReport;
import org.twir.archive.duplicates.Finding;
import org.twir.archive.duplicates.FindingKind;
import org.twir.archive.duplicates.LinkIndexLoader;
import org.twir.archive.duplicates.ReportFormatter;
import org.twir.archive.duplicates.ReportFormatter.Format;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check-duplicates --archive DIR [--format text|json|github] [--url URL]... [DRAFT...]}: the editors'
 * duplicate check. Exit 1 when a draft has a {@code duplicate} or {@code repeated-in-draft}, 0 otherwise (warnings
 * never fail), 2 on bad usage or unreadable input. Runs without Spring to start fast.
 */
@Command(
        name = "check-duplicates",
        description = {
            "Check drafts (or single links) for links featured in an earlier issue.",
            "Exit 0: nothing wrong (warnings never fail); 1: a duplicate or a link repeated in the draft;"
                    + " 2: bad usage or unreadable input."
        })
final class CheckDuplicatesCommand implements Callable<Integer> {

    @Option(
            names = "--archive",
            required = true,
            paramLabel = "DIR",
            description = "the archive to check against, a directory holding content/")
    private Path archive = Path.of("");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default: one line per finding, a summary on stderr), json, or github (annotations"
                    + " for GitHub Actions)")
    private String format = "text";

    @Option(names = "--url", paramLabel = "URL", description = "a link to check; may be repeated")
    private List<String> urls = new ArrayList<>();

    @Option(
            names = "--cache-dir",
            paramLabel = "DIR",
            description = "where parsed archive files are cached by content hash (default: $TWIR_CACHE_DIR, else"
                    + " $XDG_CACHE_HOME/twir-archive, else ~/.cache/twir-archive)")
    private @Nullable Path cacheDir;

    @Option(names = "--no-cache", description = "parse every archive file, keep no cache (wins over --cache-dir)")
    private boolean noCache;

    @Parameters(paramLabel = "DRAFT", arity = "0..*", description = "draft issues in the TWiR format")
    private List<Path> draftFiles = new ArrayList<>();

    /** Injected by picocli; it holds the writers {@link Cli} gave. */
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format format = Format.of(this.format)
                .orElseThrow(
                        () -> new UsageException("--format must be text, json or github, was '" + this.format + "'"));
        if (draftFiles.isEmpty() && urls.isEmpty()) {
            throw new UsageException("give at least one draft file (or --url URL)");
        }
        @Nullable
        Path cacheFile =
                noCache ? null : (cacheDir == null ? defaultCacheDir() : cacheDir).resolve("duplicates-links.bin");
        // The archive's links load on a thread of their own while the drafts are parsed: in a cold JVM, making a
        // parser and reading a first file with it cost a sixth of the run. Each side makes its own parser, so the
        // load starts at once.
        FutureTask<LinkIndexLoader.Loaded> archiveLinks =
                new FutureTask<>(() -> LinkIndexLoader.load(archive, new ArchiveParser(), cacheFile));
        Thread.ofPlatform().name("archive-links").daemon(true).start(archiveLinks);
        ArchiveParser parser = new ArchiveParser();
        List<Issue> drafts = new ArrayList<>();
        try {
            for (Path file : draftFiles) {
                drafts.add(parseDraft(parser, file, err));
            }
        } catch (IOException | RuntimeException e) {
            // The draft's error is the one reported, after the load has ended: it may be writing the cache.
            awaitQuietly(archiveLinks);
            throw e;
        }
        LinkIndexLoader.Loaded loaded = loaded(archiveLinks);
        if (loaded.warning() != null) {
            err.println("warning: " + loaded.warning());
        }
        if (loaded.index().issueCount() == 0) {
            err.println("error: no issues could be read from " + archive.resolve("content"));
            return Cli.USAGE;
        }
        DuplicateChecker checker = new DuplicateChecker(loaded.index());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String file = draftFiles.get(i).toString();
            checker.check(drafts.get(i)).findings().forEach(f -> findings.add(f.inFile(file)));
        }
        if (!urls.isEmpty()) {
            findings.addAll(checker.checkUrls(urls).findings());
        }
        ReportFormatter.format(format, findings).forEach(out::println);
        DuplicateReport report = new DuplicateReport(findings);
        if (format == Format.TEXT) {
            err.printf(
                    Locale.ROOT,
                    "%d duplicate, %d repeated-in-draft, %d possible-duplicate (checked against %d issues)%n",
                    report.count(FindingKind.DUPLICATE),
                    report.count(FindingKind.REPEATED_IN_DRAFT),
                    report.count(FindingKind.POSSIBLE_DUPLICATE),
                    loaded.index().issueCount());
        }
        return report.hasErrors() ? 1 : 0;
    }

    /**
     * Where parsed archive files are cached by content hash unless {@code --cache-dir} says: {@code $TWIR_CACHE_DIR}, else the XDG cache
     * directory ({@code ~/.cache/twir-archive}). Parsing is most of a cold run; CI can keep this directory.
     */
    private static Path defaultCacheDir() {
        String dir = System.getenv("TWIR_CACHE_DIR");
        if (dir == null || dir.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base =
                    xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
            return base.resolve("twir-archive");
        }
        return Path.of(dir);
    }

    /** What the load gave, or what it threw, as if it had run on this thread. */
    private static LinkIndexLoader.Loaded loaded(FutureTask<LinkIndexLoader.Loaded> load) throws Exception {
        try {
            return load.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void awaitQuietly(FutureTask<?> load) {
        try {
            load.get();
        } catch (ExecutionException e) {
            // Reported is the draft's error, which came first.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Issue parseDraft(ArchiveParser parser, Path file, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String markdown;
        try {
            markdown = Files.readString(file);
        } catch (MalformedInputException e) {
            throw new IOException("cannot read " + file + ": not UTF-8 text", e);
        }
        ArchiveParser.FileParse parse = parser.parse(file.getFileName().toString(), markdown);
        if (parse.issue().isEmpty()) {
            parse.problems().forEach(p -> err.println("  " + p));
            throw new IOException("cannot read " + file + " as a TWiR issue (see the problems above; the file name "
                    + "should be YYYY-MM-DD-this-week-in-rust.md and the header should give Number and Date)");
        }
        return parse.issue().get();
    }
}
