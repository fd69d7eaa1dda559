package org.twir.archive.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twir.archive.ServiceProcess;
import org.twir.archive.sync.Upstream;

/**
 * A soak of the packaged service: mixed traffic ({@link SoakTraffic}) while a local bare repository gains and
 * loses issues ({@link SoakVersions}) and the service syncs from it on its schedule. Pass rules, checked and
 * printed: no error (5xx, transport error, unexpected status); no answer mixes two archive versions and every
 * generation fits one version; at least two generations served and one sync applied; heap after a full GC
 * (jcmd GC.class_histogram: a full GC, then the live bytes) sampled at the end of every window, flat from the second
 * window to the end (its least-squares trend rises by less than 10%); from the second window on, every window's p99 within 3x the median window's p99 (or under a floor: 50 ms in the bench, noise on a shared machine).
 * {@code bench/soak} runs it for 10 minutes on the real archive; {@code SoakIT} for 60 s on invented issues.
 */
public final class Soak {

    /** Where the soak runs and how long; {@code archive} null means invented issues. */
    record Config(
            Path jar,
            Path archive,
            Duration duration,
            Duration window,
            Duration syncInterval,
            Duration versionEvery,
            Duration warmup,
            int workers,
            List<String> jvmArgs,
            double p99FloorMillis) {}

    /** The figures and the broken rules (none: passed). */
    record Report(List<String> failures, String text) {}

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

    private Soak() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("soak.jar", "target/twir-archive.jar"));
        String archive = System.getProperty("soak.archive", "");
        long seconds = Long.getLong("soak.seconds", 600);
        String cacheMb = System.getProperty("soak.cache-mb", "");
        Report report = run(new Config(
                jar,
                archive.isBlank() ? null : Path.of(archive),
                Duration.ofSeconds(seconds),
                Duration.ofSeconds(Math.max(10, seconds / 10)),
                Duration.ofSeconds(30),
                Duration.ofSeconds(20),
                Duration.ofSeconds(30),
                8,
                // The answer cache keeps keys and answers outside the heap (a ring allocated once), so its fill
                // after every publish does not move the heap samples; only its 128 KB Bloom filter is renewed.
                cacheMb.isBlank() ? List.of() : List.of("-Dtwir.search.cache-mb=" + cacheMb),
                50));
        System.out.println(report.text());
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    static Report run(Config config) throws Exception {
        Path root = Files.createTempDirectory("twir-soak");
        SoakVersions versions =
                config.archive() == null ? SoakVersions.fixture(150, 6) : SoakVersions.of(config.archive(), 5);
        int versionCount =
                (int) (config.duration().toMillis() / config.versionEvery().toMillis()) + 2;
        Process server = null;
        try (Upstream upstream = Upstream.create(root)) {
            versions.publish(upstream, 0, -1);
            int port = ServiceProcess.freePort();
            server = start(config, root, upstream.uri(), port);
            Process started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly)); // Ctrl-C stops it too
            URI base = URI.create("http://127.0.0.1:" + port);
            Path log = root.resolve("server.log");
            ServiceProcess.awaitReady(base, server, Duration.ofMinutes(5), () -> {
                String text = Files.readString(log);
                return "the end of its log:\n" + text.substring(Math.max(0, text.length() - 4000));
            });
            SoakTraffic traffic = new SoakTraffic(base, versions, versionCount, config.window());
            long t0 = System.nanoTime() + config.warmup().toNanos();
            long deadline = t0 + config.duration().toNanos();
            Process jvm = server;
            List<Long> heap = new ArrayList<>();
            Thread upkeep = Thread.ofPlatform().name("soak-upkeep").start(() -> {
                try {
                    int published = 0;
                    long nextVersion = System.nanoTime() + config.versionEvery().toNanos();
                    long nextSample = t0 + config.window().toNanos();
                    while (System.nanoTime() < deadline) {
                        long now = System.nanoTime();
                        if (now >= nextVersion && published + 1 < versionCount) {
                            versions.publish(upstream, published + 1, published);
                            published++;
                            nextVersion += config.versionEvery().toNanos();
                        }
                        if (now >= nextSample) {
                            heap.add(heapAfterFullGc(jvm.pid()));
                            nextSample += config.window().toNanos();
                        }
                        Thread.sleep(100);
                    }
                    if (heap.size()
                            < config.duration().toNanos() / config.window().toNanos()) {
                        heap.add(heapAfterFullGc(jvm.pid())); // the last window ends with the traffic
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("soak upkeep failed", e);
                }
            });
            traffic.run(config.workers(), t0, deadline);
            upkeep.join();
            long syncs = countLines(root.resolve("server.log"), "GitSync", " Sync ");
            long errorLines = countLines(root.resolve("server.log"), " ERROR ", "");
            return evaluate(config, traffic, heap, syncs, errorLines);
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
            deleteTree(root);
        }
    }

    private static Report evaluate(Config config, SoakTraffic traffic, List<Long> heapKb, long syncs, long errorLines) {
        List<String> failures = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        long requests = traffic.requests.get();
        text.append(String.format(
                Locale.ROOT,
                "soak: %d s, %d requests, %d errors, %d mixed answers; p50 %.1f ms, p99 %.1f ms; syncs applied %d%n",
                config.duration().toSeconds(),
                requests,
                traffic.errors.get(),
                traffic.mixed.get(),
                traffic.percentile(0.50),
                traffic.percentile(0.99),
                syncs));
        if (traffic.errors.get() > 0) {
            failures.add(traffic.errors.get() + " errors");
        }
        if (traffic.mixed.get() > 0) {
            failures.add(traffic.mixed.get() + " answers mix archive versions or lack one stamp");
        }
        if (errorLines > 0) {
            failures.add(errorLines + " ERROR lines in the service log");
        }
        Map<Long, Set<Integer>> generations = traffic.generations();
        text.append("generations seen (generation -> versions its answers fit): ")
                .append(generations)
                .append('\n');
        generations.forEach((g, vs) -> {
            if (vs.isEmpty()) {
                failures.add("the answers stamped with generation " + g + " fit no single archive version");
            }
        });
        if (generations.size() < 2 || syncs < 1) {
            failures.add("only " + generations.size() + " generations and " + syncs
                    + " syncs: the soak did not see the archive change");
        }
        Map<Integer, Double> p99 = traffic.p99PerWindow();
        text.append("p99 per window (ms): ").append(rounded(p99)).append('\n');
        // From the second window on, as for the heap: the first still carries JIT and cache warm-up.
        Map<Integer, Double> steadyP99 = new TreeMap<>(p99);
        steadyP99.remove(0);
        List<Double> sorted = steadyP99.values().stream().sorted().toList();
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        steadyP99.forEach((w, v) -> {
            if (v > Math.max(3 * median, config.p99FloorMillis())) {
                failures.add(String.format(
                        Locale.ROOT, "window %d p99 %.1f ms is over 3x the median window's %.1f ms", w, v, median));
            }
        });
        text.append("heap after full GC per window (MB): ")
                .append(heapKb.stream().map(k -> k / 1024).toList())
                .append('\n');
        List<Long> steady = heapKb.size() > 1 ? heapKb.subList(1, heapKb.size()) : List.of();
        if (steady.size() < 2) {
            failures.add("fewer than two heap samples after the first window");
        } else {
            long min = steady.stream().mapToLong(Long::longValue).min().orElseThrow();
            long max = steady.stream().mapToLong(Long::longValue).max().orElseThrow();
            double[] trend = trend(steady);
            text.append(String.format(
                    Locale.ROOT,
                    "heap from window 2: min %d MB, max %d MB; trend %.0f MB -> %.0f MB%n",
                    min / 1024,
                    max / 1024,
                    trend[0] / 1024,
                    trend[1] / 1024));
            if (trend[1] > trend[0] * 1.10) {
                failures.add(String.format(
                        Locale.ROOT,
                        "heap after full GC trends up from %.0f MB to %.0f MB (over 10%%)",
                        trend[0] / 1024,
                        trend[1] / 1024));
            }
        }
        traffic.samples.forEach(s -> text.append("  sample: ").append(s).append('\n'));
        text.append(failures.isEmpty() ? "PASS" : "FAIL: " + failures);
        return new Report(List.copyOf(failures), text.toString());
    }

    private static Process start(Config config, Path root, String remote, int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                java.toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "-jar",
                config.jar().toString());
        Map<String, String> env = builder.environment();
        env.put(
                "TWIR_ARCHIVE_DIR",
                root.resolve("data/archive/this-week-in-rust").toString());
        env.put("TWIR_ARCHIVE_REMOTE", remote);
        env.put("TWIR_INDEX_DIR", root.resolve("data/index").toString());
        env.put("TWIR_SYNC_INTERVAL", "PT" + config.syncInterval().toSeconds() + "S");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        builder.redirectErrorStream(true)
                .redirectOutput(root.resolve("server.log").toFile());
        return builder.start();
    }

    /**
     * The least-squares line through the samples, at the first and the last sample. "Flat" is judged on this trend,
     * not on the spread: the answer caches empty at every publish and refill, so single samples swing by ~20% with
     * no growth, while a leak moves the line.
     */
    static double[] trend(List<Long> samples) {
        int n = samples.size();
        double meanX = (n - 1) / 2.0;
        double meanY = samples.stream().mapToLong(Long::longValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (i - meanX) * (samples.get(i) - meanY);
            variance += (i - meanX) * (i - meanX);
        }
        double slope = variance == 0 ? 0 : covariance / variance;
        return new double[] {meanY - slope * meanX, meanY + slope * (n - 1 - meanX)};
    }

    /**
     * The live heap (KB) of the server JVM: {@code jcmd GC.class_histogram} runs a full GC and sums what
     * survived in the same safepoint. (GC.run and then GC.heap_info would count what the traffic allocated
     * between the two commands: tens of MB at this request rate.)
     */
    static long heapAfterFullGc(long pid) throws Exception {
        Matcher total = TOTAL.matcher(jcmd(pid, "GC.class_histogram"));
        if (!total.find()) {
            throw new IllegalStateException("jcmd GC.class_histogram printed no Total line");
        }
        return Long.parseLong(total.group(1)) / 1024;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static long countLines(Path log, String a, String b) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains(a) && l.contains(b)).count();
        }
    }

    private static Map<Integer, String> rounded(Map<Integer, Double> values) {
        Map<Integer, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.0f", v)));
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
