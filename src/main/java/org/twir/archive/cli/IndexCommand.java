package org.twir.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.twir.archive.app.ArchiveLoader;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.parse.ArchiveParser;

/**
 * {@code index [--archive DIR] [--index DIR]}: builds the on-disk index from the archive and exits, so that a
 * deployment can prepare the index before the service starts. It goes through the service's own loader, so the
 * index is reused when the archive's fingerprint has not changed and the parsed-snapshot cache is written too.
 */
final class IndexCommand implements Command {

    static final String DEFAULT_INDEX = TwirProperties.DEFAULT_INDEX_DIR;

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String summary() {
        return "build the Lucene index from the archive (reused when unchanged): [--archive DIR] [--index DIR]";
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) throws Exception {
        @Nullable Path archive = null;
        @Nullable Path indexDir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--archive" -> archive = Path.of(value(args, ++i, a));
                case "--index" -> indexDir = Path.of(value(args, ++i, a));
                default -> throw new UsageException("unknown argument '" + a + "'");
            }
        }
        archive = archive != null ? archive : fromEnv("TWIR_ARCHIVE_DIR", ParseCommand.DEFAULT_ARCHIVE);
        indexDir = indexDir != null ? indexDir : fromEnv("TWIR_INDEX_DIR", DEFAULT_INDEX);
        if (!Files.isDirectory(archive.resolve("content"))) {
            err.println("error: " + archive.toAbsolutePath().normalize()
                    + " is not a TWiR archive (expected a content/ folder); use --archive DIR or set TWIR_ARCHIVE_DIR");
            return 2;
        }
        TwirProperties properties = new TwirProperties(
                new TwirProperties.Archive(archive, "", "main"),
                new TwirProperties.Index(indexDir),
                new TwirProperties.Sync(Duration.ofHours(1)),
                new TwirProperties.Admin(""));
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(indexDir)) {
            ArchiveLoader.LoadReport report =
                    new ArchiveLoader(new ArchiveParser(), index, ArchiveFingerprint::of, properties).reloadFromDisk();
            var result = report.result();
            out.printf(
                    Locale.ROOT,
                    "index %s: %s, %d issues, %d entries, %d parse problems, generation %d, %d ms%n",
                    indexDir.toAbsolutePath().normalize(),
                    result.rebuilt() ? "built" : "reused (archive unchanged)",
                    result.issues(),
                    result.entries(),
                    report.problems(),
                    result.generation(),
                    report.totalMillis());
        }
        return 0;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a directory");
        }
        return args.get(i);
    }

    private static Path fromEnv(String variable, String fallback) {
        String env = System.getenv(variable);
        return Path.of(env == null || env.isBlank() ? fallback : env);
    }
}
