package org.twir.archive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.twir.archive.parse.ArchiveParser;

/**
 * Parses the whole archive several times in one warm JVM and prints each run and the median. Not a test:
 * timings on a shared machine are too noisy to assert on. Arguments: the archive directory (default
 * {@code ../shared/twir-archive}) and the number of runs (default 7).
 */
public final class ParseBenchmark {

    private ParseBenchmark() {}

    public static void main(String[] args) throws IOException {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/twir-archive");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ArchiveParser parser = new ArchiveParser();
        // The first parse runs in a cold JVM (interpreter, then JIT): the figure a first start pays.
        long coldCpu = processCpuNanos();
        long coldStart = System.nanoTime();
        parser.parseArchive(dir);
        out.printf(
                "cold: %d ms wall, %d ms cpu%n",
                (System.nanoTime() - coldStart) / 1_000_000, (processCpuNanos() - coldCpu) / 1_000_000);
        // A second warm-up run lets the JIT finish compiling the hot paths before anything is measured.
        parser.parseArchive(dir);
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            ArchiveParser.ArchiveParse parse = parser.parseArchive(dir);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (processCpuNanos() - cpu) / 1_000_000;
            millis.add(ms);
            cpuMillis.add(cpuMs);
            int entries =
                    parse.issues().stream().mapToInt(is -> is.entries().size()).sum();
            out.printf(
                    "run %d: %d ms wall, %d ms cpu (%d issues, %d entries)%n",
                    i + 1, ms, cpuMs, parse.issues().size(), entries);
        }
        // CPU time is printed too: on a machine shared with other builds, wall time mostly measures the queue.
        out.printf(
                "median of %d runs: %d ms wall, %d ms cpu (%d cores available, load average %.1f)%n",
                runs,
                median(millis),
                median(cpuMillis),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
