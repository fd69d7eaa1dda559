package org.twir.archive.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Category;
import org.twir.archive.model.CrateOfTheWeek;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.FeaturedCrate;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Person;
import org.twir.archive.model.WebUrls;

/**
 * Reads a Crate of the Week section: "This week's crate is [x](url), a ...", its narrative variants ("Our crate
 * of the week is", "this week we have two crates", crates in a list), the suggesters after "Thanks to", and the
 * weeks without a crate ("Sadly, no nominations"). Each crate is also an entry of kind crate-of-the-week.
 */
final class CrateOfTheWeekExtractor {

    /** What the section yields: the week's record (null if it names nothing), its entries, unhandled blocks. */
    record Result(@Nullable CrateOfTheWeekDraft crate, List<EntryDraft> entries, List<Node> others) {}

    /** The crates and suggesters before the issue's identity is attached. */
    record CrateOfTheWeekDraft(List<FeaturedCrate> crates, List<Person> suggestedBy, int line) {

        CrateOfTheWeek toRecord(IssueRef issue) {
            return new CrateOfTheWeek(issue, crates, suggestedBy, crates.isEmpty(), line);
        }
    }

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(thanks|thank you)( go(es)?)?( to)?\\b|\\bsuggested by\\b|\\bnominated by\\b|\\bsuggestions? (came )?from\\b");
    private static final Pattern NO_CRATE = Pattern.compile("(?i)no (crate|nominations?|suggestions?|votes)\\b"
            + "|without a crate|go without|lack of (suggestions|nominations|votes)|no crate was"
            + "|don't have a crate|do not have a crate|not? crates? (was|were) (selected|nominated|chosen)"
            + "|no one (suggested|nominated|voted)|nobody (suggested|nominated)|for lack of|lack of a crate"
            + "|no crate of the week|without (a )?(crate|nominations)");
    private static final Pattern JOINER = Pattern.compile("(?i)(^|,|\\band|&|\\bplus|as well as|\\bor)\\s*$");
    private static final Pattern CRATE_SHAPED = Pattern.compile("[\\p{L}\\p{N}_.\\-µ]+(\\s?[\\p{L}\\p{N}_.\\-]+)?");
    private static final Set<String> CRATE_HOSTS = Set.of(
            "crates.io",
            "docs.rs",
            "lib.rs",
            "github.com",
            "gitlab.com",
            "codeberg.org",
            "sr.ht",
            "git.sr.ht",
            "bitbucket.org");
    private static final Pattern PERSON_URL =
            Pattern.compile("(?i)^https?://(www\\.)?(users\\.rust-lang\\.org/u(sers)?/"
                    + "|reddit\\.com/u(ser)?/|twitter\\.com/|x\\.com/|mastodon|github\\.com/[^/]+/?$"
                    + "|users\\.rust-lang\\.org/t/crate-of-the-week/)");

    private final Document document;
    private final LinkLedger ledger;
    private final SectionBlocks section;

    CrateOfTheWeekExtractor(Document document, LinkLedger ledger, SectionBlocks section) {
        this.document = document;
        this.ledger = ledger;
        this.section = section;
    }

    Result extract(List<Node> blocks) {
        List<Node> others = new ArrayList<>();
        List<Units.Unit> units = Units.of(document, blocks, ledger, others);
        List<FeaturedCrate> crates = new ArrayList<>();
        List<Integer> crateLines = new ArrayList<>();
        List<Person> suggesters = new ArrayList<>();
        Set<String> extraLinks = new LinkedHashSet<>();
        StringBuilder allText = new StringBuilder();
        boolean announcing = true;
        for (Units.Unit unit : units) {
            InlineText text = unit.text();
            String clean = text.text();
            allText.append(clean).append('\n');
            text.commentUrls().forEach(u -> ledger.skip(u, Boilerplate.HTML_COMMENT));
            Optional<Boilerplate> blockRule = Boilerplate.forBlock(
                            clean, Category.CRATE_OF_THE_WEEK, Boilerplate.Zone.BODY)
                    .filter(r -> r != Boilerplate.SUGGESTION_CREDIT);
            if (blockRule.isPresent()) {
                text.spans().forEach(s -> ledger.skip(s.url(), blockRule.get()));
                continue;
            }
            int creditAt = creditStart(text.raw());
            int cratesBefore = crates.size();
            int previousEnd = 0;
            for (InlineText.Span s : text.spans()) {
                String linkText = text.cleanRange(s.start(), s.end());
                Optional<Boilerplate> linkRule = Boilerplate.forLink(s.url(), linkText);
                if (linkRule.isPresent()) {
                    ledger.skip(s.url(), linkRule.get());
                } else if (s.start() >= creditAt || isPersonLink(s.url()) && s.start() > creditAt - 40) {
                    suggesters.add(new Person(personName(linkText, s.url()), s.url()));
                    ledger.skip(s.url(), Boilerplate.SUGGESTION_CREDIT);
                } else if (announcing && isCrate(text, s, linkText, previousEnd, crates.size() == cratesBefore)) {
                    crates.add(crate(text, s, linkText));
                    crateLines.add(s.line());
                } else {
                    extraLinks.add(s.url());
                }
                previousEnd = s.end();
            }
            if (creditAt < text.raw().length() && text.spans().stream().noneMatch(s -> s.start() >= creditAt)) {
                plainSuggester(text.raw().substring(creditAt)).ifPresent(suggesters::add);
            }
            // Crates come in the first paragraph that names one and in a list that directly follows it.
            if (crates.size() > cratesBefore
                    && !unit.listItem()
                    && !clean.strip().endsWith(":")) {
                announcing = false;
            }
        }
        List<EntryDraft> entries = new ArrayList<>();
        for (int i = 0; i < crates.size(); i++) {
            FeaturedCrate c = crates.get(i);
            entries.add(new EntryDraft(
                    crateLines.get(i),
                    c.name(),
                    c.url(),
                    section.path(),
                    Category.CRATE_OF_THE_WEEK,
                    EntryKind.CRATE_OF_THE_WEEK,
                    List.of(),
                    c.description(),
                    i == 0 ? List.copyOf(extraLinks) : List.of(),
                    null,
                    null));
        }
        int line = units.isEmpty()
                ? 0
                : document.getLineNumber(units.getFirst().node().getStartOffset()) + 1;
        CrateOfTheWeekDraft week = null;
        if (!crates.isEmpty()) {
            week = new CrateOfTheWeekDraft(crates, dedupe(suggesters), crateLines.getFirst());
        } else if (NO_CRATE.matcher(allText).find()) {
            week = new CrateOfTheWeekDraft(List.of(), dedupe(suggesters), line);
        } else if (!extraLinks.isEmpty()) {
            // Links that are neither crates nor credits still belong to the issue's entries.
            entries.addAll(generic(units));
        }
        return new Result(week, entries, others);
    }

    private List<EntryDraft> generic(List<Units.Unit> units) {
        List<EntryDraft> out = new ArrayList<>();
        List<SectionBlocks.Block> blocks = units.stream()
                .map(u -> new SectionBlocks.Block(u.node(), Boilerplate.Zone.BODY))
                .toList();
        // Nothing was recorded in the ledger for these links yet (they were "extra"), so a fresh pass is exact.
        new EntryExtractor(
                        document,
                        new LinkLedger(),
                        new SectionBlocks(section.headings(), Category.OTHER, blocks),
                        new EventDetails(java.time.LocalDate.EPOCH),
                        out)
                .extract();
        return out;
    }

    private static int creditStart(String raw) {
        Matcher m = CREDIT.matcher(raw);
        return m.find() ? m.start() : raw.length();
    }

    private static boolean isPersonLink(String url) {
        return PERSON_URL.matcher(url).find();
    }

    private static boolean isCrate(
            InlineText text, InlineText.Span s, String linkText, int previousEnd, boolean firstInUnit) {
        String name = crateName(linkText);
        if (name.isEmpty() || isPersonLink(s.url())) {
            return false;
        }
        boolean shaped = CRATE_SHAPED.matcher(name).matches();
        boolean crateHost = CRATE_HOSTS.contains(WebUrls.domain(s.url()));
        if (firstInUnit) {
            return shaped || crateHost;
        }
        String between = text.cleanRange(previousEnd, s.start());
        // A second crate follows a joiner ("..., and [b](...)"); "a crate to call [Julia](...)" is prose.
        return JOINER.matcher(between).find() && (shaped && crateHost || shaped && between.length() > 3);
    }

    private FeaturedCrate crate(InlineText text, InlineText.Span s, String linkText) {
        String name = crateName(linkText);
        String rest = text.raw().substring(s.end());
        int cut = rest.length();
        Matcher credit = CREDIT.matcher(rest);
        if (credit.find()) {
            cut = credit.start();
        }
        for (InlineText.Span next : text.spans()) {
            if (next.start() >= s.end() && next.start() - s.end() < cut) {
                String between = text.cleanRange(s.end(), next.start());
                if (JOINER.matcher(between).find()) {
                    cut = next.start() - s.end();
                    break;
                }
            }
        }
        String description = Texts.clean(rest.substring(0, cut));
        description = Texts.trimLeadingPunctuation(description)
                .replaceAll("(?i)[,;]?\\s*(and|&)?\\s*$", "")
                .strip();
        int dot = description.indexOf(". ");
        if (dot > 0) {
            description = description.substring(0, dot + 1);
        }
        return new FeaturedCrate(crateId(name, s.url()), name, s.url(), description);
    }

    static String crateName(String linkText) {
        return Tags.strip(linkText).replace("`", "").strip();
    }

    /**
     * The crate's identity across weeks: its name folded (lower case, {@code _} as {@code -}), or the last path
     * segment of a crates.io, docs.rs, lib.rs or repository URL when the link text is not a crate name.
     */
    static String crateId(String name, String url) {
        if (CRATE_SHAPED.matcher(name).matches() && !name.contains(" ")) {
            return fold(name);
        }
        Matcher m = Pattern.compile("(?i)^https?://(?:www\\.)?(?:crates\\.io/crates/|docs\\.rs/(?:crate/)?"
                        + "|lib\\.rs/(?:crates/)?|[^/]+/[^/]+/)([A-Za-z0-9_.-]+)")
                .matcher(url);
        if (m.find()) {
            return fold(m.group(1));
        }
        return fold(name.replace(' ', '-'));
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String personName(String linkText, String url) {
        String name = Texts.clean(linkText).replaceFirst("^[/@]?u/", "").strip();
        return name.isEmpty() ? url : name;
    }

    private static Optional<Person> plainSuggester(String credit) {
        Matcher m = Pattern.compile("(?i)(?:thanks|thank you)(?: go(?:es)?)?(?: to)?\\s+(.{1,60}?)\\s+(?:for|who)\\b")
                .matcher(Texts.clean(credit));
        if (m.find()
                && !m.group(1).isBlank()
                && !m.group(1).toLowerCase(Locale.ROOT).startsWith("everyone")) {
            return Optional.of(new Person(m.group(1).strip(), null));
        }
        return Optional.empty();
    }

    private static List<Person> dedupe(List<Person> people) {
        return List.copyOf(new LinkedHashSet<>(people));
    }
}
