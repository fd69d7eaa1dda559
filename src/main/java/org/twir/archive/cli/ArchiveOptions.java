package org.twir.archive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.twir.archive.config.TwirProperties;
import picocli.CommandLine.Option;

/**
 * {@code --archive DIR}, shared by the commands that read the archive where the service would: the option, else
 * {@code TWIR_ARCHIVE_DIR}, else the service's default.
 */
final class ArchiveOptions {

    @Option(
            names = "--archive",
            paramLabel = "DIR",
            description = "the archive, a directory holding content/ (default: $TWIR_ARCHIVE_DIR, else "
                    + TwirProperties.DEFAULT_ARCHIVE_DIR + ")")
    private @Nullable Path archive;

    /** The archive directory, checked to hold {@code content/}. */
    Path archive() throws UsageException {
        Path dir = archive != null ? archive : fromEnvironment("TWIR_ARCHIVE_DIR", TwirProperties.DEFAULT_ARCHIVE_DIR);
        if (!Files.isDirectory(dir.resolve("content"))) {
            throw new UsageException(dir.toAbsolutePath().normalize()
                    + " is not a TWiR archive (expected a content/ folder); use --archive DIR or set TWIR_ARCHIVE_DIR");
        }
        return dir;
    }

    /** The value of an environment variable as a path, or the fallback when it is unset or blank. */
    static Path fromEnvironment(String variable, String fallback) {
        String value = System.getenv(variable);
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }
}
