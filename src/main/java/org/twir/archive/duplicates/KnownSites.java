package org.twir.archive.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Site-specific equivalences the generic rules cannot know: the many spellings of one YouTube video, Reddit
 * thread, tweet, Medium post, GitHub issue or forum topic. Each rule rewrites to the one form the site itself
 * would redirect to, and only where the site guarantees it is the same page.
 *
 * <p>Deliberately not merged: a GitHub file on {@code blob/master} and on {@code blob/main} (a repository can have
 * both branches with different content); those surface as {@code possible-duplicate} via {@link #looseKey}.
 */
final class KnownSites {

    private static final Set<String> YOUTUBE = Set.of("youtube.com", "youtu.be", "youtube-nocookie.com");
    private static final Set<String> YOUTUBE_ID_PATHS = Set.of("embed", "shorts", "live", "v", "e");
    private static final Set<String> REDDIT = Set.of(
            "reddit.com",
            "old.reddit.com",
            "np.reddit.com",
            "new.reddit.com",
            "amp.reddit.com",
            "i.reddit.com",
            "sh.reddit.com",
            "redd.it");
    private static final Set<String> TWITTER =
            Set.of("x.com", "twitter.com", "fxtwitter.com", "vxtwitter.com", "fixupx.com", "nitter.net");
    private static final Set<String> DISCOURSE = Set.of("users.rust-lang.org", "internals.rust-lang.org");
    private static final Set<String> GITHUB_ITEM_TABS = Set.of("files", "commits", "checks", "changes");
    /** Query parameters that only say how a video was shared or where playback starts. */
    private static final Set<String> YOUTUBE_NOISE = Set.of(
            "feature",
            "pp",
            "ab_channel",
            "t",
            "start",
            "list",
            "index",
            "app",
            "embeds_referring_euri",
            "source_ve_path");
    /** Hosts under which every subdomain is a different site (user pages), not a part of one site. */
    private static final List<String> HOSTING_SUFFIXES = List.of(
            ".github.io",
            ".gitlab.io",
            ".blogspot.com",
            ".wordpress.com",
            ".substack.com",
            ".netlify.app",
            ".vercel.app",
            ".pages.dev",
            ".codeberg.page",
            ".bearblog.dev",
            ".hashnode.dev",
            ".medium.com",
            ".neocities.org",
            ".herokuapp.com",
            ".fly.dev",
            ".itch.io",
            ".readthedocs.io",
            ".sr.ht",
            ".tumblr.com",
            ".bsky.social",
            ".docs.rs");

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or");

    CanonicalUrl apply(CanonicalUrl url) {
        String host = url.host();
        if (YOUTUBE.contains(host)) {
            return youtube(url);
        }
        if (REDDIT.contains(host)) {
            return reddit(url);
        }
        if (TWITTER.contains(host)) {
            return twitter(url);
        }
        if (host.equals("medium.com") || host.endsWith(".medium.com")) {
            return medium(url);
        }
        if (host.equals("github.com")) {
            return github(url);
        }
        if (DISCOURSE.contains(host)) {
            return discourse(url);
        }
        return url;
    }

    /** youtu.be/ID, /embed/ID, /shorts/ID, /live/ID and /watch?v=ID are one video: youtube.com/watch?v=ID. */
    private static CanonicalUrl youtube(CanonicalUrl url) {
        List<String> segments = url.segments();
        @Nullable String id = null;
        if (url.host().equals("youtu.be") && !segments.isEmpty()) {
            id = segments.getFirst();
        } else if (segments.size() >= 2 && YOUTUBE_ID_PATHS.contains(segments.getFirst())) {
            id = segments.get(1);
        } else if (segments.equals(List.of("watch"))) {
            id = param(url.query(), "v");
        }
        if (id != null && !id.isEmpty()) {
            return new CanonicalUrl("youtube.com", List.of("watch"), List.of("v=" + id), "");
        }
        List<String> query = url.query().stream()
                .filter(p -> !YOUTUBE_NOISE.contains(name(p)))
                .toList();
        return new CanonicalUrl("youtube.com", segments, query, url.fragment());
    }

    /**
     * Reddit thread ids are global: /r/rust/comments/ID/any-slug/ and redd.it/ID are /comments/ID; a comment
     * permalink keeps its comment id. Sort order and context parameters do not change the thread.
     */
    private static CanonicalUrl reddit(CanonicalUrl url) {
        List<String> segments = url.segments();
        if (url.host().equals("redd.it") && segments.size() == 1) {
            return new CanonicalUrl("reddit.com", List.of("comments", segments.getFirst()), List.of(), "");
        }
        int comments = segments.indexOf("comments");
        if (comments >= 0 && comments + 1 < segments.size()) {
            List<String> thread = new ArrayList<>(List.of("comments", segments.get(comments + 1)));
            List<String> rest = segments.subList(comments + 2, segments.size());
            // /ID/slug/COMMENT (old) and /ID/comment/COMMENT (new) both name one comment.
            if (rest.size() >= 2) {
                thread.add(rest.get(1));
            }
            return new CanonicalUrl("reddit.com", thread, List.of(), "");
        }
        List<String> lowered = new ArrayList<>(segments);
        if (lowered.size() >= 2
                && (lowered.getFirst().equals("r")
                        || lowered.getFirst().equals("u")
                        || lowered.getFirst().equals("user"))) {
            lowered.set(1, lowered.get(1).toLowerCase(Locale.ROOT));
        }
        return new CanonicalUrl("reddit.com", lowered, url.query(), url.fragment());
    }

    /** Tweet ids are global: twitter.com/User/status/ID?s=20 and x.com/i/web/status/ID are x.com/i/status/ID. */
    private static CanonicalUrl twitter(CanonicalUrl url) {
        List<String> segments = url.segments();
        int status = segments.indexOf("status");
        if (status >= 0 && status + 1 < segments.size()) {
            return new CanonicalUrl("x.com", List.of("i", "status", segments.get(status + 1)), List.of(), "");
        }
        return new CanonicalUrl("x.com", lowerFirst(segments, 1), List.of(), "");
    }

    /**
     * A Medium post is known by the hex id that ends its slug, whatever the publication, user subdomain or
     * slug: medium.com/p/ID. Medium's query parameters ({@code source}, {@code sk}) are all tracking.
     */
    private static CanonicalUrl medium(CanonicalUrl url) {
        List<String> segments = url.segments();
        if (!segments.isEmpty()) {
            String last = segments.getLast();
            int dash = last.lastIndexOf('-');
            String id = segments.size() == 2 && segments.getFirst().equals("p")
                    ? last
                    : dash >= 0 ? last.substring(dash + 1) : "";
            if (id.length() >= 8 && id.length() <= 16 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return new CanonicalUrl("medium.com", List.of("p", id.toLowerCase(Locale.ROOT)), List.of(), "");
            }
        }
        if (!url.host().equals("medium.com")) {
            String user = url.host().substring(0, url.host().length() - ".medium.com".length());
            List<String> withUser = new ArrayList<>();
            withUser.add("@" + user);
            withUser.addAll(segments);
            return new CanonicalUrl("medium.com", withUser, List.of(), url.fragment());
        }
        return new CanonicalUrl("medium.com", segments, List.of(), url.fragment());
    }

    /**
     * GitHub owner and repository names are case-insensitive and {@code .git} is the clone form of the same
     * repository; issues and pull requests share one number space (GitHub redirects one to the other), and a
     * pull request's tabs are the same pull request.
     */
    private static CanonicalUrl github(CanonicalUrl url) {
        List<String> segments = new ArrayList<>(lowerFirst(url.segments(), 2));
        if (segments.size() >= 2 && segments.get(1).endsWith(".git")) {
            segments.set(1, segments.get(1).substring(0, segments.get(1).length() - 4));
        }
        if (segments.size() >= 4
                && (segments.get(2).equals("pull") || segments.get(2).equals("issues"))
                && segments.get(3).chars().allMatch(Character::isDigit)) {
            List<String> item = new ArrayList<>(List.of(segments.get(0), segments.get(1), "issues", segments.get(3)));
            if (segments.size() > 4 && !GITHUB_ITEM_TABS.contains(segments.get(4))) {
                item.addAll(segments.subList(4, segments.size()));
            }
            // #issuecomment-N is a comment; #discussion_r / #pullrequestreview are review comments: keep them.
            return new CanonicalUrl("github.com", item, url.query(), url.fragment());
        }
        return url.withSegments(segments);
    }

    /** A Discourse topic is /t/ID whatever its slug (which changes with the title); post 1 is the topic. */
    private static CanonicalUrl discourse(CanonicalUrl url) {
        List<String> segments = url.segments();
        if (segments.size() >= 2 && segments.getFirst().equals("t")) {
            List<String> topic = new ArrayList<>(List.of("t"));
            List<String> rest = segments.subList(1, segments.size());
            if (!rest.getFirst().chars().allMatch(Character::isDigit) && rest.size() >= 2) {
                rest = rest.subList(1, rest.size());
            }
            topic.add(rest.getFirst());
            if (rest.size() >= 2 && !rest.get(1).equals("1")) {
                topic.add(rest.get(1));
            }
            return new CanonicalUrl(url.host(), topic, List.of(), "");
        }
        return url;
    }

    /**
     * A coarser key for "probably the same page elsewhere on the same site": the site (the registrable domain,
     * or the whole host under a hosting suffix such as {@code github.io}) plus path and query, with a GitHub
     * default branch named {@code HEAD}. Empty for a site's root page, which every subdomain has.
     */
    String looseKey(CanonicalUrl url) {
        if (url.segments().isEmpty()) {
            return "";
        }
        List<String> segments = url.segments();
        if (url.host().equals("github.com")
                && segments.size() >= 4
                && (segments.get(2).equals("blob") || segments.get(2).equals("tree"))
                && (segments.get(3).equals("master") || segments.get(3).equals("main"))) {
            List<String> head = new ArrayList<>(segments);
            head.set(3, "HEAD");
            segments = head;
        }
        return site(url.host()) + "/" + String.join("/", segments)
                + (url.query().isEmpty() ? "" : "?" + String.join("&", url.query()));
    }

    static String site(String host) {
        String bare = host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        for (String suffix : HOSTING_SUFFIXES) {
            if (bare.endsWith(suffix)) {
                return bare;
            }
        }
        String[] labels = bare.split("\\.");
        if (labels.length <= 2) {
            return bare;
        }
        int keep = labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
        return String.join(".", List.of(labels).subList(labels.length - keep, labels.length));
    }

    private static List<String> lowerFirst(List<String> segments, int count) {
        List<String> out = new ArrayList<>(segments);
        for (int i = 0; i < Math.min(count, out.size()); i++) {
            out.set(i, out.get(i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String name(String param) {
        int eq = param.indexOf('=');
        return (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
    }

    private static @Nullable String param(List<String> query, String wanted) {
        for (String p : query) {
            if (name(p).equals(wanted)) {
                int eq = p.indexOf('=');
                return eq < 0 ? "" : p.substring(eq + 1);
            }
        }
        return null;
    }
}
