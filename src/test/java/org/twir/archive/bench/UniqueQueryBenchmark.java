package org.twir.archive.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.twir.archive.RealArchive;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.search.DevQueries;
import org.twir.archive.search.LuceneSearchService;
import org.twir.archive.search.SearchRequest;
import org.twir.archive.search.SearchService;

/**
 * The engine's cost of a query nobody asked before, in process: random pairs of the dev queries' title words
 * (the same vocabulary as bench/run's unique HTTP workload), answer cache off, one thread. Prints median and p99
 * wall and CPU time per query for whole words and as typed (last word cut to 4 letters); CPU time is the figure
 * to compare on a shared machine; the mean CPU time is what bounds throughput. Arguments: the number of timed queries per workload (default 4000).
 */
public final class UniqueQueryBenchmark {

    private static final long SEED = 12;

    private UniqueQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        List<Issue> issues = new ArchiveParser().parseArchive(RealArchive.dir()).issues();
        String[] words = DevQueries.titleWords();
        // On disk, as the service runs it: postings and doc values are read through memory-mapped files.
        Path dir = Files.createTempDirectory("twir-unique-bench");
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(dir)) {
            index.load(issues, "bench");
            index.compact(); // as the service does once the load is served
            SearchService search = new LuceneSearchService(index);
            for (boolean typed : new boolean[] {false, true}) {
                run(search, words, count / 2, typed, new Random(SEED + 1)); // warm-up
                long[][] times = run(search, words, count, typed, new Random(SEED));
                out.printf(
                        "%s: %d queries, median %d µs wall / %d µs cpu, p99 %d µs wall / %d µs cpu, mean %d µs cpu,"
                                + " %d KB allocated per query%n",
                        typed ? "as typed" : "unique",
                        count,
                        percentile(times[0], 0.5),
                        percentile(times[1], 0.5),
                        percentile(times[0], 0.99),
                        percentile(times[1], 0.99),
                        Arrays.stream(times[1]).sum() / count,
                        Arrays.stream(times[2]).sum() / count / 1024);
            }
        } finally {
            // A Lucene index directory is flat.
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /**
     * Wall and CPU microseconds and bytes allocated per query (what the young collections of a server must clear
     * away: under load they cost as much again as a tenth of the queries' CPU).
     */
    private static long[][] run(SearchService search, String[] words, int count, boolean typed, Random random) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] wall = new long[count];
        long[] cpu = new long[count];
        long[] allocated = new long[count];
        for (int i = 0; i < count; i++) {
            String last = words[random.nextInt(words.length)];
            String query = words[random.nextInt(words.length)] + " " + (typed ? last.substring(0, 4) : last);
            long a = threads.getCurrentThreadAllocatedBytes();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            search.search(SearchRequest.of(query));
            wall[i] = (System.nanoTime() - t) / 1_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1_000;
            allocated[i] = threads.getCurrentThreadAllocatedBytes() - a;
        }
        return new long[][] {wall, cpu, allocated};
    }

    private static long percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
