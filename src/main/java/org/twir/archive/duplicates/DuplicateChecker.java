package org.twir.archive.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Event;
import org.twir.archive.model.Issue;

/**
 * The editors' duplicate check: compares a draft's links (or a list of URLs) with every earlier issue of an
 * {@link ArchiveLinkIndex}. Issues with the draft's number or dated on/after it are ignored, so re-checking a
 * published issue never matches itself. The rules per section are those of {@link SectionRule}. Thread safe.
 */
public final class DuplicateChecker {

    /** The score given to the same path on another host of the same site. */
    static final double SAME_SITE_SCORE = 0.9;

    private static final int MAX_SIMILAR = 3;

    private final ArchiveLinkIndex index;

    public DuplicateChecker(ArchiveLinkIndex index) {
        this.index = Objects.requireNonNull(index, "index must not be null");
    }

    public ArchiveLinkIndex index() {
        return index;
    }

    /** Checks a parsed draft (or a published issue, against the issues before it). */
    public DuplicateReport check(Issue draft) {
        Objects.requireNonNull(draft, "draft must not be null");
        List<DraftLink> links = new ArrayList<>();
        for (Entry entry : draft.entries()) {
            links.addAll(draftLinks(entry));
        }
        Integer number = draft.ref().number();
        LocalDate date = draft.ref().date();
        List<Finding> findings = check(links, number, date);
        List<Finding> sourceRepeats = findings.stream()
                .filter(f -> f.rule() == FindingRule.QUOTE_SOURCE_BEFORE)
                .toList();
        findings.addAll(QuoteChecks.check(draft, index, number, date, sourceRepeats));
        return report(findings);
    }

    /** Checks bare URLs as if they were community links of a draft after every issue; no lines or titles. */
    public DuplicateReport checkUrls(List<String> urls) {
        Objects.requireNonNull(urls, "urls must not be null");
        List<DraftLink> links = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            int entry = i;
            index.canonicalizer()
                    .canonicalize(url)
                    .ifPresent(c -> links.add(
                            new DraftLink(url, c, 0, null, SectionRule.EDITORIAL, "", entry, true, null, null)));
        }
        return report(check(links, null, null));
    }

    /** Where a link was featured, in any section and issue, newest first; any string is accepted. */
    public UrlLookup lookup(String url) {
        UrlCanonicalizer.Explained explained = index.canonicalizer().explain(url);
        List<Previous> occurrences = explained.link()
                ? index.occurrences(explained.canonical()).stream()
                        .map(Occurrence::toPrevious)
                        .toList()
                : List.of();
        return new UrlLookup(
                url,
                explained.link() ? explained.canonical() : null,
                !occurrences.isEmpty(),
                occurrences,
                explained.note());
    }

    private List<DraftLink> draftLinks(Entry entry) {
        SectionRule rule = SectionRule.of(entry.category(), entry.kind());
        Event event = entry.event();
        LocalDate eventDay = event == null ? null : Objects.requireNonNullElse(event.endDate(), event.date());
        String group = event == null || event.groupUrl() == null
                ? null
                : index.canonicalizer().canonicalString(event.groupUrl()).orElse(null);
        List<DraftLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> urls = new ArrayList<>();
        urls.add(entry.url());
        urls.addAll(entry.links());
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            Optional<CanonicalUrl> canonical = index.canonicalizer().canonicalize(url);
            if (canonical.isPresent() && seen.add(canonical.get().toString())) {
                links.add(new DraftLink(
                        url,
                        canonical.get(),
                        entry.line(),
                        entry.title(),
                        rule,
                        Occurrence.sectionLabel(entry),
                        entry.position(),
                        i == 0,
                        eventDay,
                        group));
            }
        }
        return links;
    }

    private List<Finding> check(List<DraftLink> all, @Nullable Integer number, @Nullable LocalDate date) {
        // A conference or a long-announced meetup is listed for many weeks, which makes its link a hub; within
        // one draft and against the draft's date it is still one event, so events keep their hubs.
        List<DraftLink> links = all.stream()
                .filter(l -> !index.isBoilerplate(l.key()) && (l.rule() == SectionRule.EVENT || !index.isHub(l.key())))
                .toList();
        List<Finding> findings = new ArrayList<>();
        Set<Integer> repeatedEvents = new HashSet<>();
        findings.addAll(repeated(links, repeatedEvents));
        findings.addAll(EventChecks.sameEventTwoLinks(links, repeatedEvents));
        Set<String> reported = new HashSet<>();
        for (DraftLink link : links) {
            // An event link listed for two days is two listings: one of them may be the stale one.
            String day = link.rule() == SectionRule.EVENT ? " " + link.eventDay() : "";
            if (!reported.add(link.rule() + " " + link.key() + day)) {
                continue;
            }
            switch (link.rule()) {
                case EDITORIAL, CRATE, QUOTE, TRIAGE ->
                    editorial(link, number, date).ifPresent(findings::add);
                case EVENT ->
                    EventChecks.past(link, earlier(link, number, date), date).ifPresent(findings::add);
                case EVENT_CFP -> eventCfp(link, number, date).ifPresent(findings::add);
                case RECURRING -> {
                    // Repeats across issues are expected here; only repeats within the draft count (above).
                }
            }
        }
        return findings;
    }

    private static DuplicateReport report(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> f.line() == null ? 0 : f.line())
                .thenComparing(Finding::kind));
        return new DuplicateReport(sorted);
    }

    /** The same link twice in one draft; {@code eventEntries} receives the event entries reported. */
    private static List<Finding> repeated(List<DraftLink> links, Set<Integer> eventEntries) {
        Map<String, List<DraftLink>> groups = new LinkedHashMap<>();
        for (DraftLink link : links) {
            // An event is its own link; the group's page is shared by the group's other events that day.
            String group = link.repeatGroup();
            if (group == null || link.rule() == SectionRule.EVENT && !link.primary()) {
                continue;
            }
            groups.computeIfAbsent(link.key() + " " + group, k -> new ArrayList<>())
                    .add(link);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<DraftLink> group : groups.values()) {
            Set<Integer> entries = new LinkedHashSet<>();
            group.forEach(l -> entries.add(l.entry()));
            if (entries.size() < 2) {
                continue;
            }
            TreeSet<Integer> lines = new TreeSet<>();
            group.forEach(l -> lines.add(l.line()));
            DraftLink first = group.getFirst();
            DraftLink second = group.get(1);
            boolean event = first.rule() == SectionRule.EVENT;
            if (event) {
                eventEntries.addAll(entries);
            }
            Set<String> sections = new LinkedHashSet<>();
            group.forEach(l -> sections.add(l.section()));
            findings.add(Finding.of(
                    event ? FindingRule.EVENT_TWICE : FindingRule.LINK_TWICE,
                    second.url(),
                    first.key(),
                    second.lineOrNull(),
                    second.title(),
                    List.of(),
                    null,
                    List.copyOf(lines),
                    event && sections.size() > 1 ? "listed under " + String.join(" and ", sections) : null));
        }
        return findings;
    }

    /** Earlier occurrences of the link, one per issue, in any section. */
    private List<Previous> earlier(DraftLink link, @Nullable Integer number, @Nullable LocalDate date) {
        return onePerIssue(index.occurrences(link.key()).stream().filter(o -> o.isBefore(number, date)));
    }

    private Optional<Finding> editorial(DraftLink link, @Nullable Integer number, @Nullable LocalDate date) {
        List<Previous> previous = onePerIssue(index.occurrences(link.key()).stream()
                .filter(o -> link.rule().comparesWith(o.rule()) && o.isBefore(number, date)));
        if (!previous.isEmpty()) {
            FindingRule rule = switch (link.rule()) {
                case CRATE -> FindingRule.CRATE_CHOSEN_BEFORE;
                case QUOTE -> FindingRule.QUOTE_SOURCE_BEFORE;
                case TRIAGE -> FindingRule.TRIAGE_LISTED_BEFORE;
                default -> FindingRule.FEATURED_BEFORE;
            };
            return Optional.of(Finding.of(
                    rule, link.url(), link.key(), link.lineOrNull(), link.title(), previous, null, null, null));
        }
        if (!link.primary() || link.rule() != SectionRule.EDITORIAL) {
            return Optional.empty();
        }
        return possible(link, number, date);
    }

    /** An event's call for proposals listed before: allowed until its deadline, so only a warning. */
    private Optional<Finding> eventCfp(DraftLink link, @Nullable Integer number, @Nullable LocalDate date) {
        if (!link.primary()) {
            return Optional.empty();
        }
        List<Previous> previous = earlier(link, number, date);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(
                FindingRule.EVENT_CFP_BEFORE,
                link.url(),
                link.key(),
                link.lineOrNull(),
                link.title(),
                previous,
                1.0,
                null,
                "listed in " + previous.getFirst().describe()));
    }

    /** The same path on another host of the same site, or a near-identical earlier title. */
    private Optional<Finding> possible(DraftLink link, @Nullable Integer number, @Nullable LocalDate date) {
        Map<String, Previous> found = new LinkedHashMap<>();
        double score = 0;
        List<String> reasons = new ArrayList<>();
        FindingRule rule = FindingRule.SIMILAR_TITLE;
        for (ArchiveLinkIndex.LooseMatch match : index.sameSite(link.canonical())) {
            if (match.occurrence().isBefore(number, date) && found.size() < MAX_SIMILAR) {
                found.putIfAbsent(match.canonical(), match.occurrence().toPrevious());
                score = SAME_SITE_SCORE;
            }
        }
        if (!found.isEmpty()) {
            reasons.add("same page on another host of the site");
            rule = FindingRule.SAME_PAGE_OTHER_HOST;
        }
        if (link.title() != null) {
            List<TitleIndex.Match> similar = index.similarTitles(link.title(), link.key(), number, date, MAX_SIMILAR);
            for (TitleIndex.Match match : similar) {
                found.putIfAbsent(match.canonical(), match.occurrence().toPrevious());
                score = Math.max(score, match.score());
            }
            if (!similar.isEmpty()) {
                reasons.add("near-identical title");
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(
                rule,
                link.url(),
                link.key(),
                link.lineOrNull(),
                link.title(),
                List.copyOf(found.values()),
                round(score),
                null,
                String.join("; ", reasons)));
    }

    /** The first occurrence in each issue: an issue that linked it twice is still one earlier issue. */
    static List<Previous> onePerIssue(Stream<Occurrence> occurrences) {
        Set<String> issues = new HashSet<>();
        return occurrences
                .filter(o -> issues.add(o.issueUrl()))
                .map(Occurrence::toPrevious)
                .toList();
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
