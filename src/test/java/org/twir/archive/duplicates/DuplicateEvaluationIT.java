package org.twir.archive.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twir.archive.RealArchive;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;
import org.twir.archive.parse.ArchiveParser;

/**
 * The evaluation over the real archive (figures in the README): (a) real repeats are caught when the later
 * issue is re-checked; (b) synthetic variants of real links and retitled articles are caught; (c) the newest
 * 20 issues, re-checked against the issues before each, give few findings, all printed for review.
 */
class DuplicateEvaluationIT {

    private static List<Issue> issues;
    private static DuplicateChecker checker;
    private static IssueRef future;

    @BeforeAll
    static void load() throws Exception {
        issues = LinkIndexLoader.parse(RealArchive.dir(), new ArchiveParser()).issues().stream()
                .sorted(Comparator.comparing((Issue i) -> i.ref().date()))
                .toList();
        checker = new DuplicateChecker(ArchiveLinkIndex.build(issues, 1));
        Issue newest = issues.getLast();
        int number = issues.stream()
                        .map(i -> i.ref().number())
                        .filter(n -> n != null)
                        .max(Integer::compare)
                        .orElse(0)
                + 1;
        LocalDate date = newest.ref().date().plusDays(7);
        future = new IssueRef(
                number,
                date,
                "This Week in Rust " + number,
                "https://this-week-in-rust.org/draft/",
                date + "-this-week-in-rust.md",
                false);
    }

    private static boolean editorial(Entry entry) {
        return SectionRule.of(entry.category(), entry.kind()) == SectionRule.EDITORIAL;
    }

    /** (a) Every canonical URL featured in two issues' editorial sections is reported on the later one. */
    @Test
    void catchesRealRepeatsWhenTheLaterIssueIsRechecked() {
        UrlCanonicalizer canonicalizer = checker.index().canonicalizer();
        Map<String, List<Entry>> byCanonical = new LinkedHashMap<>();
        for (Issue issue : issues) {
            for (Entry entry : issue.entries()) {
                if (editorial(entry)) {
                    canonicalizer
                            .canonicalString(entry.url())
                            .filter(c -> !checker.index().isIgnored(c))
                            .ifPresent(c -> byCanonical
                                    .computeIfAbsent(c, k -> new ArrayList<>())
                                    .add(entry));
                }
            }
        }
        Map<IssueRef, Issue> byRef =
                issues.stream().collect(Collectors.toMap(Issue::ref, Function.identity(), (a, b) -> a));
        Map<IssueRef, DuplicateReport> reports = new HashMap<>();
        int repeats = 0;
        int caught = 0;
        int editorsScript = 0;
        for (var e : byCanonical.entrySet()) {
            List<Entry> entries = e.getValue();
            for (int i = 1; i < entries.size(); i++) {
                Entry later = entries.get(i);
                Entry earlier = entries.get(i - 1);
                if (later.issue().equals(earlier.issue())
                        || !earlier.issue().date().isBefore(later.issue().date())) {
                    continue;
                }
                repeats++;
                DuplicateReport report = reports.computeIfAbsent(later.issue(), r -> checker.check(byRef.get(r)));
                boolean found = report.findings().stream()
                        .anyMatch(f -> f.kind() == FindingKind.DUPLICATE
                                && f.canonicalUrl().equals(e.getKey()));
                caught += found ? 1 : 0;
                if (!found && repeats - caught <= 10) {
                    System.out.println("missed repeat: " + e.getKey() + " in "
                            + later.issue().key());
                }
                boolean script = Variants.editorsScript(later.url()).equals(Variants.editorsScript(earlier.url()))
                        && later.category().path().startsWith("community")
                        && earlier.category().path().startsWith("community")
                        && issuesBetween(earlier.issue(), later.issue()) <= 25;
                editorsScript += script ? 1 : 0;
            }
        }
        System.out.printf(
                "(a) real repeats: %d, caught %d (%.1f%%); the editors' script would catch %d (%.1f%%)%n",
                repeats, caught, 100.0 * caught / repeats, editorsScript, 100.0 * editorsScript / repeats);
        assertThat(repeats).isGreaterThan(100);
        assertThat((double) caught / repeats).isGreaterThanOrEqualTo(0.97);
    }

    private static long issuesBetween(IssueRef earlier, IssueRef later) {
        return issues.stream()
                .filter(i -> i.ref().date().isAfter(earlier.date())
                        && !i.ref().date().isAfter(later.date()))
                .count();
    }

    /** A draft after the newest issue with one community link. */
    private static Issue draft(String title, String url) {
        Entry entry = new Entry(
                future,
                0,
                10,
                title,
                url,
                "Updates from Rust Community > Observations/Thoughts",
                Category.COMMUNITY_OBSERVATIONS,
                EntryKind.ARTICLE,
                List.of(),
                "",
                List.of(),
                null,
                null);
        return new Issue(
                future,
                List.of(new Section("Observations/Thoughts", Category.COMMUNITY_OBSERVATIONS, List.of(entry))),
                null,
                List.of());
    }

    private static List<Entry> sample(int size, long seed) {
        List<Entry> pool = issues.stream()
                .flatMap(i -> i.entries().stream())
                .filter(DuplicateEvaluationIT::editorial)
                .filter(e -> checker.index()
                        .canonicalizer()
                        .canonicalString(e.url())
                        .filter(c -> !checker.index().isIgnored(c))
                        .isPresent())
                .toList();
        List<Entry> shuffled = new ArrayList<>(pool);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        return shuffled.subList(0, Math.min(size, shuffled.size()));
    }

    /** (b1) Real links rewritten the ways the same page gets submitted again are reported as duplicates. */
    @Test
    void catchesSyntheticUrlVariantsOfArchiveLinks() {
        List<Entry> sample = sample(1500, 42);
        // Site-specific variants apply to few random links: add every archive link of those sites.
        List<Entry> sites = issues.stream()
                .flatMap(i -> i.entries().stream())
                .filter(DuplicateEvaluationIT::editorial)
                .filter(e -> Set.of("youtube.com", "youtu.be", "reddit.com", "twitter.com", "x.com").stream()
                        .anyMatch(h -> e.url().contains(h)))
                .filter(e -> checker.index()
                        .canonicalizer()
                        .canonicalString(e.url())
                        .filter(c -> !checker.index().isIgnored(c))
                        .isPresent())
                .toList();
        Map<String, int[]> byVariant = new TreeMap<>();
        int total = 0;
        int caught = 0;
        int script = 0;
        for (Entry original : concat(sample, sites)) {
            for (var variant : Variants.urls().entrySet()) {
                Optional<String> url = variant.getValue().apply(original.url());
                if (url.isEmpty() || url.get().equals(original.url())) {
                    continue;
                }
                boolean found = checker.check(draft("zq unrelated placeholder " + total, url.get())).findings().stream()
                        .anyMatch(f -> f.kind() == FindingKind.DUPLICATE);
                int[] counts = byVariant.computeIfAbsent(variant.getKey(), k -> new int[3]);
                counts[0]++;
                counts[1] += found ? 1 : 0;
                boolean byScript = Variants.editorsScript(url.get()).equals(Variants.editorsScript(original.url()));
                counts[2] += byScript ? 1 : 0;
                total++;
                caught += found ? 1 : 0;
                script += byScript ? 1 : 0;
                if (!found && counts[0] - counts[1] <= 3) {
                    System.out.println(
                            "missed " + variant.getKey() + ": " + url.get() + " (was " + original.url() + ")");
                }
            }
        }
        byVariant.forEach((name, c) -> System.out.printf(
                "  %-16s %5d variants, caught %5.1f%%, editors' script %5.1f%%%n",
                name, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0]));
        System.out.printf(
                "(b1) URL variants: %d, caught %d (%.1f%%); editors' script clean-up alone %.1f%%%n",
                total, caught, 100.0 * caught / total, 100.0 * script / total);
        assertThat((double) caught / total).isGreaterThanOrEqualTo(0.97);
    }

    private static List<Entry> concat(List<Entry> a, List<Entry> b) {
        List<Entry> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** (b2) An article posted again at a new URL under a slightly different title is a possible duplicate. */
    @Test
    void catchesRetitledArticlesAsPossibleDuplicates() {
        List<Entry> sample = sample(1500, 7).stream()
                .filter(e -> TitleIndex.tokens(e.title()).length >= TitleIndex.MIN_TOKENS)
                .toList();
        Map<String, int[]> byVariant = new TreeMap<>();
        int total = 0;
        int caught = 0;
        for (Entry original : sample) {
            for (var variant : Variants.titles().entrySet()) {
                Optional<String> title = variant.getValue().apply(original.title());
                if (title.isEmpty()) {
                    continue;
                }
                String url = "https://retitled.example.net/post-" + total;
                boolean found = checker.check(draft(title.get(), url)).findings().stream()
                        .anyMatch(f -> f.kind() == FindingKind.POSSIBLE_DUPLICATE
                                && f.previous().stream().anyMatch(p -> p.title().equals(original.title())));
                int[] counts = byVariant.computeIfAbsent(variant.getKey(), k -> new int[2]);
                counts[0]++;
                counts[1] += found ? 1 : 0;
                total++;
                caught += found ? 1 : 0;
            }
        }
        byVariant.forEach((name, c) ->
                System.out.printf("  %-16s %5d variants, caught %5.1f%%%n", name, c[0], 100.0 * c[1] / c[0]));
        for (double t : new double[] {0.6, 0.67, 0.7, 0.75, 0.8, 0.85, 0.9}) {
            long above = sample.stream()
                    .flatMap(e -> Variants.titles().values().stream()
                            .map(v -> v.apply(e.title()))
                            .flatMap(Optional::stream)
                            .map(v -> TitleIndex.similarity(e.title(), v)))
                    .filter(x -> x >= t)
                    .count();
            System.out.printf("  similarity >= %.2f: %5.1f%% of title variants%n", t, 100.0 * above / total);
        }
        System.out.printf(
                "(b2) retitled articles: %d, caught %d (%.1f%%) at threshold %.2f%n",
                total, caught, 100.0 * caught / total, TitleIndex.THRESHOLD);
        assertThat((double) caught / total).isGreaterThanOrEqualTo(0.9);
    }

    /** (c) The newest 20 issues re-checked against the issues before each: every finding printed for review. */
    @Test
    void recheckingTheNewest20IssuesGivesFewFindings() {
        List<Issue> newest = issues.stream()
                .filter(i -> i.ref().number() != null)
                .sorted(Comparator.comparing((Issue i) -> i.ref().date()).reversed())
                .limit(20)
                .toList();
        Map<FindingKind, Integer> counts = new TreeMap<>();
        for (Issue issue : newest) {
            for (Finding finding : checker.check(issue).findings()) {
                counts.merge(finding.kind(), 1, Integer::sum);
                System.out.println("#" + issue.ref().number() + " " + ReportFormatter.text(finding)
                        + (finding.title() == null ? "" : "  [" + finding.title() + "]"));
            }
        }
        System.out.println("(c) newest 20 issues: " + counts);
        assertThat(counts.getOrDefault(FindingKind.POSSIBLE_DUPLICATE, 0)).isLessThanOrEqualTo(40);
    }
}
