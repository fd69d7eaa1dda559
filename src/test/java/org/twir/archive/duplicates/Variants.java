package org.twir.archive.duplicates;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rewrites a real archive link the ways a contributor might submit the same page again, for the evaluation:
 * each variant names the rule it exercises. A variant that does not apply to a link is empty.
 */
final class Variants {

    private Variants() {}

    /** URL variants by name. */
    static Map<String, Function<String, Optional<String>>> urls() {
        Map<String, Function<String, Optional<String>>> v = new LinkedHashMap<>();
        v.put(
                "scheme",
                u -> u.startsWith("https://")
                        ? Optional.of("http://" + u.substring(8))
                        : u.startsWith("http://") ? Optional.of("https://" + u.substring(7)) : Optional.empty());
        v.put(
                "www",
                u -> parts(u).map(p -> p.host().startsWith("www.")
                                ? p.withHost(p.host().substring(4))
                                : p.withHost("www." + p.host()))
                        .map(Parts::toString));
        v.put("utm", u -> Optional.of(appendQuery(u, "utm_source=reddit&utm_medium=social&utm_campaign=twir")));
        v.put("ref", u -> Optional.of(appendQuery(u, "ref=twir")));
        v.put("fbclid", u -> Optional.of(appendQuery(u, "fbclid=IwAR0xyz")));
        v.put(
                "trailing-slash",
                u -> parts(u).filter(p -> p.query() == null
                                && p.fragment() == null
                                && p.path().length() > 1)
                        .map(p -> p.withPath(
                                p.path().endsWith("/")
                                        ? p.path().substring(0, p.path().length() - 1)
                                        : p.path() + "/"))
                        .map(Parts::toString));
        v.put(
                "host-case",
                u -> parts(u).map(p -> p.withHost(p.host().toUpperCase(Locale.ROOT)))
                        .map(Parts::toString));
        v.put(
                "default-port",
                u -> parts(u).filter(p -> !p.host().contains(":"))
                        .map(p -> p.withHost(p.host() + (p.scheme().equals("http") ? ":80" : ":443")))
                        .map(Parts::toString));
        v.put("top-fragment", u -> parts(u).filter(p -> p.fragment() == null).map(p -> p + "#top"));
        v.put(
                "double-slash",
                u -> parts(u).filter(p -> p.path().length() > 1)
                        .map(p -> p.withPath("/" + p.path()))
                        .map(Parts::toString));
        v.put(
                "percent-encoding",
                u -> parts(u).filter(p -> p.path().contains("-"))
                        .map(p -> p.withPath(p.path().replaceFirst("-", "%2D")))
                        .map(Parts::toString));
        v.put("youtu.be", Variants::youtube);
        v.put(
                "old.reddit",
                u -> parts(u).filter(p -> p.host().endsWith("reddit.com"))
                        .map(p -> p.withHost("old.reddit.com"))
                        .map(Parts::toString));
        v.put(
                "x.com",
                u -> parts(u).filter(p ->
                                p.host().endsWith("twitter.com") || p.host().equals("x.com"))
                        .map(p -> p.withHost(p.host().equals("x.com") ? "twitter.com" : "x.com"))
                        .map(Parts::toString));
        return v;
    }

    /** Title variants by name: the same article retitled slightly. */
    static Map<String, Function<String, Optional<String>>> titles() {
        Map<String, Function<String, Optional<String>>> v = new LinkedHashMap<>();
        v.put("lower-case", t -> Optional.of(t.toLowerCase(Locale.ROOT)));
        v.put("no-punctuation", t -> Optional.of(t.replaceAll("[:,!?.()]", "")));
        v.put("dash-for-colon", t -> t.contains(": ") ? Optional.of(t.replace(": ", " - ")) : Optional.empty());
        v.put("drop-last-word", t -> {
            String[] words = t.split(" ");
            return words.length >= 6 ? Optional.of(t.substring(0, t.lastIndexOf(' '))) : Optional.empty();
        });
        v.put("swap-words", t -> {
            String[] words = t.split(" ");
            if (words.length < 4) {
                return Optional.empty();
            }
            String w = words[1];
            words[1] = words[2];
            words[2] = w;
            return Optional.of(String.join(" ", words));
        });
        return v;
    }

    private static Optional<String> youtube(String url) {
        return parts(url).flatMap(p -> {
            if (p.host().endsWith("youtube.com") && p.path().equals("/watch") && p.query() != null) {
                for (String param : p.query().split("&")) {
                    if (param.startsWith("v=")) {
                        return Optional.of("https://youtu.be/" + param.substring(2));
                    }
                }
            }
            if (p.host().equals("youtu.be")) {
                return Optional.of("https://www.youtube.com/watch?v=" + p.path().substring(1));
            }
            return Optional.empty();
        });
    }

    private static String appendQuery(String url, String params) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + params + fragment;
    }

    record Parts(String scheme, String host, String path, String query, String fragment) {

        Parts withHost(String h) {
            return new Parts(scheme, h, path, query, fragment);
        }

        Parts withPath(String p) {
            return new Parts(scheme, host, p, query, fragment);
        }

        @Override
        public String toString() {
            return scheme + "://" + host + path + (query == null ? "" : "?" + query)
                    + (fragment == null ? "" : "#" + fragment);
        }
    }

    static Optional<Parts> parts(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            return Optional.of(new Parts(
                    uri.getScheme(),
                    uri.getRawAuthority(),
                    uri.getRawPath() == null ? "" : uri.getRawPath(),
                    uri.getRawQuery(),
                    uri.getRawFragment()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The editors' current script's clean-up, for comparison: http->https, four utm_ parameters, slashes. */
    static String editorsScript(String url) {
        String u = url.strip();
        if (u.startsWith("http://")) {
            u = "https://" + u.substring(7);
        }
        for (String param : List.of("utm_source", "utm_medium", "utm_campaign", "utm_content")) {
            u = u.replaceAll("([?&])" + param + "=[^&#]*&?", "$1");
        }
        u = u.replaceAll("[?&]$", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
