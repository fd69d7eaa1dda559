package org.twir.archive.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.twir.archive.model.Entry;

/**
 * Where every web link of the issue bodies went: into an entry (as its URL or one of its links), skipped by a
 * named boilerplate rule, or nowhere. Links are enumerated from the markdown tree independently of the entry
 * extraction, so a link the extraction forgets shows up as unattributed.
 *
 * @param total web links in issue bodies
 * @param inEntries links found in an entry of their issue
 * @param skippedByRule links skipped, per rule name
 * @param unattributed the rest, as {@code file:line url}
 */
public record LinkAudit(int total, int inEntries, Map<String, Integer> skippedByRule, List<String> unattributed) {

    public LinkAudit {
        skippedByRule = Map.copyOf(skippedByRule);
        unattributed = List.copyOf(unattributed);
    }

    /** The share of links accounted for (in an entry or skipped by a rule), 1.0 when there are none. */
    public double attributedRatio() {
        return total == 0 ? 1.0 : (double) (total - unattributed.size()) / total;
    }

    static final class Builder {
        private int total;
        private int inEntries;
        private final Map<String, Integer> perRule = new TreeMap<>();
        private final List<String> unattributed = new ArrayList<>();

        void add(String file, IssueReader.Result result) {
            if (result.document() == null || result.issue() == null) {
                return;
            }
            Set<String> entryLinks = new HashSet<>();
            for (Entry e : result.issue().entries()) {
                entryLinks.add(e.url());
                entryLinks.addAll(e.links());
            }
            Map<String, Boilerplate> skipped = new HashMap<>();
            result.skipped().forEach(s -> skipped.putIfAbsent(s.url(), s.rule()));
            Document document = result.document();
            for (Found link : links(document)) {
                total++;
                if (entryLinks.contains(link.url())) {
                    inEntries++;
                } else if (skipped.containsKey(link.url())) {
                    perRule.merge(skipped.get(link.url()).ruleName(), 1, Integer::sum);
                } else {
                    unattributed.add(file + ":" + link.line() + " " + link.url());
                }
            }
        }

        LinkAudit build() {
            return new LinkAudit(total, inEntries, perRule, unattributed);
        }
    }

    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("(?s)<!--.*?-->");

    private record Found(String url, int line) {}

    private static List<Found> links(Document document) {
        List<Found> found = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            int line = document.getLineNumber(n.getStartOffset()) + 1;
            switch (n) {
                case Link l -> add(found, l.getUrl(), line);
                case AutoLink a -> add(found, a.getUrl(), line);
                case LinkRef r
                when r.isDefined() -> {
                    Reference ref = r.getReferenceNode(document);
                    if (ref != null) {
                        add(found, ref.getUrl(), line);
                    }
                }
                case HtmlCommentBlock c -> EntryExtractor.rawUrls(c.getChars()).forEach(u -> add(found, u, line));
                case HtmlInlineComment c -> EntryExtractor.rawUrls(c.getChars()).forEach(u -> add(found, u, line));
                case HtmlBlock h -> {
                    java.util.regex.Matcher comment = COMMENT.matcher(h.getChars());
                    while (comment.find()) {
                        EntryExtractor.rawUrls(comment.group()).forEach(u -> add(found, u, line));
                    }
                    String visible = h.getChars().toString().replaceAll("(?s)<!--.*?-->", "");
                    for (Element a : Jsoup.parseBodyFragment(visible).select("a[href]")) {
                        add(found, a.attr("href"), line);
                    }
                }
                case HtmlInline h
                when h.getChars().toString().toLowerCase(java.util.Locale.ROOT).startsWith("<a ") -> {
                    Element a = Jsoup.parseBodyFragment(h.getChars() + "</a>").selectFirst("a[href]");
                    if (a != null) {
                        add(found, a.attr("href"), line);
                    }
                }
                default -> {}
            }
        }
        return found;
    }

    private static void add(List<Found> found, CharSequence destination, int line) {
        Optional<String> url = Urls.absolute(destination);
        url.ifPresent(u -> found.add(new Found(u, line)));
    }
}
