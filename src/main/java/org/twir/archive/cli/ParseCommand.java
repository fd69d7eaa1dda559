package org.twir.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.model.ParseProblem;
import org.twir.archive.parse.ArchiveParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parse [--archive DIR] [--problems]}: parses the archive and prints a summary. */
@Command(
        name = "parse",
        description = "Parse the archive and print a summary: issues, entries per kind and per category, issues per"
                + " year, special issues, Crate and Quote of the Week counts, and the problems found.")
final class ParseCommand implements Callable<Integer> {

    @Mixin
    private ArchiveOptions options = new ArchiveOptions();

    @Option(names = "--problems", description = "list every problem (without it: the first 10)")
    private boolean listProblems;

    /** Injected by picocli; it holds the writers {@link Cli} gave. */
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws UsageException, IOException {
        Path dir = options.archive();
        long start = System.nanoTime();
        ArchiveParser.ArchiveParse parse = new ArchiveParser().parseArchive(dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        print(parse, dir, millis, listProblems, spec.commandLine().getOut());
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
