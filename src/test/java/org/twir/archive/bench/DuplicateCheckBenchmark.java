package org.twir.archive.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.twir.archive.duplicates.ArchiveLinkIndex;
import org.twir.archive.duplicates.DuplicateChecker;
import org.twir.archive.duplicates.DuplicateReport;
import org.twir.archive.duplicates.LinkIndexLoader;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;
import org.twir.archive.parse.ArchiveParser;

/**
 * Duplicate-check benchmark (README, "Duplicate check"): the archive link index build, and a 150-link draft
 * checked against the whole archive once the index is loaded. Prints medians of many runs.
 *
 * <p>{@code ./mvnw -B -ntp -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.twir.archive.bench.DuplicateCheckBenchmark -Dexec.args=../shared/twir-archive}
 */
public final class DuplicateCheckBenchmark {

    private DuplicateCheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args.length > 0 ? args[0] : "../shared/twir-archive");
        long t0 = System.nanoTime();
        List<Issue> issues = LinkIndexLoader.parse(archive, new ArchiveParser()).issues();
        System.out.printf(
                "parsed %d issues in %d ms (first, cold)%n", issues.size(), (System.nanoTime() - t0) / 1_000_000);

        long[] builds = new long[15];
        ArchiveLinkIndex index = null;
        for (int i = 0; i < builds.length; i++) {
            long s = System.nanoTime();
            index = ArchiveLinkIndex.build(issues, i);
            builds[i] = System.nanoTime() - s;
        }
        System.out.printf(
                "index build: %d links, %d canonical URLs, %d hubs, %d titles; first %.0f ms, median %.0f ms%n",
                index.linkCount(),
                index.canonicalCount(),
                index.hubCount(),
                index.titleCount(),
                builds[0] / 1e6,
                median(Arrays.copyOfRange(builds, 1, builds.length)) / 1e6);

        DuplicateChecker checker = new DuplicateChecker(index);
        Issue draft = draft(issues, 150);
        long[] runs = new long[300];
        DuplicateReport report = null;
        for (int i = 0; i < 100; i++) {
            report = checker.check(draft);
        }
        for (int i = 0; i < runs.length; i++) {
            long s = System.nanoTime();
            report = checker.check(draft);
            runs[i] = System.nanoTime() - s;
        }
        long[] sorted = runs.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "150-link draft: %d findings; median %.2f ms, p90 %.2f ms, max %.2f ms over %d runs%n",
                report.findings().size(),
                median(runs) / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                runs.length);
    }

    /**
     * A draft of {@code size} community links taken from random archive entries: a third keep their URL (they
     * are duplicates), the rest get a new URL but keep the title (every one goes through the title index).
     */
    private static Issue draft(List<Issue> issues, int size) {
        List<Entry> pool = new ArrayList<>(issues.stream()
                .flatMap(i -> i.entries().stream())
                .filter(e -> e.category().path().startsWith("community"))
                .toList());
        Collections.shuffle(pool, new Random(150));
        LocalDate date = issues.stream()
                .map(i -> i.ref().date())
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .plusDays(7);
        IssueRef ref = new IssueRef(
                9999,
                date,
                "This Week in Rust 9999",
                "https://this-week-in-rust.org/draft/",
                date + "-this-week-in-rust.md",
                false);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Entry e = pool.get(i);
            String url = i % 3 == 0 ? e.url() : "https://new-" + i + ".example.org/posts/" + i;
            entries.add(new Entry(
                    ref,
                    i,
                    20 + i,
                    e.title(),
                    url,
                    e.categoryPath(),
                    e.category(),
                    EntryKind.ARTICLE,
                    List.of(),
                    "",
                    List.of(),
                    null,
                    null));
        }
        return new Issue(ref, List.of(new Section("Community", Category.COMMUNITY, entries)), null, List.of());
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
