package org.twir.archive.cotw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.model.WebUrls;

/**
 * The archive entries, besides its Crate of the Week weeks, that point at one crate: those linking to its
 * crates.io, docs.rs or lib.rs page or to a repository it was featured with, and those naming it in their title
 * or description as a whole word. Linking entries come first, then naming ones, each newest first.
 */
public final class CrateMentions {

    /** A mention by a link to the crate. */
    static final String VIA_LINK = "link";

    /** A mention by the crate's name in the text. */
    static final String VIA_NAME = "name";

    /**
     * One entry that mentions the crate.
     *
     * @param issueId the id of its issue for {@code /api/issues/{id}}
     * @param via {@code link} (it links to the crate) or {@code name} (it names the crate)
     */
    public record Mention(
            String title,
            String url,
            @Nullable Integer issue,
            String issueId,
            LocalDate date,
            String category,
            String description,
            String via) {}

    /** The first {@code limit} mentions and how many there are of each kind. */
    public record Mentions(int linking, int naming, List<Mention> entries) {

        public Mentions {
            entries = List.copyOf(entries);
        }
    }

    /** Repository hosts whose first two path segments name one project. */
    private static final Set<String> FORGES = Set.of("github.com", "gitlab.com", "codeberg.org", "sr.ht", "git.sr.ht");

    private final Pattern linkPattern;
    private final Pattern namePattern;
    /** Folded text that every link or name the patterns match contains: a cheap test before the patterns. */
    private final List<String> needles;

    private CrateMentions(Pattern linkPattern, Pattern namePattern, List<String> needles) {
        this.linkPattern = linkPattern;
        this.namePattern = namePattern;
        this.needles = needles;
    }

    /** The matcher for one crate's history (its id, newest name and every URL it was featured with). */
    public static CrateMentions of(CrateHistory crate) {
        Set<String> homes = new LinkedHashSet<>();
        Set<String> needles = new LinkedHashSet<>(List.of(folded(crate.id()), folded(crate.name())));
        String id = separatorsAlike(crate.id());
        homes.add("crates\\.io/crates/" + id);
        homes.add("docs\\.rs/(?:crate/)?" + id);
        homes.add("lib\\.rs/(?:crates/)?" + id);
        crate.weeks().stream()
                .flatMap(w -> w.crates().stream())
                .filter(c ->
                        CrateOfTheWeekHistory.identityKey(c.id()).equals(CrateOfTheWeekHistory.identityKey(crate.id())))
                .map(c -> repository(c.url()))
                .filter(r -> !r.isEmpty())
                .forEach(r -> {
                    homes.add(Pattern.quote(r));
                    needles.add(folded(r));
                });
        Pattern link = Pattern.compile(
                "^https?://(?:www\\.)?(?:" + String.join("|", homes) + ")(?:[/?#].*)?$", Pattern.CASE_INSENSITIVE);
        Set<String> names = new LinkedHashSet<>(List.of(crate.name(), crate.id()));
        String alternatives = String.join(
                "|", names.stream().map(CrateMentions::separatorsAlike).toList());
        Pattern name = Pattern.compile(
                "(?<![\\p{L}\\p{N}_-])(?:" + alternatives + ")(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new CrateMentions(link, name, List.copyOf(needles));
    }

    /** Lower case with {@code _} as {@code -}: how the needles and the text they are looked for in compare. */
    private static String folded(String text) {
        return text.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether {@code text} contains a needle, ignoring case and taking {@code _} for {@code -}, without copying
     * the text: the whole archive is scanned per crate, and the patterns cost ten times more.
     */
    private boolean mayMention(String text) {
        for (String needle : needles) {
            int last = text.length() - needle.length();
            for (int i = 0; i <= last; i++) {
                if (matchesAt(text, i, needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, String needle) {
        for (int j = 0; j < needle.length(); j++) {
            char c = Character.toLowerCase(text.charAt(at + j));
            if ((c == '_' ? '-' : c) != needle.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** A pattern for a crate name in which {@code -} and {@code _} stand for each other, as cargo has them. */
    private static String separatorsAlike(String name) {
        return String.join(
                "[-_]", Stream.of(name.split("[-_]", -1)).map(Pattern::quote).toList());
    }

    /**
     * The project part of a featured link, lower case, without scheme and {@code www.}: the repository on a forge
     * ({@code github.com/owner/repo}), else the link without query and fragment (a project's own site); empty for
     * crate registries (matched by id) and links that name no project.
     */
    static String repository(String url) {
        String rest = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(?:www\\.)?", "");
        if (rest.equals(url.strip().toLowerCase(Locale.ROOT))) {
            return "";
        }
        String[] parts = rest.split("[/?#]");
        if (parts.length == 0 || Stream.of("crates.io", "docs.rs", "lib.rs").anyMatch(parts[0]::equals)) {
            return "";
        }
        if (FORGES.contains(parts[0])) {
            return parts.length >= 3 && !parts[2].isEmpty() ? parts[0] + "/" + parts[1] + "/" + parts[2] : "";
        }
        return rest.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
    }

    /** The mentions in {@code snapshot}, at most {@code limit} of them listed. */
    public Mentions find(ArchiveSnapshot snapshot, int limit) {
        List<Mention> linking = new ArrayList<>();
        List<Mention> naming = new ArrayList<>();
        for (Issue issue : snapshot.issues()) {
            for (Entry entry : issue.entries()) {
                if (entry.category() == Category.CRATE_OF_THE_WEEK) {
                    continue;
                }
                if (links(entry)) {
                    linking.add(mention(entry, VIA_LINK));
                } else if ((mayMention(entry.title())
                                && namePattern.matcher(entry.title()).find())
                        || (mayMention(entry.description())
                                && namePattern.matcher(entry.description()).find())) {
                    naming.add(mention(entry, VIA_NAME));
                }
            }
        }
        List<Mention> shown =
                Stream.concat(linking.stream(), naming.stream()).limit(limit).toList();
        return new Mentions(linking.size(), naming.size(), shown);
    }

    private boolean links(Entry entry) {
        return (mayMention(entry.url()) && linkPattern.matcher(entry.url()).matches())
                || entry.links().stream()
                        .anyMatch(l -> mayMention(l) && linkPattern.matcher(l).matches());
    }

    private static Mention mention(Entry entry, String via) {
        return new Mention(
                entry.title(),
                WebUrls.httpOrEmpty(entry.url()),
                entry.issue().number(),
                entry.issue().id(),
                entry.issue().date(),
                entry.category().path(),
                entry.description(),
                via);
    }
}
