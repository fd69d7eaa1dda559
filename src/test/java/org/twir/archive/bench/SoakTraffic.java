package org.twir.archive.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak's clients: closed-loop workers sending a mix of reader and editor requests (unique and as-typed
 * searches, completions, issue pages and the issue list, crate and quote histories, exports, drafts to the
 * duplicate check) and searches limited to one issue's week. Every answer must be 200 (404 only for an issue page), be stamped with one index generation,
 * and hold only issues of one archive version; answers of one generation must all fit the same version.
 */
final class SoakTraffic {

    static final String STAMP = "X-Index-Generation";
    private static final int KEPT_SAMPLES = 20;
    private static final int DRAFT_NUMBER = 99_999;
    private static final Set<String> ISSUE_FIELDS = Set.of("issue", "number", "previous", "next");

    private final URI base;
    private final SoakVersions versions;
    private final List<Set<Integer>> held = new ArrayList<>();
    private final long windowNanos;
    private volatile long start = Long.MAX_VALUE;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    final AtomicLong requests = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong mixed = new AtomicLong();
    final List<String> samples = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    /** Per generation: the versions every answer stamped with it fits (bit v set: version v). */
    private final Map<Long, BitSet> fits = new ConcurrentHashMap<>();

    SoakTraffic(URI base, SoakVersions versions, int versionCount, Duration window) {
        this.base = base;
        this.versions = versions;
        for (int v = 0; v < versionCount; v++) {
            held.add(versions.numbers(v));
        }
        this.windowNanos = window.toNanos();
    }

    /**
     * Runs {@code workers} clients until {@code deadlineNanos} (System.nanoTime); latencies count from
     * {@code measureFromNanos} on (before it the JIT warms up), in windows from there. Every answer is checked.
     */
    void run(int workers, long measureFromNanos, long deadlineNanos) throws InterruptedException {
        start = measureFromNanos;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofPlatform().name("soak-client-" + i).start(() -> {
                while (System.nanoTime() < deadlineNanos) {
                    once();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** The 99th percentile latency (ms) of each window, in window order. */
    Map<Integer, Double> p99PerWindow() {
        Map<Integer, Double> p99 = new TreeMap<>();
        micros.forEach((w, q) -> p99.put(w, percentile(new ArrayList<>(q), 0.99) / 1000.0));
        return p99;
    }

    double percentile(double p) {
        List<Long> all = new ArrayList<>();
        micros.values().forEach(all::addAll);
        return percentile(all, p) / 1000.0;
    }

    /** Generation to the versions its answers fit; an empty set is a failure. */
    Map<Long, Set<Integer>> generations() {
        Map<Long, Set<Integer>> out = new TreeMap<>();
        fits.forEach((g, bits) -> {
            Set<Integer> vs = new TreeSet<>();
            bits.stream().forEach(vs::add);
            out.put(g, vs);
        });
        return out;
    }

    private void once() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> words = versions.words();
        String w1 = words.get(random.nextInt(words.size()));
        String w2 = words.get(random.nextInt(words.size()));
        List<Integer> numbers = versions.allNumbers();
        int n = numbers.get(random.nextInt(numbers.size()));
        HttpRequest.Builder request = switch (random.nextInt(11)) {
            case 0 -> get("/api/search?q=" + enc(w1 + " " + w2));
            // One issue's week: its entries or none, so an answer cached before a publish shows if served after.
            case 1, 10 -> get("/api/search?q=&from=" + versions.date(n) + "&to=" + versions.date(n));
            case 2 -> get("/api/search?prefix=true&q=" + enc(w1 + " " + w2.substring(0, Math.min(4, w2.length()))));
            case 3 -> get("/api/suggest?q=" + enc(w1.substring(0, 3)));
            case 4 -> get("/api/issues/" + n);
            case 5 -> get("/api/issues?page=0&size=50");
            case 6 -> get(random.nextBoolean() ? "/api/crates-of-the-week?size=20" : "/api/quotes-of-the-week?size=20");
            case 7 -> get("/api/export?format=ndjson&q=" + enc(w1));
            default ->
                HttpRequest.newBuilder(base.resolve("/api/duplicates"))
                        .header("Content-Type", "text/markdown")
                        .POST(HttpRequest.BodyPublishers.ofString(draft(random.nextInt(1_000_000))));
        };
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (t0 >= start) {
                micros.computeIfAbsent((int) ((t0 - start) / windowNanos), w -> new ConcurrentLinkedQueue<>())
                        .add(took / 1000);
            }
            requests.incrementAndGet();
            check(built, response, n);
        } catch (Exception e) {
            requests.incrementAndGet();
            fail(errors, built.method() + " " + built.uri() + ": " + e);
        }
    }

    private void check(HttpRequest request, HttpResponse<String> response, int asked) {
        String what = request.method() + " " + request.uri().getRawPath() + " -> " + response.statusCode();
        boolean issuePage = request.uri().getPath().matches("/api/issues/\\d+");
        if (response.statusCode() != 200 && !(issuePage && response.statusCode() == 404)) {
            fail(errors, what + ": " + abbreviate(response.body()));
            return;
        }
        String stamp = response.headers().firstValue(STAMP).orElse("");
        if (!stamp.matches("\\d+")) {
            fail(mixed, what + ": stamp '" + stamp + "' is not one generation");
            return;
        }
        Set<Integer> present = new TreeSet<>();
        Set<Integer> absent = new TreeSet<>();
        try {
            if (response.statusCode() == 404) {
                absent.add(asked);
            } else if (request.uri().getPath().equals("/api/export")) {
                for (String line : response.body().split("\n")) {
                    if (!line.isBlank()) {
                        collect(json.readTree(line), present);
                    }
                }
            } else {
                collect(json.readTree(response.body()), present);
            }
        } catch (RuntimeException e) {
            fail(errors, what + ": unreadable body " + e);
            return;
        }
        present.remove(DRAFT_NUMBER); // the draft's own number, echoed by the duplicate check
        BitSet fit = new BitSet();
        for (int v = 0; v < held.size(); v++) {
            Set<Integer> numbers = held.get(v);
            if (numbers.containsAll(present) && absent.stream().noneMatch(numbers::contains)) {
                fit.set(v);
            }
        }
        if (fit.isEmpty()) {
            fail(
                    mixed,
                    what + " (generation " + stamp + "): issues " + present + " absent " + absent
                            + " fit no single archive version");
        }
        fits.merge(Long.parseLong(stamp), fit, (a, b) -> {
            BitSet both = (BitSet) a.clone();
            both.and(b);
            return both;
        });
    }

    private static void collect(JsonNode node, Set<Integer> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (ISSUE_FIELDS.contains(field.getKey()) && field.getValue().isInt()) {
                    into.add(field.getValue().intValue());
                } else {
                    collect(field.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        }
    }

    private String draft(int seed) {
        return "Title: This Week in Rust " + DRAFT_NUMBER + "\nNumber: " + DRAFT_NUMBER + "\n"
                + "Date: 2099-01-01\nCategory: This Week in Rust\n\n"
                + "## Updates from Rust Community\n\n### Rust Walkthroughs\n\n"
                + "* [One](" + versions.someLink(seed) + ")\n"
                + "* [Two](" + versions.someLink(seed + 1) + ")\n"
                + "* [Three](https://soak.example.org/new/" + seed + ")\n";
    }

    private HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET();
    }

    private void fail(AtomicLong counter, String message) {
        counter.incrementAndGet();
        if (samples.size() < KEPT_SAMPLES) {
            samples.add(message);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static double percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        Collections.sort(values);
        return values.get((int) Math.min(values.size() - 1, Math.ceil(p * values.size()) - 1));
    }
}
