package org.twir.archive.parse;

import static java.util.Map.entry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;

/**
 * Maps every era's headings onto the {@link Category} taxonomy (the table is documented in ARCHITECTURE.md)
 * and a category onto the default {@link EntryKind}.
 */
final class Categories {

    private static final Map<String, Category> HEADINGS = Map.ofEntries(
            // Community links: 2013-2015 prose sections, 2016-2020 "News & Blog Posts", 2021+ sub-headings.
            entry("updates from rust community", Category.COMMUNITY),
            entry("community", Category.COMMUNITY),
            entry("community updates", Category.COMMUNITY),
            entry("news & blog posts", Category.COMMUNITY),
            entry("blog posts", Category.COMMUNITY),
            entry("notable links", Category.COMMUNITY),
            entry("from the blogosphere", Category.COMMUNITY),
            entry("discussion + blog posts", Category.COMMUNITY),
            entry("announcements, etc", Category.COMMUNITY),
            entry("announcements etc", Category.COMMUNITY),
            entry("announcements", Category.COMMUNITY),
            entry("other announcements", Category.COMMUNITY),
            entry("project announcements etc", Category.COMMUNITY),
            entry("projects, discussion, and announcements", Category.COMMUNITY),
            entry("projects and discussion", Category.COMMUNITY),
            entry("notable discourse and external projects", Category.COMMUNITY),
            entry("in the news", Category.COMMUNITY),
            entry("some links", Category.COMMUNITY),
            entry("prominent blog posts and ml threads", Category.COMMUNITY),
            entry("notable discourse", Category.COMMUNITY),
            entry("internals discussions", Category.COMMUNITY),
            entry("discussions", Category.COMMUNITY),
            entry("discussion", Category.COMMUNITY),
            entry("videos", Category.COMMUNITY),
            entry("24 days of rust", Category.COMMUNITY),
            entry("#rust2018", Category.COMMUNITY),
            entry("#rust2019", Category.COMMUNITY),
            entry("#rust2020", Category.COMMUNITY),
            entry("official", Category.COMMUNITY_OFFICIAL),
            entry("foundation", Category.COMMUNITY_FOUNDATION),
            entry("newsletters", Category.COMMUNITY_NEWSLETTERS),
            entry("newsletter", Category.COMMUNITY_NEWSLETTERS),
            entry("other weeklies from rust community", Category.COMMUNITY_NEWSLETTERS),
            entry("this week in servo", Category.COMMUNITY_NEWSLETTERS),
            entry("project/tooling updates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("project updates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("new crates & project updates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("notable new crates & project updates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("new releases & project updates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("notable new crates & projects", Category.COMMUNITY_PROJECT_UPDATES),
            entry("news & project updates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("new crates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("notable new crates", Category.COMMUNITY_PROJECT_UPDATES),
            entry("new projects", Category.COMMUNITY_PROJECT_UPDATES),
            entry("projects", Category.COMMUNITY_PROJECT_UPDATES),
            entry("tooling", Category.COMMUNITY_PROJECT_UPDATES),
            entry("crates ecosystem", Category.COMMUNITY_PROJECT_UPDATES),
            entry("observations/thoughts", Category.COMMUNITY_OBSERVATIONS),
            entry("rust walkthroughs", Category.COMMUNITY_WALKTHROUGHS),
            entry("learn standard rust", Category.COMMUNITY_WALKTHROUGHS),
            entry("learn simple rust", Category.COMMUNITY_WALKTHROUGHS),
            entry("learn more rust", Category.COMMUNITY_WALKTHROUGHS),
            entry("learn rust", Category.COMMUNITY_WALKTHROUGHS),
            entry("learn", Category.COMMUNITY_WALKTHROUGHS),
            entry("tips & tricks", Category.COMMUNITY_WALKTHROUGHS),
            entry("research", Category.COMMUNITY_RESEARCH),
            entry("papers and research projects", Category.COMMUNITY_RESEARCH),
            entry("papers/research projects", Category.COMMUNITY_RESEARCH),
            entry("research and papers", Category.COMMUNITY_RESEARCH),
            entry("research papers", Category.COMMUNITY_RESEARCH),
            entry("papers", Category.COMMUNITY_RESEARCH),
            entry("miscellaneous", Category.COMMUNITY_MISCELLANEOUS),
            entry("everything else", Category.COMMUNITY_MISCELLANEOUS),
            entry("other things", Category.COMMUNITY_MISCELLANEOUS),
            // Crate of the Week (2015+), once shared a heading with the quote.
            entry("crate of the week", Category.CRATE_OF_THE_WEEK),
            entry("crate & quote of the week", Category.CRATE_OF_THE_WEEK),
            // Calls for participation, testing and speakers.
            entry("call for participation", Category.CALL_FOR_PARTICIPATION),
            entry("call for participation; projects and speakers", Category.CALL_FOR_PARTICIPATION),
            entry("cfp - projects", Category.CALL_FOR_PARTICIPATION),
            entry("call for blog posts", Category.CALL_FOR_PARTICIPATION),
            entry("calls for testing", Category.CALL_FOR_TESTING),
            entry("call for testing", Category.CALL_FOR_TESTING),
            entry("call for testing (new!)", Category.CALL_FOR_TESTING),
            entry("cfp - events", Category.CALL_FOR_SPEAKERS),
            entry("cfp - speakers", Category.CALL_FOR_SPEAKERS),
            // The Rust project's own updates: merged PRs, meetings, team news.
            entry("updates from rust core", Category.PROJECT_UPDATES),
            entry("updates from the rust project", Category.PROJECT_UPDATES),
            entry("what's cooking on master?", Category.PROJECT_UPDATES),
            entry("what's cooking in master?", Category.PROJECT_UPDATES),
            entry("what's cooking in incoming?", Category.PROJECT_UPDATES),
            entry("what's cooking on `master`?", Category.PROJECT_UPDATES),
            entry("what's cooking on master", Category.PROJECT_UPDATES),
            entry("what's cooking on nightly?", Category.PROJECT_UPDATES),
            entry("notable additions", Category.PROJECT_UPDATES),
            entry("notable changes", Category.PROJECT_UPDATES),
            entry("breaking changes", Category.PROJECT_UPDATES),
            entry("other changes", Category.PROJECT_UPDATES),
            entry("new contributors", Category.PROJECT_UPDATES),
            entry("weekly meeting", Category.PROJECT_UPDATES),
            entry("weekly meetings", Category.PROJECT_UPDATES),
            entry("meetings", Category.PROJECT_UPDATES),
            entry("meeting", Category.PROJECT_UPDATES),
            entry("meetings and notes", Category.PROJECT_UPDATES),
            entry("from the team", Category.PROJECT_UPDATES),
            entry("subteam reports", Category.PROJECT_UPDATES),
            entry("rust compiler performance triage", Category.PROJECT_PERFORMANCE),
            // RFCs and final comment periods.
            entry("rfcs", Category.RFCS),
            entry("closed rfcs", Category.RFCS),
            entry("approved rfcs", Category.RFCS_APPROVED),
            entry("approved rfc's", Category.RFCS_APPROVED),
            entry("approved major change proposals (mcp)", Category.RFCS_APPROVED),
            entry("final comment period", Category.RFCS_FINAL_COMMENT_PERIOD),
            entry("tracking issues & prs", Category.RFCS_FINAL_COMMENT_PERIOD),
            entry("new rfcs", Category.RFCS_NEW),
            entry("new rfc's", Category.RFCS_NEW),
            entry("new and updated rfcs", Category.RFCS_NEW),
            entry("style rfcs", Category.RFCS_NEW),
            // Events, jobs, quotes.
            entry("upcoming events", Category.EVENTS),
            entry("events", Category.EVENTS),
            entry("meetups", Category.EVENTS),
            entry("upcoming meetups", Category.EVENTS),
            entry("rust jobs", Category.JOBS),
            entry("jobs", Category.JOBS),
            entry("fn work(on: rustproject) -> money", Category.JOBS),
            entry("quote of the week", Category.QUOTE_OF_THE_WEEK),
            entry("quotes of the week", Category.QUOTE_OF_THE_WEEK));

    private Categories() {}

    /** The category of one heading on its own, if the table knows it. */
    static @Nullable Category ofHeading(String heading) {
        return HEADINGS.get(normalise(heading));
    }

    /**
     * The category of a heading path, outermost first. An inner heading refines the outer one when it is in the
     * same family ({@code Updates from Rust Community > Official}) or the outer one is the project-updates
     * container that, since 2021, holds the RFC and FCP sections; otherwise the outer one holds
     * ({@code Calls for Testing > RFCs} stays a call for testing).
     */
    static Category ofPath(List<String> headings) {
        Category current = null;
        for (String heading : headings) {
            Category c = ofHeading(heading);
            if (c == null) {
                continue;
            }
            if (current == null || refines(current, c)) {
                current = c;
            }
        }
        return current == null ? Category.OTHER : current;
    }

    private static boolean refines(Category outer, Category inner) {
        if (outer == Category.PROJECT_UPDATES || outer == Category.OTHER) {
            return true;
        }
        String family = outer.pathSegments().getFirst();
        boolean sameFamily = inner.pathSegments().getFirst().equals(family);
        boolean ancestor = outer.path().startsWith(inner.path() + "/");
        return sameFamily && !ancestor;
    }

    static EntryKind kindOf(Category category) {
        return switch (category) {
            case COMMUNITY,
                    COMMUNITY_OFFICIAL,
                    COMMUNITY_FOUNDATION,
                    COMMUNITY_NEWSLETTERS,
                    COMMUNITY_PROJECT_UPDATES,
                    COMMUNITY_OBSERVATIONS,
                    COMMUNITY_WALKTHROUGHS,
                    COMMUNITY_RESEARCH,
                    COMMUNITY_MISCELLANEOUS -> EntryKind.ARTICLE;
            case CRATE_OF_THE_WEEK -> EntryKind.CRATE_OF_THE_WEEK;
            case CALL_FOR_PARTICIPATION, CALL_FOR_TESTING, CALL_FOR_SPEAKERS -> EntryKind.CALL_FOR_PARTICIPATION;
            case PROJECT_UPDATES, PROJECT_PERFORMANCE -> EntryKind.PROJECT_UPDATE;
            case RFCS, RFCS_APPROVED, RFCS_NEW -> EntryKind.RFC;
            case RFCS_FINAL_COMMENT_PERIOD -> EntryKind.FCP;
            case EVENTS -> EntryKind.EVENT;
            case JOBS -> EntryKind.JOB;
            case QUOTE_OF_THE_WEEK -> EntryKind.QUOTE;
            case OTHER -> EntryKind.OTHER;
        };
    }

    /** Heading text as the table expects it: lower case, single spaces, no trailing colon or markup. */
    static String normalise(String heading) {
        String s = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (needsSpaceCollapse(s)) {
            s = s.replaceAll("\\s+", " ");
        }
        s = s.strip();
        while (s.endsWith(":") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.replace("*", "");
    }

    // Headings rarely hold anything but single spaces; skip the regular expression then (it runs per block).
    private static boolean needsSpaceCollapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && Character.isWhitespace(c) || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
