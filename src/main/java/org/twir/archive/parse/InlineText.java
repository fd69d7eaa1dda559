package org.twir.archive.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The plain text of a run of inline markdown and the web links in it, with each link's place in the text, so
 * that a title (the link text) and a description (the text after it) can be cut out.
 */
final class InlineText {

    /** One web link met in the text: [start, end) is the link text's place in {@link #text()}. */
    record Span(String url, int start, int end, int line) {}

    // Tags that are markup; any other "<word>" is literal text such as the generic in Vec<T>.
    private static final Set<String> HTML_TAGS = Set.of(
            "a",
            "abbr",
            "b",
            "big",
            "br",
            "center",
            "code",
            "del",
            "details",
            "div",
            "em",
            "font",
            "h1",
            "h2",
            "h3",
            "h4",
            "hr",
            "i",
            "img",
            "ins",
            "kbd",
            "li",
            "mark",
            "ol",
            "p",
            "pre",
            "q",
            "s",
            "small",
            "span",
            "strike",
            "strong",
            "sub",
            "summary",
            "sup",
            "table",
            "tbody",
            "td",
            "th",
            "thead",
            "tr",
            "tt",
            "u",
            "ul",
            "video",
            "iframe",
            "source",
            "picture",
            "figure",
            "figcaption",
            "blockquote",
            "cite",
            "dl",
            "dt",
            "dd",
            "section",
            "article",
            "style",
            "script");
    private static final Pattern TAG = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");

    private final Document document;
    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private final List<String> commentUrls = new ArrayList<>();
    private @Nullable String cleanText;
    private int cleanLength = -1;
    private int openAnchorStart = -1;
    private String openAnchorUrl = "";
    private int openAnchorLine;

    private InlineText(Document document) {
        this.document = document;
    }

    /** Collects the text and links of the given nodes and their descendants, in order. */
    static InlineText of(Document document, Iterable<? extends Node> nodes) {
        InlineText t = new InlineText(document);
        for (Node n : nodes) {
            t.visit(n);
        }
        return t;
    }

    static InlineText of(Document document, Node node) {
        return of(document, List.of(node));
    }

    /** Appends literal text (a code block's content), for units that are not inline markdown. */
    InlineText withLiteral(String literal) {
        text.append(literal);
        return this;
    }

    /** The raw collected text (white space not yet collapsed); span offsets refer to it. */
    String raw() {
        return text.toString();
    }

    String text() {
        if (cleanText == null || cleanLength != text.length()) {
            cleanText = Texts.clean(text);
            cleanLength = text.length();
        }
        return cleanText;
    }

    /** Clean text that keeps line breaks between blocks and lines (for quotes). */
    String textLines() {
        StringBuilder out = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String clean = Texts.clean(line);
            if (!clean.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(clean);
            }
        }
        return out.toString();
    }

    List<Span> spans() {
        return spans;
    }

    /** Web links found in inline HTML comments: template links, never entries. */
    List<String> commentUrls() {
        return commentUrls;
    }

    /** Clean text of a part of the raw text. */
    String cleanRange(int start, int end) {
        return Texts.clean(text.substring(Math.max(0, start), Math.min(end, text.length())));
    }

    private void visit(Node node) {
        switch (node) {
            case Text t -> text.append(Texts.unescape(t.getChars()));
            case Code c -> text.append(Texts.string(c.getText()));
            case SoftLineBreak s -> text.append(' ');
            case HardLineBreak h -> text.append(' ');
            case HtmlEntity e -> text.append(Texts.clean(e.getChars()));
            case Image i -> text.append(i.getText());
            case ImageRef i -> text.append(i.getText());
            case Link l -> link(l.getUrl(), l);
            case AutoLink a -> link(a.getUrl(), a);
            case MailLink m -> text.append(m.getText());
            case LinkRef r -> linkRef(r);
            case HtmlInlineComment c -> comment(c.getChars());
            case HtmlInline h -> html(h);
            case FencedCodeBlock f ->
                text.append(f.getContentChars().toString()).append('\n');
            case IndentedCodeBlock c ->
                text.append(c.getContentChars().toString()).append('\n');
            case Block b -> {
                children(b);
                text.append('\n'); // paragraphs of a block quote stay apart
            }
            default -> children(node);
        }
    }

    private void children(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            visit(c);
        }
    }

    private void link(CharSequence destination, Node node) {
        int start = text.length();
        if (node.hasChildren()) {
            children(node);
        } else if (node instanceof AutoLink a) {
            text.append(a.getText());
        }
        Optional<String> url = Urls.absolute(destination);
        url.ifPresent(u -> spans.add(new Span(u, start, text.length(), line(node))));
    }

    private void linkRef(LinkRef ref) {
        Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
        if (target == null) {
            // Not a link: "[easy]", "[video]" or a reference that was never defined; keep the brackets.
            text.append('[');
            children(ref);
            text.append(']');
            if (!ref.isReferenceTextCombined()
                    && !ref.getReference().isEmpty()
                    && !ref.getText().isEmpty()) {
                text.append('[').append(ref.getReference()).append(']');
            }
            return;
        }
        link(target.getUrl(), ref);
    }

    private void comment(CharSequence chars) {
        Matcher m = LinkLedger.RAW_URL.matcher(chars.toString());
        while (m.find()) {
            commentUrls.add(m.group());
        }
    }

    private void html(HtmlInline h) {
        String tag = Texts.string(h.getChars());
        Matcher m = TAG.matcher(tag);
        if (!m.find() || !HTML_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            text.append(tag); // Vec<T>, <name>: literal text that happens to look like a tag
            return;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("br") || name.equals("p") || name.equals("div") || name.equals("li")) {
            text.append(' ');
        } else if (name.equals("a") && tag.startsWith("</")) {
            if (openAnchorStart >= 0) {
                String url = openAnchorUrl;
                Urls.absolute(url)
                        .ifPresent(u -> spans.add(new Span(u, openAnchorStart, text.length(), openAnchorLine)));
                openAnchorStart = -1;
            }
        } else if (name.equals("a")) {
            Element a = Jsoup.parseBodyFragment(tag + "</a>").selectFirst("a");
            if (a != null && a.hasAttr("href")) {
                openAnchorStart = text.length();
                openAnchorUrl = a.attr("href");
                openAnchorLine = line(h);
            }
        } else if (name.equals("img")) {
            Element img = Jsoup.parseBodyFragment(tag).selectFirst("img");
            if (img != null) {
                text.append(img.attr("alt"));
            }
        }
    }

    private int line(Node node) {
        return document.getLineNumber(node.getStartOffset()) + 1;
    }
}
