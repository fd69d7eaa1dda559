package org.twir.archive.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twir.archive.RealArchive;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.search.DevQueries;
import org.twir.archive.search.LuceneSearchService;
import org.twir.archive.search.SearchHit;
import org.twir.archive.search.SearchRequest;

/**
 * Whole-archive index build time and in-process query latency of the Lucene engine (facets and highlighting
 * included), side by side with SQLite FTS5 (porter tokenizer, bm25 with the title weighted 4x) on the same
 * entries and dev queries, with both engines' recall@10. Not a test: run it by hand (see README).
 */
public final class SearchBenchmark {

    private static final int BUILDS = 3;
    /** Timed passes over the dev queries unless the first argument says otherwise. */
    private static final int DEFAULT_ROUNDS = 5;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        // The engine itself is measured (it keeps no answers: the web layer caches them encoded); the cached path
        // is measured over HTTP (bench/run).
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long t = System.nanoTime();
        List<Issue> issues = new ArchiveParser().parseArchive(RealArchive.dir()).issues();
        List<Entry> entries = issues.stream().flatMap(i -> i.entries().stream()).toList();
        List<DevQueries.Query> queries = DevQueries.load();
        out.printf(
                "parsed %d issues, %d entries in %d ms; %d dev queries; %d cores, max heap %d MB%n",
                issues.size(),
                entries.size(),
                millis(t),
                queries.size(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long[] luceneBuilds = new long[BUILDS];
        long[] luceneBuildsCpu = new long[BUILDS];
        LuceneArchiveIndex index = null;
        for (int i = 0; i < BUILDS; i++) {
            if (index != null) {
                index.close();
            }
            index = LuceneArchiveIndex.inMemory();
            t = System.nanoTime();
            long cpu = processCpuNanos();
            index.load(issues, "bench-" + i);
            luceneBuilds[i] = millis(t);
            luceneBuildsCpu[i] = (processCpuNanos() - cpu) / 1_000_000;
        }
        LuceneArchiveIndex lucene = index;
        lucene.compact(); // as the service does once the load is served
        LuceneSearchService luceneService = new LuceneSearchService(lucene);
        Function<String, List<String>> luceneSearch = q -> luceneService.search(SearchRequest.of(q)).hits().stream()
                .map(SearchHit::url)
                .toList();
        DevQueries.Evaluation luceneQuality = DevQueries.evaluate(queries, luceneSearch);
        // Queries as typed: the last word cut to 4 letters (the quality test's variant) and to 2 (the widest
        // prefixes a reader types); and the whole-word queries without collapsing, to show what collapsing costs.
        List<DevQueries.Query> typed = DevQueries.asTyped(queries);
        List<DevQueries.Query> twoLetters = cutLastWord(queries, 2);
        Function<String, List<String>> uncollapsed = q -> luceneService
                .search(new SearchRequest(
                        q,
                        Map.of(),
                        null,
                        null,
                        SearchRequest.Sort.RELEVANCE,
                        0,
                        10,
                        true,
                        SearchRequest.Collapse.NONE))
                .hits()
                .stream()
                .map(SearchHit::url)
                .toList();
        // Every variant warms the JIT before any is timed, so the first one measured is not the slowest for that.
        for (int i = 0; i < 3; i++) {
            for (List<DevQueries.Query> set : List.of(queries, typed, twoLetters)) {
                set.forEach(q -> luceneSearch.apply(q.query()));
            }
            queries.forEach(q -> uncollapsed.apply(q.query()));
        }
        Latency uncollapsedLatency = measure(queries, uncollapsed, rounds);
        Latency luceneLatency = measure(queries, luceneSearch, rounds);
        Latency typedLatency = measure(typed, luceneSearch, rounds);
        Latency twoLetterLatency = measure(twoLetters, luceneSearch, rounds);

        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            long[] ftsBuilds = new long[BUILDS];
            long[] ftsBuildsCpu = new long[BUILDS];
            for (int i = 0; i < BUILDS; i++) {
                t = System.nanoTime();
                long cpu = processCpuNanos();
                buildFts(sqlite, entries);
                ftsBuilds[i] = millis(t);
                ftsBuildsCpu[i] = (processCpuNanos() - cpu) / 1_000_000;
            }
            Fts5 fts = new Fts5(sqlite);
            Latency ftsLatency = measure(queries, fts::search, rounds);
            DevQueries.Evaluation ftsQuality = DevQueries.evaluate(queries, fts::search);

            out.printf("%n%-26s %14s %14s %10s%n", "", "Lucene", "SQLite FTS5", "ratio");
            row(out, "index build, median ms", median(luceneBuilds), median(ftsBuilds));
            row(out, "  CPU time, median ms", median(luceneBuildsCpu), median(ftsBuildsCpu));
            row(out, "query median, µs", luceneLatency.median(), ftsLatency.median());
            row(out, "query p99, µs", luceneLatency.p99(), ftsLatency.p99());
            row(out, "query CPU median, µs", luceneLatency.cpuMedian(), ftsLatency.cpuMedian());
            row(out, "query CPU p99, µs", luceneLatency.cpuP99(), ftsLatency.cpuP99());
            out.printf("%-26s %14.3f %14.3f%n", "recall@10", luceneQuality.recall(), ftsQuality.recall());
            out.printf("%-26s %14.3f %14.3f%n", "MRR", luceneQuality.mrr(), ftsQuality.mrr());
            for (String kind : luceneQuality.recallByKind().keySet()) {
                out.printf(
                        "%-26s %14.3f %14.3f%n",
                        "recall@10 " + kind,
                        luceneQuality.recallByKind().get(kind),
                        ftsQuality.recallByKind().get(kind));
            }
            out.printf("%n%-44s %10s %10s %10s %10s%n", "Lucene, uncached, µs", "median", "p99", "CPU med", "CPU p99");
            latencyRow(out, "whole words (" + queries.size() + ")", luceneLatency);
            latencyRow(out, "  same, collapse=none", uncollapsedLatency);
            latencyRow(out, "as typed, last word cut to 4 (" + typed.size() + ")", typedLatency);
            latencyRow(out, "as typed, last word cut to 2 (" + twoLetters.size() + ")", twoLetterLatency);
            out.printf(
                    "(Lucene builds %s ms; queries include facets over 6 dimensions, highlighting and typo"
                            + " fallback; FTS5 returns ranked URLs only. CPU times are the process's (builds) and the"
                            + " calling thread's (queries): on a shared machine they show the work, wall times the"
                            + " wait as well. Load average at the end: %.1f)%n",
                    Arrays.toString(luceneBuilds),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            lucene.close();
        }
    }

    private record Latency(long median, long p99, long cpuMedian, long cpuP99) {}

    /** Two warm-up passes, then {@code rounds} timed passes over every query; microseconds. */
    private static Latency measure(List<DevQueries.Query> queries, Function<String, List<String>> search, int rounds) {
        for (int i = 0; i < 2; i++) {
            queries.forEach(q -> search.apply(q.query()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (DevQueries.Query q : queries) {
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                search.apply(q.query());
                times.add((System.nanoTime() - t) / 1_000);
                cpuTimes.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000);
            }
        }
        times.sort(null);
        cpuTimes.sort(null);
        int p99 = (int) Math.ceil(times.size() * 0.99) - 1;
        return new Latency(
                times.get(times.size() / 2), times.get(p99), cpuTimes.get(times.size() / 2), cpuTimes.get(p99));
    }

    private static void buildFts(Connection sqlite, List<Entry> entries) throws SQLException {
        try (Statement s = sqlite.createStatement()) {
            s.execute("DROP TABLE IF EXISTS entries");
            s.execute("CREATE VIRTUAL TABLE entries USING fts5(title, description, url UNINDEXED,"
                    + " tokenize = 'porter unicode61')");
        }
        sqlite.setAutoCommit(false);
        try (PreparedStatement insert =
                sqlite.prepareStatement("INSERT INTO entries(title, description, url) VALUES (?, ?, ?)")) {
            for (Entry e : entries) {
                insert.setString(1, e.title());
                insert.setString(2, e.description());
                insert.setString(3, e.url());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        sqlite.commit();
        sqlite.setAutoCommit(true);
    }

    /** FTS5 with every word quoted (so no word is read as FTS5 syntax) and all words required. */
    private static final class Fts5 {

        private final PreparedStatement select;

        Fts5(Connection sqlite) throws SQLException {
            this.select = sqlite.prepareStatement(
                    "SELECT url FROM entries WHERE entries MATCH ? ORDER BY bm25(entries, 4.0, 1.0) LIMIT 10");
        }

        List<String> search(String query) {
            String match = Arrays.stream(query.split("\\s+"))
                    .filter(w -> !w.isBlank())
                    .map(w -> "\"" + w.replace("\"", "") + "\"")
                    .collect(Collectors.joining(" "));
            List<String> urls = new ArrayList<>();
            try {
                select.setString(1, match);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        urls.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("FTS5 query failed: " + match, e);
            }
            return urls;
        }
    }

    private static void latencyRow(PrintWriter out, String label, Latency latency) {
        out.printf(
                "%-44s %10d %10d %10d %10d%n",
                label, latency.median(), latency.p99(), latency.cpuMedian(), latency.cpuP99());
    }

    /** Each query whose last word is longer than {@code letters}, with that word cut to its first {@code letters}. */
    private static List<DevQueries.Query> cutLastWord(List<DevQueries.Query> queries, int letters) {
        List<DevQueries.Query> cut = new ArrayList<>();
        for (DevQueries.Query q : queries) {
            int split = q.query().lastIndexOf(' ') + 1;
            String last = q.query().substring(split);
            if (last.length() > letters) {
                cut.add(new DevQueries.Query(
                        q.query().substring(0, split) + last.substring(0, letters), q.kind(), q.url(), q.title()));
            }
        }
        return cut;
    }

    private static void row(PrintWriter out, String label, long lucene, long fts) {
        out.printf("%-26s %14d %14d %10.2f%n", label, lucene, fts, fts == 0 ? 0.0 : (double) lucene / fts);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
