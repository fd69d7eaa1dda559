package org.twir.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker image's CDS archive, recorded as its Dockerfile records it ({@code src/main/docker/record-cds-archive}
 * with the Dockerfile's memory flags) but for the extracted jar that {@code package} wrote: the JVM must accept the
 * archive, and it must hold the classes that answer requests, not only those of a start (the script's requests load
 * them), so that the first requests after a restart do not load them one by one either.
 */
class DockerCdsArchiveIT {

    private static final Path APP_JAR = Path.of("target/app/twir-archive.jar");

    private static final Path SCRIPT = Path.of("src/main/docker/record-cds-archive");

    @Test
    void theRecordedArchiveIsValidAndHoldsWhatServingRequestsLoads(@TempDir Path dir) throws Exception {
        assertThat(APP_JAR)
                .as("the extracted jar (package extracts it; failsafe runs after)")
                .exists();
        Path archive = dir.resolve("app.jsa");
        List<String> record = new ArrayList<>(List.of("bash", SCRIPT.toString(), java(), APP_JAR.toString()));
        record.add(archive.toString());
        record.addAll(dockerfileMemoryFlags());
        Result recorded = run(record, dir.resolve("record.log"), 300);
        assertThat(recorded.exit())
                .as("the script's exit; its output:%n%s", recorded.output())
                .isZero();
        assertThat(archive).exists();
        assertThat(Files.size(archive)).as("an archive of a whole service").isGreaterThan(10_000_000);

        Result listed = run(
                List.of(
                        java(),
                        "--add-modules",
                        "jdk.incubator.vector",
                        "-XX:SharedArchiveFile=" + archive,
                        "-XX:+PrintSharedArchiveAndExit",
                        "-Xlog:cds=off",
                        "-jar",
                        APP_JAR.toString()),
                dir.resolve("list.log"),
                60);
        assertThat(listed.output()).as("the JVM's check of the archive").contains("archive is valid");
        assertThat(listed.output())
                .as("classes that a restart loads, and classes that only answering requests loads")
                .contains(
                        " org.twir.archive.model.IssueCodec ",
                        " org.twir.archive.index.LuceneArchiveIndex ",
                        " org.twir.archive.search.Highlighting ",
                        " org.twir.archive.search.ExportCursor ",
                        " org.twir.archive.duplicates.DuplicateChecker ",
                        " org.twir.archive.web.IssueViews$IssueDetail ");
    }

    @Test
    void withoutItsArgumentsTheScriptSaysHowToCallItAndFails(@TempDir Path dir) throws Exception {
        Result result = run(List.of("bash", SCRIPT.toString()), dir.resolve("usage.log"), 30);
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.output()).contains("record-cds-archive JAVA APP_JAR ARCHIVE");
    }

    /** The memory flags the Dockerfile records the archive with and passes to the service. */
    private static List<String> dockerfileMemoryFlags() throws Exception {
        Matcher arg =
                Pattern.compile("(?m)^ARG MEMORY_FLAGS=\"([^\"]+)\"").matcher(Files.readString(Path.of("Dockerfile")));
        assertThat(arg.find()).as("the Dockerfile's MEMORY_FLAGS").isTrue();
        return List.of(arg.group(1).trim().split("\\s+"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, Path log, int seconds) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "not done in " + seconds + " s: " + command + "\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
