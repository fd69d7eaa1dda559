package org.twir.archive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.twir.archive.app.ArchiveLoader;
import org.twir.archive.config.TwirProperties;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.LuceneArchiveIndex;
import org.twir.archive.parse.ArchiveParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code index [--archive DIR] [--index DIR]}: builds the on-disk index from the archive and exits, so that a
 * deployment can prepare the index before the service starts. It goes through the service's own loader, so the
 * index is reused when the archive's fingerprint has not changed and the parsed-snapshot cache is written too.
 */
@Command(
        name = "index",
        description = {
            "Build the Lucene index from the archive and exit, e.g. to prepare a volume before the service starts.",
            "The index is reused as it is when the archive has not changed. Fails (exit 2) on an index locked by a"
                    + " running service."
        })
final class IndexCommand implements Callable<Integer> {

    @Mixin
    private ArchiveOptions options = new ArchiveOptions();

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description =
                    "where the index lives (default: $TWIR_INDEX_DIR, else " + TwirProperties.DEFAULT_INDEX_DIR + ")")
    private @Nullable Path indexOption;

    /** Injected by picocli; it holds the writers {@link Cli} gave. */
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path archive = options.archive();
        Path indexDir = indexOption != null
                ? indexOption
                : ArchiveOptions.fromEnvironment("TWIR_INDEX_DIR", TwirProperties.DEFAULT_INDEX_DIR);
        PrintWriter out = spec.commandLine().getOut();
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
}
