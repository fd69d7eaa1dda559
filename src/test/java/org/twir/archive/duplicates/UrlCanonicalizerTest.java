package org.twir.archive.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    private String canonical(String url) {
        return canonicalizer.canonicalString(url).orElseThrow();
    }

    private void assertSame(String a, String b) {
        assertThat(canonical(a)).isEqualTo(canonical(b));
    }

    private void assertDifferent(String a, String b) {
        assertThat(canonical(a)).isNotEqualTo(canonical(b));
    }

    @Test
    void keepsAFiveThousandCharacterInternationalHostAsWrittenWithANote() {
        UrlCanonicalizer.Explained explained = canonicalizer.explain("https://" + "É".repeat(5000) + ".example/a");
        assertThat(explained.canonical()).isEqualTo("https://" + "é".repeat(5000) + ".example/a");
        assertThat(explained.note()).contains("kept as written");
    }

    @Test
    void keepsTextThatIsNoLinkAsWrittenWithANote() {
        UrlCanonicalizer.Explained explained = canonicalizer.explain("  mailto:editors@example.org ");
        assertThat(explained.link()).isFalse();
        assertThat(explained.canonical()).isEqualTo("mailto:editors@example.org");
        assertThat(explained.note()).startsWith("not an absolute http(s) link");
    }

    @Test
    void acceptsAnAuthorityThatIsOnlyUserInfo() {
        assertThat(canonicalizer.canonicalize("https://user@/path")).isEmpty();
    }

    @Test
    void keepsAnOverlongPortAsPartOfTheHost() {
        assertThat(canonicalizer.explain("https://a_b.example:123456789012/x").canonical())
                .isEqualTo("https://a_b.example:123456789012/x");
    }

    @Test
    void treatsHttpAndHttpsAlike() {
        assertSame("http://blog.example.org/post", "https://blog.example.org/post");
    }

    @Test
    void writesTheCanonicalFormAsHttps() {
        assertThat(canonical("http://example.org/a")).isEqualTo("https://example.org/a");
    }

    @Test
    void lowerCasesTheHost() {
        assertSame("https://Blog.Example.ORG/post", "https://blog.example.org/post");
    }

    @Test
    void keepsThePathCase() {
        assertDifferent("https://example.org/Post", "https://example.org/post");
    }

    @Test
    void convertsInternationalHostsToPunycode() {
        assertThat(canonical("https://bücher.example/rost")).isEqualTo("https://xn--bcher-kva.example/rost");
        assertSame("https://bücher.example/rost", "https://xn--bcher-kva.example/rost");
    }

    @Test
    void dropsWwwAndMobilePrefixes() {
        assertSame("https://www.example.org/a", "https://example.org/a");
        assertSame("https://m.example.org/a", "https://example.org/a");
        assertSame("https://mobile.example.org/a", "https://example.org/a");
    }

    @Test
    void keepsAPrefixThatIsTheWholeSite() {
        assertThat(canonical("https://m.dev/a")).isEqualTo("https://m.dev/a");
    }

    @Test
    void dropsDefaultPorts() {
        assertSame("http://example.org:80/a", "https://example.org:443/a");
        assertSame("https://example.org:443/a", "https://example.org/a");
    }

    @Test
    void keepsOtherPorts() {
        assertThat(canonical("https://example.org:8443/a")).isEqualTo("https://example.org:8443/a");
    }

    @Test
    void ignoresDuplicateAndTrailingSlashes() {
        assertSame("https://example.org//blog///post/", "https://example.org/blog/post");
    }

    @Test
    void dropsIndexDocuments() {
        assertSame("https://example.org/blog/index.html", "https://example.org/blog/");
    }

    @Test
    void decodesEscapedUnreservedCharacters() {
        assertSame("https://example.org/%7Euser/%61bc", "https://example.org/~user/abc");
    }

    @Test
    void upperCasesOtherEscapes() {
        assertThat(canonical("https://example.org/a%2fb")).isEqualTo("https://example.org/a%2Fb");
    }

    @Test
    void encodesRawNonAsciiLikeItsEscapedForm() {
        assertSame("https://example.org/caf\u00e9", "https://example.org/caf%C3%A9");
    }

    @Test
    void parsesUrlsWithSpacesAndPipesThatUriRejects() {
        assertThat(canonical("https://example.org/a b|c")).isEqualTo("https://example.org/a%20b%7Cc");
    }

    @Test
    void parsesAStrayPercentSign() {
        assertThat(canonical("https://example.org/100%-safe")).isEqualTo("https://example.org/100%25-safe");
    }

    @Test
    void parsesHostsWithUnderscores() {
        assertThat(canonical("https://my_blog.example.org/a")).isEqualTo("https://my_blog.example.org/a");
    }

    @Test
    void removesUtmParameters() {
        assertSame(
                "https://example.org/a?utm_source=twir&utm_medium=email&utm_campaign=x&utm_content=y",
                "https://example.org/a");
    }

    @Test
    void removesClickIdentifiers() {
        assertSame("https://example.org/a?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2", "https://example.org/a");
    }

    @Test
    void removesRefParameters() {
        assertSame("https://example.org/a?ref=twir&ref_src=twsrc", "https://example.org/a");
    }

    @Test
    void removesShareIdentifiers() {
        assertSame("https://example.org/a?si=XyZ", "https://example.org/a");
    }

    @Test
    void removesJobBoardAndTicketingReferrers() {
        assertSame("https://jobs.example.org/acme/jobs/42?gh_src=abc1", "https://jobs.example.org/acme/jobs/42");
        assertSame(
                "https://tickets.example.org/e/rust-night-123?aff=erelexpmlt",
                "https://tickets.example.org/e/rust-night-123");
    }

    @Test
    void sortsTheRemainingQueryParameters() {
        assertSame("https://example.org/search?q=rust&page=2", "https://example.org/search?page=2&q=rust");
    }

    @Test
    void keepsMeaningfulQueryParameters() {
        assertDifferent("https://news.example.org/item?id=1", "https://news.example.org/item?id=2");
    }

    @Test
    void keepsMeaningfulFragments() {
        assertDifferent("https://podcast.example.org/#episode-12", "https://podcast.example.org/#episode-13");
    }

    @Test
    void dropsEmptyAndTopFragments() {
        assertSame("https://example.org/a#", "https://example.org/a");
        assertSame("https://example.org/a#top", "https://example.org/a");
    }

    @Test
    void dropsTextFragments() {
        assertSame("https://example.org/a#:~:text=ownership", "https://example.org/a");
    }

    @Test
    void completesAMissingScheme() {
        assertSame("example.org/a", "https://example.org/a");
    }

    @Test
    void rejectsNonHttpLinks() {
        assertThat(canonicalizer.canonicalString("mailto:editors@example.org")).isEmpty();
        assertThat(canonicalizer.canonicalString("ftp://example.org/a")).isEmpty();
    }

    @Test
    void dropsSentencePunctuationAfterTheUrl() {
        assertSame("https://example.org/post.", "https://example.org/post");
        assertSame("https://example.org/post),", "https://example.org/post");
    }

    @Test
    void keepsBalancedParenthesesInThePath() {
        assertThat(canonical("https://en.example.org/wiki/Rust_(language)"))
                .isEqualTo("https://en.example.org/wiki/Rust_(language)");
    }

    @Test
    void unwrapsAngleBrackets() {
        assertSame("<https://example.org/a>", "https://example.org/a");
    }

    @Test
    void mapsYoutuBeShortLinksToTheWatchPage() {
        assertThat(canonical("https://youtu.be/AbC123xyz?si=share")).isEqualTo("https://youtube.com/watch?v=AbC123xyz");
    }

    @Test
    void mapsYoutubeEmbedShortsAndLiveToTheWatchPage() {
        assertSame("https://www.youtube.com/embed/AbC123xyz", "https://youtube.com/watch?v=AbC123xyz");
        assertSame("https://youtube.com/shorts/AbC123xyz", "https://youtube.com/watch?v=AbC123xyz");
        assertSame("https://m.youtube.com/live/AbC123xyz", "https://youtube.com/watch?v=AbC123xyz");
    }

    @Test
    void ignoresYoutubeStartTimesAndPlaylists() {
        assertSame(
                "https://www.youtube.com/watch?v=AbC123xyz&t=120s&list=PL1&feature=share",
                "https://youtube.com/watch?v=AbC123xyz");
    }

    @Test
    void treatsRedditFrontEndsAlike() {
        assertSame(
                "https://old.reddit.com/r/rust/comments/abc123/my_post/",
                "https://www.reddit.com/r/rust/comments/abc123/my_post/");
        assertSame("https://np.reddit.com/r/rust/comments/abc123/", "https://reddit.com/r/rust/comments/abc123");
    }

    @Test
    void identifiesARedditThreadByItsIdWhateverTheSlug() {
        assertSame("https://www.reddit.com/r/rust/comments/abc123/old_title/", "https://redd.it/abc123");
    }

    @Test
    void keepsARedditCommentPermalinkDistinctFromItsThread() {
        assertDifferent(
                "https://www.reddit.com/r/rust/comments/abc123/slug/def456/",
                "https://www.reddit.com/r/rust/comments/abc123/slug/");
        assertSame(
                "https://www.reddit.com/r/rust/comments/abc123/slug/def456/",
                "https://www.reddit.com/r/rust/comments/abc123/comment/def456/");
    }

    @Test
    void treatsTwitterAndXAlike() {
        assertSame("https://twitter.com/SomeDev/status/123456789?s=20", "https://x.com/somedev/status/123456789");
        assertSame("https://mobile.twitter.com/SomeDev/status/123456789", "https://x.com/i/status/123456789");
    }

    @Test
    void identifiesAMediumPostByItsId() {
        assertSame(
                "https://medium.com/@someone/taming-lifetimes-2919e418ca61?source=rss",
                "https://some-publication.medium.com/taming-lifetimes-2919e418ca61");
        assertSame("https://medium.com/p/2919e418ca61", "https://medium.com/some-pub/renamed-post-2919e418ca61");
    }

    @Test
    void mapsMediumUserSubdomainsToTheUserPath() {
        assertSame("https://someone.medium.com/", "https://medium.com/@someone");
    }

    @Test
    void treatsGithubOwnerAndRepositoryCaseAlike() {
        assertSame("https://github.com/Some-Org/Some-Repo", "https://github.com/some-org/some-repo.git");
    }

    @Test
    void treatsGithubIssuesAndPullRequestsWithTheSameNumberAlike() {
        assertSame("https://github.com/some-org/repo/pull/42/files", "https://github.com/some-org/repo/issues/42");
    }

    @Test
    void keepsGithubMasterAndMainBranchesApart() {
        assertDifferent("https://github.com/o/r/blob/master/README.md", "https://github.com/o/r/blob/main/README.md");
    }

    @Test
    void identifiesAForumTopicByItsId() {
        assertSame("https://users.rust-lang.org/t/some-question/12345", "https://users.rust-lang.org/t/12345/1");
        assertSame(
                "https://internals.rust-lang.org/t/old-title/777/", "https://internals.rust-lang.org/t/new-title/777");
    }

    @Test
    void keepsAForumPostDistinctFromItsTopic() {
        assertDifferent(
                "https://users.rust-lang.org/t/some-question/12345/7",
                "https://users.rust-lang.org/t/some-question/12345");
    }
}
