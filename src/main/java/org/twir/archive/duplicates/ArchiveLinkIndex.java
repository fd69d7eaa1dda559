package org.twir.archive.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;

/**
 * Every link of the archive by canonical URL, in memory: about 90k links take well under a second to index and
 * a lookup is a hash probe, which is why this does not go through Lucene. Immutable once built; thread safe.
 *
 * <p>Besides the exact map it keeps the {@link KnownSites#looseKey loose keys} of editorial links (same path on
 * another host of the same site) and a {@link TitleIndex} of editorial titles, for {@code possible-duplicate}.
 */
public final class ArchiveLinkIndex {

    /**
     * A link in at least this many issues is a recurring fixture (a label query, a team page, the jobs
     * thread), not something featured: it is never reported. Real repeats of one article are two or three.
     */
    static final int HUB_MIN_ISSUES = 8;

    /** A canonical URL of an earlier occurrence found by a loose key. */
    record LooseMatch(Occurrence occurrence, String canonical) {}

    private final UrlCanonicalizer canonicalizer;
    private final Boilerplate boilerplate;
    private final Map<String, List<Occurrence>> byCanonical;
    private final Map<String, List<LooseMatch>> byLooseKey;
    private final Set<String> hubs;
    private final TitleIndex titles;
    private final QuoteHistory quotes;
    private final long generation;
    private final int issueCount;
    private final int linkCount;

    private ArchiveLinkIndex(
            UrlCanonicalizer canonicalizer,
            Boilerplate boilerplate,
            Map<String, List<Occurrence>> byCanonical,
            Map<String, List<LooseMatch>> byLooseKey,
            Set<String> hubs,
            TitleIndex titles,
            QuoteHistory quotes,
            long generation,
            int issueCount,
            int linkCount) {
        this.canonicalizer = canonicalizer;
        this.boilerplate = boilerplate;
        this.byCanonical = byCanonical;
        this.byLooseKey = byLooseKey;
        this.hubs = hubs;
        this.titles = titles;
        this.quotes = quotes;
        this.generation = generation;
        this.issueCount = issueCount;
        this.linkCount = linkCount;
    }

    /** Indexes {@code issues}; {@code generation} identifies the archive state (0 when not from a snapshot). */
    public static ArchiveLinkIndex build(Collection<Issue> issues, long generation) {
        return build(issues, generation, List.of());
    }

    /**
     * Indexes {@code issues}, treating {@code templateUrls} (the links of the archive's draft template) as
     * boilerplate too.
     */
    public static ArchiveLinkIndex build(Collection<Issue> issues, long generation, Collection<String> templateUrls) {
        UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
        KnownSites sites = new KnownSites();
        // Canonicalising is the expensive part and independent per issue: do it in parallel, merge in order.
        List<List<Link>> perIssue =
                issues.parallelStream().map(i -> links(i, canonicalizer)).toList();
        Map<String, List<Occurrence>> byCanonical = new HashMap<>(150_000);
        Map<String, Integer> issueCounts = new HashMap<>(150_000);
        Map<String, List<LooseMatch>> byLooseKey = new HashMap<>(100_000);
        List<TitleIndex.Indexed> titled = new ArrayList<>();
        int linkCount = 0;
        for (List<Link> links : perIssue) {
            Set<String> inIssue = new HashSet<>();
            for (Link link : links) {
                linkCount++;
                String key = link.key();
                byCanonical.computeIfAbsent(key, k -> new ArrayList<>()).add(link.occurrence());
                if (inIssue.add(key)) {
                    issueCounts.merge(key, 1, Integer::sum);
                }
                if (link.occurrence().rule() == SectionRule.EDITORIAL) {
                    String loose = sites.looseKey(link.canonical());
                    if (!loose.isEmpty()) {
                        byLooseKey
                                .computeIfAbsent(loose, k -> new ArrayList<>())
                                .add(new LooseMatch(link.occurrence(), key));
                    }
                    if (link.primary()) {
                        titled.add(new TitleIndex.Indexed(link.occurrence(), key));
                    }
                }
            }
        }
        Comparator<Occurrence> newestFirst =
                Comparator.comparing(Occurrence::date).reversed();
        byCanonical.values().forEach(list -> list.sort(newestFirst));
        Set<String> hubs = new HashSet<>();
        issueCounts.forEach((url, count) -> {
            if (count >= HUB_MIN_ISSUES) {
                hubs.add(url);
            }
        });
        return new ArchiveLinkIndex(
                canonicalizer,
                new Boilerplate(canonicalizer, templateUrls),
                byCanonical,
                byLooseKey,
                hubs,
                new TitleIndex(titled),
                new QuoteHistory(issues, canonicalizer),
                generation,
                issues.size(),
                linkCount);
    }

    /** {@code key} is the canonical string, computed once: building it is a good part of the build's cost. */
    private record Link(CanonicalUrl canonical, String key, Occurrence occurrence, boolean primary) {}

    private static List<Link> links(Issue issue, UrlCanonicalizer canonicalizer) {
        List<Link> links = new ArrayList<>();
        for (Entry entry : issue.entries()) {
            Set<String> seen = new HashSet<>();
            List<String> urls = new ArrayList<>();
            urls.add(entry.url());
            urls.addAll(entry.links());
            boolean primary = true;
            for (String url : urls) {
                var canonical = canonicalizer.canonicalize(url);
                if (canonical.isPresent()) {
                    String key = canonical.get().toString();
                    if (seen.add(key)) {
                        links.add(new Link(canonical.get(), key, Occurrence.of(entry, url), primary));
                    }
                }
                primary = false;
            }
        }
        return links;
    }

    UrlCanonicalizer canonicalizer() {
        return canonicalizer;
    }

    /** Whether the link is a template fixture or a recurring hub, never to be reported. */
    boolean isIgnored(String canonical) {
        return isBoilerplate(canonical) || isHub(canonical);
    }

    /** Whether the link is one every issue carries (header, footer, section templates). */
    boolean isBoilerplate(String canonical) {
        return boilerplate.matches(canonical);
    }

    /** Whether the link is in so many issues that it is a recurring fixture rather than something featured. */
    boolean isHub(String canonical) {
        return hubs.contains(canonical);
    }

    /** All occurrences of a canonical URL, newest first. */
    List<Occurrence> occurrences(String canonical) {
        return byCanonical.getOrDefault(canonical, List.of());
    }

    /** Editorial occurrences of the same path on another host of the same site. */
    List<LooseMatch> sameSite(CanonicalUrl canonical) {
        String loose = new KnownSites().looseKey(canonical);
        if (loose.isEmpty()) {
            return List.of();
        }
        String exact = canonical.toString();
        return byLooseKey.getOrDefault(loose, List.of()).stream()
                .filter(m -> !m.canonical().equals(exact))
                .toList();
    }

    List<TitleIndex.Match> similarTitles(
            String title, String canonical, @Nullable Integer draftNumber, @Nullable LocalDate draftDate, int limit) {
        return titles.similar(title, canonical, draftNumber, draftDate, limit);
    }

    QuoteHistory quotes() {
        return quotes;
    }

    /** The archive state this index was built from. */
    public long generation() {
        return generation;
    }

    public int issueCount() {
        return issueCount;
    }

    /** Links indexed (entry URLs and their other links, one per entry and canonical URL). */
    public int linkCount() {
        return linkCount;
    }

    /** Distinct canonical URLs. */
    public int canonicalCount() {
        return byCanonical.size();
    }

    /** Canonical URLs ignored as recurring hubs. */
    public int hubCount() {
        return hubs.size();
    }

    public int titleCount() {
        return titles.size();
    }
}
