package org.twir.archive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI variant of {@code bench/soak}: 60 s of mixed traffic (after 10 s of warm-up) (after 10 s of warm-up) against the packaged jar while the upstream
 * publishes a new version every 4 s and the service syncs every 5 s, on invented issues (so which issue numbers
 * each version holds is known exactly). The same rules as the bench ({@link Soak}): no error, no answer mixing
 * two versions, every generation fitting one version, heap flat (trend under +10%), p99 per window stable.
 */
class SoakIT {

    @Test
    void sixtySecondsOfMixedTrafficWhileTheArchiveChangesStayErrorFreeAndNeverMixVersions() throws Exception {
        Path jar = Path.of("target/twir-archive.jar");
        assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
        // A 2 MB answer ring (keys and answers outside the heap): small, so the minute also runs through its
        // overwriting of the oldest answers.
        Soak.Report report = Soak.run(new Soak.Config(
                jar,
                null,
                Duration.ofSeconds(60),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofSeconds(4),
                Duration.ofSeconds(10),
                4,
                List.of("-Dtwir.search.cache-mb=2"),
                // Windows of 10 s on a shared two-core CI machine: a p99 under 300 ms is noise, not instability.
                300));
        System.out.println(report.text());

        assertThat(report.failures()).as(report.text()).isEmpty();
    }
}
