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

/**
 * {@code check-duplicates --archive <dir> [--format text|json|github] [--url <url>]... [<draft.md>...]}: the
 * editors' duplicate check. Exit 1 when a draft has a {@code duplicate} or {@code repeated-in-draft}, 0
 * otherwise (warnings never fail), 2 on bad usage or unreadable input. Runs without Spring to start fast.
 */
final class CheckDuplicatesCommand implements Command {

    @Override
    public String name() {
        return "check-duplicates";
    }

    @Override
    public String summary() {
        return "check drafts (or --url links) for links featured before: --archive <dir> [--format text|json|github]"
                + " [--cache-dir <dir> | --no-cache] <draft.md>...";
    }

    private record Options(
            Path archive,
            Format format,
            List<Path> drafts,
            List<String> urls,
            @Nullable Path cacheFile) {}

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) throws Exception {
        Options options = options(args);
        ArchiveParser parser = new ArchiveParser();
        List<Issue> drafts = new ArrayList<>();
        for (Path file : options.drafts()) {
            drafts.add(parseDraft(parser, file, err));
        }
        LinkIndexLoader.Loaded loaded = LinkIndexLoader.load(options.archive(), parser, options.cacheFile());
        if (loaded.warning() != null) {
            err.println("warning: " + loaded.warning());
        }
        if (loaded.index().issueCount() == 0) {
            err.println(
                    "error: no issues could be read from " + options.archive().resolve("content"));
            return 2;
        }
        DuplicateChecker checker = new DuplicateChecker(loaded.index());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String file = options.drafts().get(i).toString();
            checker.check(drafts.get(i)).findings().forEach(f -> findings.add(f.inFile(file)));
        }
        if (!options.urls().isEmpty()) {
            findings.addAll(checker.checkUrls(options.urls()).findings());
        }
        ReportFormatter.format(options.format(), findings).forEach(out::println);
        DuplicateReport report = new DuplicateReport(findings);
        if (options.format() == Format.TEXT) {
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

    private static Options options(List<String> args) throws UsageException {
        @Nullable Path archive = null;
        Format format = Format.TEXT;
        List<Path> drafts = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        boolean cache = true;
        @Nullable Path cacheDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--archive" -> archive = Path.of(value(args, ++i, arg));
                case "--format" -> {
                    String name = value(args, ++i, arg);
                    format = Format.of(name)
                            .orElseThrow(() ->
                                    new UsageException("--format must be text, json or github, was '" + name + "'"));
                }
                case "--url" -> urls.add(value(args, ++i, arg));
                case "--no-cache" -> cache = false;
                case "--cache-dir" -> cacheDir = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    drafts.add(Path.of(arg));
                }
            }
        }
        if (archive == null) {
            throw new UsageException("--archive <dir> is required (the directory holding content/)");
        }
        if (drafts.isEmpty() && urls.isEmpty()) {
            throw new UsageException("give at least one draft file (or --url <url>)");
        }
        Path cacheFile =
                !cache ? null : (cacheDir == null ? defaultCacheDir() : cacheDir).resolve("duplicates-links.bin");
        return new Options(archive, format, drafts, urls, cacheFile);
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

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
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
