package org.twir.archive.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.twir.archive.model.CallForParticipation;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Event;

/**
 * Turns the blocks of an ordinary section into entries: one per list item, paragraph or table row that has a
 * link, the first link being the entry and the others its {@code links}. Events and calls for participation
 * get their details on the way.
 */
final class EntryExtractor {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]*\\]");
    private static final Pattern LEADING_MARKS = Pattern.compile("[\\s*_~>•·\\-–—:|]+");
    private static final Pattern CFP_TITLE = Pattern.compile("^(.{1,60}?)\\s*(?::| - | – | — )\\s*(.+)$");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    private final Document document;
    private final LinkLedger ledger;
    private final SectionBlocks section;
    private final List<EntryDraft> out;
    private final EventDetails events;

    EntryExtractor(
            Document document, LinkLedger ledger, SectionBlocks section, EventDetails events, List<EntryDraft> out) {
        this.document = document;
        this.ledger = ledger;
        this.section = section;
        this.events = events;
        this.out = out;
    }

    void extract() {
        for (SectionBlocks.Block block : section.blocks()) {
            block(block.node(), block.zone());
        }
    }

    private void block(Node node, Boilerplate.Zone zone) {
        switch (node) {
            case Paragraph p -> unit(InlineText.of(document, p), zone, null);
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        item(li, zone);
                    }
                }
            }
            case HtmlCommentBlock c ->
                rawUrls(c.getChars().toString()).forEach(u -> ledger.skip(u, Boilerplate.HTML_COMMENT));
            case HtmlBlock h -> html(h, zone);
            case FencedCodeBlock c -> {}
            case IndentedCodeBlock c -> {}
            case Reference r -> {}
            case BlockQuote q -> children(q, zone);
            case TableRow row -> unit(InlineText.of(document, row), zone, null);
            default -> children(node, zone);
        }
    }

    private void children(Node node, Boilerplate.Zone zone) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            block(c, zone);
        }
    }

    private void item(ListItem item, Boilerplate.Zone zone) {
        List<Node> inline = new ArrayList<>();
        List<Node> nested = new ArrayList<>();
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListBlock) {
                nested.add(c);
            } else if (c instanceof Paragraph) {
                inline.add(c);
            } else {
                nested.add(c);
            }
        }
        InlineText text = InlineText.of(document, inline);
        if (section.category() == Category.EVENTS && !nested.isEmpty() && events.isGroupLine(text.text())) {
            // Since 2022 an event is "date | place | [group](url)" with the event's own link one level down.
            InlineText sub = InlineText.of(document, nested);
            unit(text, zone, sub);
            return;
        }
        unit(text, zone, null);
        for (Node n : nested) {
            block(n, zone);
        }
    }

    private void html(HtmlBlock html, Boilerplate.Zone zone) {
        Matcher comment = COMMENT.matcher(html.getChars().toString());
        StringBuilder visible = new StringBuilder();
        int last = 0;
        while (comment.find()) {
            rawUrls(comment.group()).forEach(u -> ledger.skip(u, Boilerplate.HTML_COMMENT));
            visible.append(html.getChars(), last, comment.start());
            last = comment.end();
        }
        visible.append(html.getChars(), last, html.getChars().length());
        int line = document.getLineNumber(html.getStartOffset()) + 1;
        for (Element a : Jsoup.parseBodyFragment(visible.toString()).select("a[href]")) {
            Optional<String> url = Urls.absolute(a.attr("href"));
            if (url.isEmpty()) {
                continue;
            }
            String title = Texts.clean(a.text());
            Optional<Boilerplate> rule = Boilerplate.forBlock(title, section.category(), zone)
                    .or(() -> Boilerplate.forLink(url.get(), title));
            if (rule.isPresent()) {
                ledger.skip(url.get(), rule.get());
                continue;
            }
            Category category = section.category();
            out.add(new EntryDraft(
                    line,
                    title.isEmpty() ? url.get() : title,
                    url.get(),
                    section.path(),
                    category,
                    Categories.kindOf(category),
                    List.of(),
                    "",
                    List.of(),
                    null,
                    null));
        }
    }

    static List<String> rawUrls(CharSequence text) {
        List<String> urls = new ArrayList<>();
        Matcher m = LinkLedger.RAW_URL.matcher(text);
        while (m.find()) {
            urls.add(m.group());
        }
        return urls;
    }

    /**
     * Makes an entry of one unit (paragraph, item, row). {@code sub} is the nested part of a 2022+ event item,
     * whose first link is the event itself.
     */
    private void unit(InlineText text, Boilerplate.Zone zone, InlineText sub) {
        text.commentUrls().forEach(u -> ledger.skip(u, Boilerplate.HTML_COMMENT));
        String clean = text.text();
        List<InlineText.Span> spans = kept(text, clean, zone);
        List<InlineText.Span> subSpans = sub == null ? List.of() : kept(sub, sub.text(), zone);
        if (spans.isEmpty() && subSpans.isEmpty()) {
            return;
        }
        Category category = section.category();
        EntryKind kind = Categories.kindOf(category);
        if (sub != null && !subSpans.isEmpty()) {
            eventWithGroup(text, clean, spans, sub, subSpans, category);
            return;
        }
        InlineText.Span primary = spans.getFirst();
        String before = text.cleanRange(0, primary.start());
        String linkText = text.cleanRange(primary.start(), primary.end());
        String after = Texts.trimLeadingPunctuation(
                text.cleanRange(primary.end(), text.raw().length()));
        boolean leading = isLeading(before, kind);
        String title;
        String description;
        if (leading && !Tags.strip(linkText).isEmpty()) {
            title = Tags.strip(linkText);
            description = after;
        } else {
            title = Texts.shorten(Tags.strip(clean), 300);
            description = "";
        }
        if (title.isEmpty()) {
            title = primary.url();
        }
        List<String> tags = tags(before, linkText, after);
        Event event = kind == EntryKind.EVENT
                ? events.fromLinkText(title, before, section.headings()).orElse(null)
                : null;
        CallForParticipation cfp = kind == EntryKind.CALL_FOR_PARTICIPATION ? cfp(title, description) : null;
        out.add(new EntryDraft(
                primary.line(),
                title,
                primary.url(),
                section.path(),
                category,
                kind,
                tags,
                description,
                others(primary.url(), spans),
                event,
                cfp));
    }

    private void eventWithGroup(
            InlineText text,
            String clean,
            List<InlineText.Span> spans,
            InlineText sub,
            List<InlineText.Span> subSpans,
            Category category) {
        InlineText.Span primary = subSpans.getFirst();
        String title = Tags.strip(sub.cleanRange(primary.start(), primary.end()));
        if (title.isEmpty()) {
            title = primary.url();
        }
        InlineText.Span group = spans.isEmpty() ? null : spans.getFirst();
        Event event = events.fromGroupLine(
                        clean,
                        group == null ? null : text.cleanRange(group.start(), group.end()),
                        group == null ? null : group.url())
                .orElse(null);
        List<InlineText.Span> all = new ArrayList<>(spans);
        all.addAll(subSpans);
        String description = Texts.trimLeadingPunctuation(
                sub.cleanRange(primary.end(), sub.raw().length()));
        out.add(new EntryDraft(
                primary.line(),
                title,
                primary.url(),
                section.path(),
                category,
                EntryKind.EVENT,
                Tags.find(clean + " " + sub.text()),
                description,
                others(primary.url(), all),
                event,
                null));
    }

    /** The spans that no boilerplate rule claims; the others go to the ledger. */
    private List<InlineText.Span> kept(InlineText text, String clean, Boilerplate.Zone zone) {
        Optional<Boilerplate> blockRule = Boilerplate.forBlock(clean, section.category(), zone);
        List<InlineText.Span> kept = new ArrayList<>();
        for (InlineText.Span s : text.spans()) {
            Optional<Boilerplate> rule =
                    blockRule.or(() -> Boilerplate.forLink(s.url(), text.cleanRange(s.start(), s.end())));
            if (rule.isPresent()) {
                ledger.skip(s.url(), rule.get());
            } else {
                kept.add(s);
            }
        }
        return kept;
    }

    /** Whether the link opens the item: only tags, emphasis markers, a date or a bullet-like mark before it. */
    private static boolean isLeading(String before, EntryKind kind) {
        if (before.isEmpty()) {
            return true; // the common case: no need to run two regular expressions over nothing
        }
        // Any bracketed prefix counts as a tag here: "[disposition: merge] [Title](url)", "[updated] [Title](url)".
        String rest =
                LEADING_MARKS.matcher(BRACKETED.matcher(before).replaceAll("")).replaceAll("");
        if (rest.isEmpty()) {
            return true;
        }
        // CFPs and events were sometimes written "[easy] [project: task](url)" or "May 3. [Title](url)".
        return (kind == EntryKind.CALL_FOR_PARTICIPATION || kind == EntryKind.EVENT) && rest.length() <= 24;
    }

    private static List<String> tags(String before, String linkText, String after) {
        Set<String> tags = new LinkedHashSet<>(Tags.find(before));
        tags.addAll(Tags.find(linkText));
        // Trailing tags: "[Title](url) [video]"; only the first few words, so prose brackets do not count.
        tags.addAll(Tags.find(after.length() > 40 ? after.substring(0, 40) : after));
        return List.copyOf(tags);
    }

    private static List<String> others(String primary, List<InlineText.Span> spans) {
        Set<String> links = new LinkedHashSet<>();
        for (InlineText.Span s : spans) {
            if (!s.url().equals(primary)) {
                links.add(s.url());
            }
        }
        return List.copyOf(links);
    }

    /** "project: task", "project - task" or "[project](url) - task": the CFP's project and task. */
    static CallForParticipation cfp(String title, String description) {
        Matcher m = CFP_TITLE.matcher(title);
        if (m.matches() && !m.group(1).isBlank() && !m.group(2).isBlank()) {
            return new CallForParticipation(m.group(1).strip(), m.group(2).strip());
        }
        String task = description.isBlank() ? title : description;
        return new CallForParticipation(title, Texts.shorten(task, 300));
    }
}
