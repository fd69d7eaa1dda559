package org.twir.archive;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real TWiR archive for integration tests: {@code TWIR_TEST_ARCHIVE}, else the
 * {@code twir.test.archive} system property (set by the build to {@code ../shared/twir-archive}). Under CI
 * ({@code CI=true}) a missing archive fails the test; elsewhere the test is skipped with a message.
 */
public final class RealArchive {

    private RealArchive() {}

    public static Path dir() {
        String configured = System.getenv("TWIR_TEST_ARCHIVE");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("twir.test.archive", "../shared/twir-archive");
        }
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("content"))) {
            String message = "the real TWiR archive is not at " + dir
                    + " (expected a content/ folder); set TWIR_TEST_ARCHIVE to its directory";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort("skipped: " + message);
        }
        return dir;
    }
}
