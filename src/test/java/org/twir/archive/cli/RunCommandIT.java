package org.twir.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twir.archive.ServiceProcess;
import org.twir.archive.sync.FixtureIssues;

/**
 * The README's run command against what {@code package} builds: the extracted jar ({@code target/app}) with a
 * dynamic CDS archive the JVM creates by itself. Starts it on a few invented issues: over a file that is not a CDS
 * archive (what a damaged or foreign one looks like to the JVM), which must not stop it; then with no archive, when
 * it writes one as SIGTERM ends it; then again, when it must use that archive as it is instead of writing another.
 */
class RunCommandIT {

    private static final Path APP_JAR = Path.of("target/app/twir-archive.jar");

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    @Test
    void theExtractedJarServesIgnoringABadCdsArchiveWritesOneOnSigtermAndThenReusesIt(@TempDir Path dir)
            throws Exception {
        assertThat(APP_JAR)
                .as("the extracted jar (package extracts it; failsafe runs after)")
                .exists();
        Path archive = dir.resolve("archive");
        Files.createDirectories(archive.resolve("content"));
        String[] words = {"tokio", "serde", "tokio"};
        for (int i = 0; i < words.length; i++) {
            Files.writeString(archive.resolve(FixtureIssues.path(900 + i)), FixtureIssues.issue(900 + i, words[i]));
        }
        Path cds = dir.resolve("twir-archive.jsa");
        Files.writeString(cds, "not a CDS archive");

        String firstLog = serveAndStop(dir, archive, cds, "bad-archive");
        assertThat(firstLog).contains("Starting AOT-processed");

        Files.delete(cds);
        serveAndStop(dir, archive, cds, "no-archive");
        assertThat(cds).as("written when SIGTERM ended the JVM").exists();
        assertThat(Files.size(cds))
                .as("an archive of the classes the service loaded")
                .isGreaterThan(10_000_000);
        FileTime written = Files.getLastModifiedTime(cds);

        serveAndStop(dir, archive, cds, "restart");
        assertThat(Files.getLastModifiedTime(cds))
                .as("a valid archive is used as it is, not written again")
                .isEqualTo(written);
    }

    /**
     * The JVM options of the README's run command ({@code ./mvnw ... package && java OPTIONS -jar
     * target/app/twir-archive.jar}), read from the README itself so that what is tested is what users run.
     */
    static List<String> readmeJvmFlags() throws IOException {
        Matcher run = Pattern.compile("\\./mvnw -B -DskipTests package && java (.+) -jar target/app/twir-archive\\.jar")
                .matcher(Files.readString(Path.of("README.md")));
        assertThat(run.find()).as("the README's run command").isTrue();
        List<String> flags = List.of(run.group(1).trim().split("\\s+"));
        assertThat(flags)
                .as("the README's run command keeps a CDS archive")
                .anyMatch(f -> f.startsWith("-XX:SharedArchiveFile="));
        return flags;
    }

    /** Starts the jar as the README does, checks a search once ready, then sends SIGTERM; returns the log. */
    private static String serveAndStop(Path dir, Path archive, Path cds, String name) throws Exception {
        int port = ServiceProcess.freePort();
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : readmeJvmFlags()) {
            command.add(flag.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + cds : flag);
        }
        command.addAll(List.of("-jar", APP_JAR.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "TWIR_ARCHIVE_DIR", archive.toString(),
                        "TWIR_ARCHIVE_REMOTE", "",
                        "TWIR_INDEX_DIR", dir.resolve("index").toString(),
                        "SERVER_PORT", Integer.toString(port),
                        "SERVER_ADDRESS", "127.0.0.1"));
        Process server = builder.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            ServiceProcess.awaitReady(base, server, READY_WITHIN, () -> "its log:\n" + Files.readString(log));
            HttpResponse<String> search = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.resolve("/api/search?q=tokio"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
            // Issues 900 and 902 each link one "Announcing tokio" post; 901's is about serde.
            assertThat(search.body())
                    .containsPattern("\"total\":2\\b")
                    .contains("/tokio/900")
                    .contains("/tokio/902");
        } finally {
            server.destroy(); // SIGTERM, as a service manager stops it: the JVM writes the CDS archive as it exits
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
