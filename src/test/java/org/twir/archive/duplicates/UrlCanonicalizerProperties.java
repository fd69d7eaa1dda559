package org.twir.archive.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the canonicaliser over generated strings and generated URLs: it never throws, its canonical form
 * is a fixed point, and the variations a link picks up on its way to an editor never change it.
 */
class UrlCanonicalizerProperties {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @Property(tries = 2000)
    void neverThrowsOnAnyString(@ForAll @StringLength(max = 300) String text) {
        UrlCanonicalizer.Explained explained = canonicalizer.explain(text);
        assertThat(explained.canonical()).isNotNull();
    }

    @Property(tries = 300)
    void neverThrowsOnUrlShapedNoise(@ForAll("noisyUrls") String url) {
        UrlCanonicalizer.Explained explained = canonicalizer.explain(url);
        assertThat(explained.link() || explained.note() != null).isTrue();
    }

    @Property(tries = 1000)
    void canonicalFormIsIdempotent(@ForAll("urls") String url) {
        String once = canonicalizer.canonicalString(url).orElseThrow();
        assertThat(canonicalizer.canonicalString(once)).contains(once);
    }

    @Property(tries = 1000)
    void trackingParametersNeverChangeTheCanonicalForm(
            @ForAll("urls") String url, @ForAll("trackingParameters") String tracking) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String withTracking =
                base + (base.contains("?") ? "&" : "?") + tracking + (hash < 0 ? "" : url.substring(hash));
        assertThat(canonicalizer.canonicalString(withTracking)).isEqualTo(canonicalizer.canonicalString(url));
    }

    @Property(tries = 1000)
    void schemeHostCaseAndWwwNeverChangeTheCanonicalForm(@ForAll("urls") String url) {
        String rest = url.substring("https://".length());
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        String variant = "http://www." + host.toUpperCase(Locale.ROOT) + path;
        assertThat(canonicalizer.canonicalString(variant)).isEqualTo(canonicalizer.canonicalString(url));
    }

    /** https URLs of invented hosts (never the known sites, whose own forms are tested by example). */
    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> label = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('0', '1', '9')
                .ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> host = Combinators.combine(label, label, Arbitraries.of("org", "dev", "io", "example"))
                .as((a, b, tld) -> a + "-" + b + "." + tld);
        Arbitrary<String> segment = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('0', '9', '-', '_', '~', '.', '%', ' ', 'é', '+')
                .ofMinLength(1)
                .ofMaxLength(10)
                // A final "." or space is taken for the sentence around the link when nothing follows it.
                .filter(s -> !s.endsWith(".") && !s.endsWith(" "));
        Arbitrary<String> path = segment.list().ofMaxSize(4).map(s -> String.join("/", s));
        Arbitrary<String> query = Combinators.combine(label, label)
                .as((k, v) -> k + "=" + v)
                .list()
                .ofMaxSize(3)
                .map(l -> l.isEmpty() ? "" : "?q" + String.join("&q", l));
        Arbitrary<String> fragment = label.injectNull(0.7).map(f -> f == null ? "" : "#section-" + f);
        return Combinators.combine(host, path, Arbitraries.of("", "/"), query, fragment)
                .as((h, p, slash, q, f) -> "https://" + h + "/" + p + slash + q + f);
    }

    @Provide
    Arbitrary<String> trackingParameters() {
        Arbitrary<String> name = Arbitraries.of(
                "utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "ref_src", "mc_cid", "si");
        Arbitrary<String> value =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(name, value).as((n, v) -> n + "=" + v);
    }

    /** Pieces of URLs and of hostile text glued together: long hosts, brackets, escapes, control characters. */
    @Provide
    Arbitrary<String> noisyUrls() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(List.of(
                        "https://",
                        "http://",
                        "//",
                        "www.",
                        "[",
                        "]",
                        "%",
                        "%zz",
                        "%41",
                        ":",
                        "@",
                        "#",
                        "?",
                        "&",
                        "..",
                        "/",
                        "(",
                        ")",
                        ".",
                        "é",
                        "xn--",
                        "\u0000",
                        "\t",
                        " ",
                        "ﬀ",
                        "\uD83E\uDD80")),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withChars('a', 'é', '.').ofMinLength(60).ofMaxLength(6000));
        return piece.list().ofMinSize(1).ofMaxSize(12).map(p -> String.join("", p));
    }
}
