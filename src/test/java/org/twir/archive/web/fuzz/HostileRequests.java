package org.twir.archive.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Generates hostile requests from a seed: every documented operation with hostile or valid parameter values
 * (random unicode, 5 KB strings, query syntax soup, wildcard and regex bombs, bad numbers, repeated and unknown
 * parameters), odd methods on documented paths, malformed, mistyped and oversized bodies, SPA routes and paths
 * nobody serves. The same seed always gives the same requests.
 */
public final class HostileRequests {

    private static final List<String> ODD_METHODS = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE");
    private static final List<String> SPA_ROUTES =
            List.of("/", "/issues/500", "/issues/{id}", "/crates", "/trends", "/index.html", "/assets/{id}");
    private static final List<String> SYNTAX = List.of(
            "(",
            ")",
            "\"",
            "-",
            "+",
            "OR",
            "AND",
            "NOT",
            "*",
            "?",
            "~",
            "~2",
            "^10",
            ":",
            "title:",
            "domain:",
            "category:",
            "kind:",
            "tag:",
            "issue:",
            "year:",
            "[",
            "]",
            "{",
            "}",
            "\\",
            "/",
            "!",
            "&&",
            "||",
            "TO",
            "tokio",
            "async",
            "serde",
            "std::",
            "::",
            "rust",
            "cargo",
            "wasm",
            "2020",
            "500",
            "é",
            "🦀");
    private static final List<String> GOOD_WORDS = List.of(
            "tokio", "async", "serde", "rust 2018", "cargo", "wasm", "embedded", "gamedev", "\"error handling\"");

    private final SplittableRandom random;
    private final ApiCatalog catalog;

    public HostileRequests(long seed, ApiCatalog catalog) {
        this.random = new SplittableRandom(seed);
        this.catalog = catalog;
    }

    public List<FuzzRequest> take(int count) {
        List<FuzzRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    public FuzzRequest next() {
        int kind = random.nextInt(100);
        if (kind < 78) {
            return documented(pick(catalog.operations()));
        }
        if (kind < 88) {
            ApiCatalog.Operation op = pick(catalog.operations());
            return new FuzzRequest(pick(ODD_METHODS), fill(op.pathTemplate()), params(op), null, null);
        }
        if (kind < 95) {
            return new FuzzRequest(
                    "GET", fill(pick(SPA_ROUTES)), random.nextBoolean() ? List.of() : junkParams(), null, null);
        }
        return new FuzzRequest(
                random.nextBoolean() ? "GET" : "POST", "/" + FuzzRequest.encode(value()), List.of(), null, null);
    }

    private FuzzRequest documented(ApiCatalog.Operation op) {
        String contentType = null;
        String body = null;
        if (!op.requestContentTypes().isEmpty() || "POST".equals(op.method())) {
            contentType = random.nextInt(10) == 0
                    ? pick(List.of("application/xml", "image/png", "text/markdown;charset=latin-9", "nonsense"))
                    : op.requestContentTypes().isEmpty() ? "application/json" : pick(op.requestContentTypes());
            body = body(contentType);
        }
        return new FuzzRequest(op.method(), fill(op.pathTemplate()), params(op), contentType, body);
    }

    private List<Map.Entry<String, String>> params(ApiCatalog.Operation op) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (String name : op.queryParameters()) {
            int dice = random.nextInt(10);
            if (dice < 5) {
                continue;
            }
            params.add(Map.entry(name, dice < 7 ? good(name) : value()));
            if (random.nextInt(10) == 0) {
                params.add(Map.entry(name, random.nextBoolean() ? good(name) : value()));
            }
        }
        if (random.nextInt(8) == 0) {
            params.addAll(junkParams());
        }
        return params;
    }

    private List<Map.Entry<String, String>> junkParams() {
        return List.of(Map.entry(random.nextBoolean() ? "q" : value(), value()));
    }

    private String fill(String template) {
        StringBuilder path = new StringBuilder();
        for (String segment : template.split("/", -1)) {
            if (!path.isEmpty() || !segment.isEmpty()) {
                path.append('/');
            }
            if (segment.startsWith("{")) {
                path.append(FuzzRequest.encode(random.nextInt(3) == 0 ? goodId() : value()));
            } else {
                path.append(segment);
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }

    private String goodId() {
        return pick(List.of("500", "1", "650", "serde", "tokio", "rayon", "this-week-in-rust-2018", "0", "99999"));
    }

    /** A plausible value for a parameter, so that the fuzz also reaches the code behind validation. */
    private String good(String name) {
        return switch (name) {
            case "q" -> random.nextInt(4) == 0 ? syntaxSoup() : pick(GOOD_WORDS);
            case "size" -> Integer.toString(1 + random.nextInt(100));
            case "page" -> Integer.toString(random.nextInt(30));
            case "sort" -> pick(List.of("relevance", "date", "DATE", "oldest"));
            case "year", "from", "to" -> Integer.toString(2012 + random.nextInt(16));
            case "kind" -> pick(List.of("article", "crate-of-the-week", "event", "job", "rfc", "quote"));
            case "category" -> pick(List.of("community", "community/official", "rfcs/approved", "events"));
            case "format" -> pick(List.of("json", "text", "github", "html"));
            default -> pick(List.of("tokio", "1", "true", "2020", "serde"));
        };
    }

    /** A hostile value of one of several families. */
    String value() {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> unicode(random.nextInt(1, 40));
            case 2 -> random.nextBoolean() ? "x".repeat(5_000) : unicode(5_000);
            case 3 -> syntaxSoup();
            case 4 -> bomb();
            case 5 ->
                pick(List.of(
                        "-1",
                        "0",
                        "1e3",
                        "NaN",
                        "0x10",
                        " 5",
                        "5 ",
                        "1.5",
                        "+3",
                        "٣",
                        "99999999999999999999",
                        "-0",
                        "2147483648",
                        "9223372036854775808",
                        "1_000",
                        "Infinity"));
            case 6 ->
                pick(List.of(
                        "%",
                        "%zz",
                        "%00",
                        "../../etc/passwd",
                        "<script>alert(1)</script>",
                        "${jndi:x}",
                        "null",
                        "undefined",
                        "[]",
                        "{}",
                        "\u0000",
                        "\r\n",
                        "\uFEFF",
                        "\uD800",
                        "\uDFFF\uD800"));
            case 7 -> pick(GOOD_WORDS) + " " + syntaxSoup();
            default -> unicode(random.nextInt(1, 400));
        };
    }

    private String syntaxSoup() {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(1, 14);
        for (int i = 0; i < n; i++) {
            s.append(pick(SYNTAX));
            if (random.nextInt(3) > 0) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    private String bomb() {
        int n = random.nextInt(10, 200);
        return switch (random.nextInt(6)) {
            case 0 -> "a*".repeat(n);
            case 1 -> "*".repeat(n) + "tokio";
            case 2 -> "?".repeat(n);
            case 3 -> "/(a+)+$/ " + ".*".repeat(n);
            case 4 -> "t*o*k*i*o* ".repeat(n / 10 + 1);
            default -> "\"" + "a b ".repeat(n) + "\"~" + n;
        };
    }

    private String unicode(int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int range = random.nextInt(6);
            int cp = switch (range) {
                case 0 -> random.nextInt(0x20, 0x7F);
                case 1 -> random.nextInt(0, 0x20);
                case 2 -> random.nextInt(0xA0, 0x800);
                case 3 -> random.nextInt(0x3000, 0xA000);
                case 4 -> random.nextInt(0x1F300, 0x1FAFF);
                default -> random.nextInt(0xD800, 0xE000);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private String body(String contentType) {
        int dice = random.nextInt(10);
        if (dice == 0) {
            // Oversized: beyond the 1 MiB a draft may have; the service must read and drop it, then answer 413.
            return "x".repeat(random.nextInt(1_048_577, 3_000_000));
        }
        if (dice == 1) {
            return value();
        }
        String markdown = markdown();
        if (!contentType.contains("json")) {
            return markdown;
        }
        return switch (random.nextInt(5)) {
            case 0 -> "{\"markdown\": " + jsonString(markdown) + "}";
            case 1 -> "{\"markdown\": " + pick(List.of("1", "null", "[]", "{}", "true")) + "}";
            case 2 -> "{\"markdown\": " + jsonString(markdown);
            case 3 -> pick(List.of("[]", "null", "\"text\"", "{}", "{\"other\": 1}", ""));
            default -> "{\"markdown\": " + jsonString(markdown) + ", \"extra\": " + jsonString(value()) + "}";
        };
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        int n = random.nextInt(0, 12);
        for (int i = 0; i < n; i++) {
            md.append(
                            random.nextBoolean()
                                    ? "## " + pick(List.of("Updates from Rust Community", "Crate of the Week", value()))
                                            + "\n"
                                    : "")
                    .append("* [")
                    .append(random.nextInt(3) == 0 ? value() : pick(GOOD_WORDS))
                    .append("](")
                    .append(url())
                    .append(")\n");
        }
        return md.toString();
    }

    private String url() {
        // Hosts up to 6,000 characters: past DNS's 253 (and IDN's limits) the canonicaliser must keep the link as
        // written, not fail.
        Function<Integer, String> host = n -> "h".repeat(n) + ".example";
        return switch (random.nextInt(8)) {
            case 0 -> "https://" + host.apply(random.nextInt(1, 6000)) + "/" + FuzzRequest.encode(value());
            case 1 -> pick(List.of("javascript:alert(1)", "mailto:a@b", "ftp://x", "http://", "https://", "//x", "::"));
            case 2 -> "https://github.com/tokio-rs/tokio?utm_source=x#" + unicode(5);
            case 3 -> "http://[::1]:99999/" + unicode(3);
            case 4 -> "https://www.youtube.com/watch?v=" + unicode(11);
            case 5 -> unicode(random.nextInt(1, 60));
            case 6 -> "https://blog.rust-lang.org/2020/01/01/" + random.nextInt(1000) + ".html";
            default -> "https://" + unicode(random.nextInt(1, 30)) + "/path";
        };
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
