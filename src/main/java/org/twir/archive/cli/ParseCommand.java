package org.twir.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.model.ParseProblem;
import org.twir.archive.parse.ArchiveParser;

/** {@code parse [--archive DIR] [--problems]}: parses the archive and prints a summary. */
final class ParseCommand implements Command {

    static final String DEFAULT_ARCHIVE = TwirProperties.DEFAULT_ARCHIVE_DIR;

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "parse the archive and print a summary: [--archive DIR] [--problems]";
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) throws Exception {
        Path dir = null;
        boolean listProblems = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--archive")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--archive needs a directory");
                }
                dir = Path.of(args.get(++i));
            } else if (a.startsWith("--archive=")) {
                dir = Path.of(a.substring("--archive=".length()));
            } else if (a.equals("--problems")) {
                listProblems = true;
            } else {
                throw new UsageException("unknown argument '" + a + "'");
            }
        }
        if (dir == null) {
            String env = System.getenv("TWIR_ARCHIVE_DIR");
            dir = Path.of(env == null || env.isBlank() ? DEFAULT_ARCHIVE : env);
        }
        if (!Files.isDirectory(dir.resolve("content"))) {
            err.println("error: " + dir.toAbsolutePath().normalize()
                    + " is not a TWiR archive (expected a content/ folder); use --archive DIR or set TWIR_ARCHIVE_DIR");
            return 2;
        }
        long start = System.nanoTime();
        ArchiveParser.ArchiveParse parse = new ArchiveParser().parseArchive(dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        print(parse, dir, millis, listProblems, out);
        return 0;
    }

    private static void print(
            ArchiveParser.ArchiveParse parse, Path dir, long millis, boolean listProblems, PrintWriter out) {
        List<Issue> issues = parse.issues();
        List<Entry> entries = issues.stream().flatMap(i -> i.entries().stream()).toList();
        out.printf(Locale.ROOT, "archive: %s%n", dir.toAbsolutePath().normalize());
        out.printf(
                Locale.ROOT,
                "files read: %d, skipped: %d, parsed in %d ms%n",
                parse.filesRead(),
                parse.filesSkipped(),
                millis);
        out.printf(
                Locale.ROOT,
                "issues: %d (numbered %d, special %d)%n",
                issues.size(),
                issues.stream().filter(i -> !i.ref().special()).count(),
                issues.stream().filter(i -> i.ref().special()).count());
        out.printf(Locale.ROOT, "entries: %d%n", entries.size());
        out.println("entries per kind:");
        Map<EntryKind, Long> kinds = entries.stream()
                .collect(Collectors.groupingBy(Entry::kind, () -> new TreeMap<>(), Collectors.counting()));
        kinds.forEach((k, n) -> out.printf(Locale.ROOT, "  %-24s %6d%n", k.id(), n));
        out.println("entries per category:");
        Map<Category, Long> categories = entries.stream()
                .collect(Collectors.groupingBy(Entry::category, () -> new TreeMap<>(), Collectors.counting()));
        categories.forEach((c, n) -> out.printf(Locale.ROOT, "  %-32s %6d%n", c.path(), n));
        out.println("issues per year:");
        Map<Integer, Long> years = issues.stream()
                .collect(Collectors.groupingBy(i -> i.ref().date().getYear(), TreeMap::new, Collectors.counting()));
        years.forEach((y, n) -> out.printf(Locale.ROOT, "  %d %4d%n", y, n));
        out.println("special issues:");
        issues.stream()
                .filter(i -> i.ref().special())
                .forEach(i -> out.printf(
                        Locale.ROOT,
                        "  %s  %s (%s)%n",
                        i.ref().date(),
                        i.ref().title(),
                        i.ref().sourceFile()));
        long cotwWeeks = issues.stream()
                .filter(i -> i.crateOfTheWeek() != null && !i.crateOfTheWeek().noCrate())
                .count();
        long noCrate = issues.stream()
                .filter(i -> i.crateOfTheWeek() != null && i.crateOfTheWeek().noCrate())
                .count();
        out.printf(Locale.ROOT, "crate of the week: %d weeks with crates, %d weeks without%n", cotwWeeks, noCrate);
        out.printf(
                Locale.ROOT,
                "quotes of the week: %d%n",
                issues.stream().mapToLong(i -> i.quotes().size()).sum());
        out.printf(Locale.ROOT, "problems: %d%n", parse.problems().size());
        if (listProblems) {
            for (ParseProblem p : parse.problems()) {
                out.println("  " + p);
            }
        } else if (!parse.problems().isEmpty()) {
            parse.problems().stream().limit(10).map(Function.identity()).forEach(p -> out.println("  " + p));
            if (parse.problems().size() > 10) {
                out.println("  ... (--problems lists them all)");
            }
        }
    }
}
