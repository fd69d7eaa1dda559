package org.twir.archive.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Person;
import org.twir.archive.model.QuoteOfTheWeek;

/**
 * Reads a Quote of the Week section: the quote (a block quote, or in 2015 a code block), the attribution line
 * ("– [someone on somewhere](url)"), the suggester ("Thanks to ... for the suggestion"). The request for next
 * week's quotes and the sign-off that follow are furniture and never part of the text.
 */
final class QuoteOfTheWeekExtractor {

    /** A quote before the issue's identity is attached. */
    static final class Draft {
        private final StringBuilder text = new StringBuilder();
        private final int line;
        private @Nullable Person author;
        private @Nullable String sourceUrl;
        private @Nullable String attribution;
        private @Nullable Person suggestedBy;
        private final Set<String> links = new LinkedHashSet<>();

        Draft(String text, int line) {
            this.text.append(text);
            this.line = line;
        }

        QuoteOfTheWeek toRecord(IssueRef issue) {
            return new QuoteOfTheWeek(issue, text.toString().strip(), author, sourceUrl, suggestedBy, line);
        }
    }

    /** The section's quotes and their entries. */
    record Result(List<Draft> quotes, List<EntryDraft> entries) {}

    // "– [x](url)", "— x", "-- x", "*— x*": an attribution line.
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*[*_]*\\s*(?:—|–|--|-|~)\\s*(.+)$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^\\W*(thanks|thank you)|\\bfor the (self-)?suggestions?\\b|\\bsuggested by\\b|^\\W*suggested by");
    private static final Pattern INLINE_QUOTE =
            Pattern.compile("(?s)^\\s*([\"“].{10,}[\"”])\\s*[,.]?\\s*(?:-|—|–|--)\\s*(.+)$");
    private static final Pattern NO_QUOTE = Pattern.compile("(?i)^\\W*no quote");

    private final Document document;
    private final LinkLedger ledger;
    private final SectionBlocks section;

    QuoteOfTheWeekExtractor(Document document, LinkLedger ledger, SectionBlocks section) {
        this.document = document;
        this.ledger = ledger;
        this.section = section;
    }

    Result extract(List<Node> blocks) {
        List<Draft> quotes = new ArrayList<>();
        Draft open = null;
        for (Node block : blocks) {
            int line = document.getLineNumber(block.getStartOffset()) + 1;
            if (block instanceof BlockQuote || block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
                InlineText text =
                        InlineText.of(document, block instanceof BlockQuote ? children(block) : List.of(block));
                if (text.text().isEmpty()) {
                    continue;
                }
                if (open != null
                        && open.attribution == null
                        && open.sourceUrl == null
                        && block instanceof BlockQuote
                        && quotes.size() > 0) {
                    // Two block quotes in a row without attribution between: one quote in several paragraphs.
                    open.text.append("\n").append(text.textLines());
                } else {
                    open = new Draft(text.textLines(), line);
                    quotes.add(open);
                }
                for (InlineText.Span s : text.spans()) {
                    open.links.add(s.url());
                }
                continue;
            }
            if (block instanceof HtmlCommentBlock c) {
                EntryExtractor.rawUrls(c.getChars()).forEach(u -> ledger.skip(u, Boilerplate.HTML_COMMENT));
                continue;
            }
            if (block instanceof ListBlock list) {
                // Some weeks write the attribution as a list item: "- [someone on somewhere](url)".
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    InlineText text = InlineText.of(document, item);
                    Optional<Draft> inline = inlineQuote(text, document.getLineNumber(item.getStartOffset()) + 1);
                    if (inline.isPresent()) {
                        open = inline.get();
                        quotes.add(open);
                    } else if (open == null) {
                        continue;
                    } else if (open.attribution == null) {
                        attribute(open, text, text.text());
                    } else {
                        for (InlineText.Span s : text.spans()) {
                            open.links.add(s.url());
                        }
                    }
                }
                continue;
            }
            if (!(block instanceof Paragraph p)) {
                continue;
            }
            InlineText text = InlineText.of(document, p);
            String clean = text.text();
            text.commentUrls().forEach(u -> ledger.skip(u, Boilerplate.HTML_COMMENT));
            Optional<Boilerplate> rule = Boilerplate.forBlock(clean, Category.QUOTE_OF_THE_WEEK, Boilerplate.Zone.BODY)
                    .filter(r -> r != Boilerplate.SUGGESTION_CREDIT);
            if (rule.isPresent()) {
                text.spans().forEach(s -> ledger.skip(s.url(), rule.get()));
                continue;
            }
            if (CREDIT.matcher(clean).find()) {
                credit(text, quotes);
                continue;
            }
            if (NO_QUOTE.matcher(clean).find()) {
                continue;
            }
            Matcher attribution = ATTRIBUTION.matcher(clean);
            if (open != null && open.attribution == null && attribution.matches()) {
                attribute(open, text, attribution.group(1));
                continue;
            }
            if (open != null) {
                // Commentary after the quote ("Quxxy discovers..."): its links stay with the quote.
                for (InlineText.Span s : text.spans()) {
                    open.links.add(s.url());
                }
                continue;
            }
            Optional<Draft> inline = inlineQuote(text, line);
            if (inline.isPresent()) {
                open = inline.get();
                quotes.add(open);
                continue;
            }
            // A quote written as a plain paragraph.
            open = new Draft(clean, line);
            quotes.add(open);
            for (InlineText.Span s : text.spans()) {
                open.links.add(s.url());
            }
        }
        return new Result(quotes, entries(quotes));
    }

    /** 2013-2014: {@code "quote" - [who](url)} in one paragraph or item. */
    private Optional<Draft> inlineQuote(InlineText text, int line) {
        Matcher m = INLINE_QUOTE.matcher(text.raw());
        if (!m.matches()) {
            return Optional.empty();
        }
        Draft quote = new Draft(Texts.clean(m.group(1)).replaceAll("^[\"“]|[\"”]$", ""), line);
        int dash = m.start(2);
        List<InlineText.Span> after =
                text.spans().stream().filter(s -> s.start() >= dash).toList();
        quote.attribution = Texts.clean(m.group(2));
        if (!after.isEmpty()) {
            quote.sourceUrl = after.getFirst().url();
        }
        text.spans().stream().filter(s -> s.start() < dash).forEach(s -> quote.links.add(s.url()));
        String who = after.isEmpty()
                ? quote.attribution
                : text.cleanRange(after.getFirst().start(), after.getFirst().end());
        who = who.replaceAll("(?i)\\s+(on|in|at|via)\\s+.*$", "").strip();
        if (!who.isEmpty()) {
            quote.author = new Person(who, null);
        }
        return Optional.of(quote);
    }

    private static List<Node> children(Node block) {
        List<Node> nodes = new ArrayList<>();
        for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
            nodes.add(c);
        }
        return nodes;
    }

    private void attribute(Draft quote, InlineText text, String rest) {
        quote.attribution = Texts.clean(rest).replaceAll("[*_]+$", "").strip();
        if (!text.spans().isEmpty()) {
            InlineText.Span first = text.spans().getFirst();
            quote.sourceUrl = first.url();
            text.spans().stream().skip(1).forEach(s -> quote.links.add(s.url()));
        }
        String who = quote.attribution
                .replaceAll("(?i)\\s+(on|in|at|via)\\s+.*$", "")
                .replaceFirst("^[/@]?u/", "")
                .replaceAll("[.!,]+$", "")
                .strip();
        if (!who.isEmpty()) {
            quote.author = new Person(who, null);
        }
    }

    private void credit(InlineText text, List<Draft> quotes) {
        List<Person> people = new ArrayList<>();
        for (InlineText.Span s : text.spans()) {
            ledger.skip(s.url(), Boilerplate.SUGGESTION_CREDIT);
            String name = text.cleanRange(s.start(), s.end());
            if (!name.isBlank()) {
                people.add(new Person(name, s.url()));
            }
        }
        if (people.isEmpty()) {
            Matcher m = Pattern.compile(
                            "(?i)(?:thanks|thank you)(?: go(?:es)?)?(?: to)?\\s+(.{1,60}?)\\s+(?:for|who)\\b")
                    .matcher(text.text());
            if (m.find()) {
                people.add(new Person(m.group(1).strip(), null));
            }
        }
        if (people.isEmpty()) {
            return;
        }
        for (Draft q : quotes) {
            if (q.suggestedBy == null) {
                q.suggestedBy = people.getFirst();
            }
        }
    }

    private List<EntryDraft> entries(List<Draft> quotes) {
        List<EntryDraft> entries = new ArrayList<>();
        for (Draft q : quotes) {
            String url = q.sourceUrl;
            List<String> links = new ArrayList<>(q.links);
            if (url == null && !links.isEmpty()) {
                url = links.removeFirst();
            }
            if (url == null) {
                continue;
            }
            links.remove(url);
            String title = q.attribution != null && !q.attribution.isBlank()
                    ? q.attribution
                    : Texts.shorten(q.text.toString().strip(), 120);
            entries.add(new EntryDraft(
                    q.line,
                    title,
                    url,
                    section.path(),
                    Category.QUOTE_OF_THE_WEEK,
                    EntryKind.QUOTE,
                    List.of(),
                    Texts.clean(q.text),
                    links,
                    null,
                    null));
        }
        return entries;
    }
}
