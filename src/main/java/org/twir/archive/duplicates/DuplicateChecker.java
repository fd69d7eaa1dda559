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
        return check(links, draft.ref().number(), draft.ref().date());
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
                    .ifPresent(c ->
                            links.add(new DraftLink(url, c, 0, null, SectionRule.EDITORIAL, "", entry, true, null)));
        }
        return check(links, null, null);
    }

    /** Where a link was featured, in any section and issue, newest first. */
    public UrlLookup lookup(String url) {
        Optional<CanonicalUrl> canonical = index.canonicalizer().canonicalize(url);
        List<Previous> occurrences = canonical
                .map(c -> index.occurrences(c.toString()).stream()
                        .map(Occurrence::toPrevious)
                        .toList())
                .orElse(List.of());
        return new UrlLookup(
                url, canonical.map(CanonicalUrl::toString).orElse(null), !occurrences.isEmpty(), occurrences);
    }

    /** One link of the draft: an entry's URL ({@code primary}) or one of its other links. */
    private record DraftLink(
            String url,
            CanonicalUrl canonical,
            int line,
            @Nullable String title,
            SectionRule rule,
            String section,
            int entry,
            boolean primary,
            @Nullable LocalDate eventDay) {

        String key() {
            return canonical.toString();
        }

        /** Links with the same canonical URL and group conflict within one draft. */
        String repeatGroup() {
            return switch (rule) {
                case EDITORIAL, CRATE, QUOTE -> rule.name();
                case RECURRING -> "section:" + section;
                // A hybrid event is listed under "Virtual" and under its region: only one heading counts.
                case EVENT -> "event:" + eventDay + ":" + section;
            };
        }
    }

    private List<DraftLink> draftLinks(Entry entry) {
        SectionRule rule = SectionRule.of(entry.category(), entry.kind());
        LocalDate eventDay = entry.event() == null
                ? null
                : Objects.requireNonNullElse(
                        entry.event().endDate(), entry.event().date());
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
                        eventDay));
            }
        }
        return links;
    }

    private DuplicateReport check(List<DraftLink> all, @Nullable Integer number, @Nullable LocalDate date) {
        List<DraftLink> links =
                all.stream().filter(l -> !index.isIgnored(l.key())).toList();
        List<Finding> findings = new ArrayList<>(repeated(links));
        Set<String> reported = new HashSet<>();
        for (DraftLink link : links) {
            if (!reported.add(link.rule() + " " + link.key())) {
                continue;
            }
            switch (link.rule()) {
                case EDITORIAL, CRATE, QUOTE -> editorial(link, number, date).ifPresent(findings::add);
                case EVENT -> pastEvent(link, number, date).ifPresent(findings::add);
                case RECURRING -> {
                    // Repeats across issues are expected here; only repeats within the draft count (above).
                }
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.line() == null ? 0 : f.line())
                .thenComparing(Finding::kind));
        return new DuplicateReport(findings);
    }

    private static List<Finding> repeated(List<DraftLink> links) {
        Map<String, List<DraftLink>> groups = new LinkedHashMap<>();
        for (DraftLink link : links) {
            // An event is its own link; the group's page is shared by the group's other events that day.
            if (link.rule() == SectionRule.EVENT && !link.primary()) {
                continue;
            }
            groups.computeIfAbsent(link.key() + " " + link.repeatGroup(), k -> new ArrayList<>())
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
            findings.add(new Finding(
                    FindingKind.REPEATED_IN_DRAFT,
                    second.url(),
                    first.key(),
                    lineOrNull(second.line()),
                    second.title(),
                    List.of(),
                    null,
                    List.copyOf(lines),
                    null,
                    null));
        }
        return findings;
    }

    private Optional<Finding> editorial(DraftLink link, @Nullable Integer number, @Nullable LocalDate date) {
        List<Previous> previous = onePerIssue(index.occurrences(link.key()).stream()
                .filter(o -> link.rule().comparesWith(o.rule()) && o.isBefore(number, date)));
        if (!previous.isEmpty()) {
            return Optional.of(duplicate(link, previous, null));
        }
        if (!link.primary() || link.rule() != SectionRule.EDITORIAL) {
            return Optional.empty();
        }
        return possible(link, number, date);
    }

    /** The same path on another host of the same site, or a near-identical earlier title. */
    private Optional<Finding> possible(DraftLink link, @Nullable Integer number, @Nullable LocalDate date) {
        Map<String, Previous> found = new LinkedHashMap<>();
        double score = 0;
        List<String> reasons = new ArrayList<>();
        for (ArchiveLinkIndex.LooseMatch match : index.sameSite(link.canonical())) {
            if (match.occurrence().isBefore(number, date) && found.size() < MAX_SIMILAR) {
                found.putIfAbsent(match.canonical(), match.occurrence().toPrevious());
                score = SAME_SITE_SCORE;
            }
        }
        if (!found.isEmpty()) {
            reasons.add("same page on another host of the site");
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
        return Optional.of(new Finding(
                FindingKind.POSSIBLE_DUPLICATE,
                link.url(),
                link.key(),
                lineOrNull(link.line()),
                link.title(),
                List.copyOf(found.values()),
                round(score),
                null,
                String.join("; ", reasons),
                null));
    }

    /** An event already over on the draft's date that an earlier issue listed: carried over by mistake. */
    private Optional<Finding> pastEvent(DraftLink link, @Nullable Integer number, @Nullable LocalDate date) {
        // Only the event's own link: the group's page is shared by its future events too.
        if (!link.primary()
                || link.eventDay() == null
                || date == null
                || !link.eventDay().isBefore(date)) {
            return Optional.empty();
        }
        List<Previous> previous =
                onePerIssue(index.occurrences(link.key()).stream().filter(o -> o.isBefore(number, date)));
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(duplicate(link, previous, "event on " + link.eventDay() + " is already past"));
    }

    /** The first occurrence in each issue: an issue that linked it twice is still one earlier issue. */
    private static List<Previous> onePerIssue(Stream<Occurrence> occurrences) {
        Set<String> issues = new HashSet<>();
        return occurrences
                .filter(o -> issues.add(o.issueUrl()))
                .map(Occurrence::toPrevious)
                .toList();
    }

    private static @Nullable Integer lineOrNull(int line) {
        return line > 0 ? line : null;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    /** A {@code duplicate} finding for a draft link seen in earlier issues; {@code reason} qualifies it. */
    private static Finding duplicate(DraftLink link, List<Previous> previous, @Nullable String reason) {
        return new Finding(
                FindingKind.DUPLICATE,
                link.url(),
                link.key(),
                lineOrNull(link.line()),
                link.title(),
                previous,
                null,
                null,
                reason,
                null);
    }
}
