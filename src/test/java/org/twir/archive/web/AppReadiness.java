package org.twir.archive.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until the app's readiness probe says UP (the index is open), so browser tests see real results. The
 * limit is generous: loading the whole real archive on a busy shared machine has taken minutes.
 */
final class AppReadiness {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private AppReadiness() {}

    static void await(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(LIMIT);
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                status = client.send(probe, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (HttpTimeoutException busy) {
                // The machine is busy loading the archive; a slow probe is not an answer yet, ask again.
                continue;
            }
            if (status == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "the app was not ready after " + LIMIT + " (readiness answered " + status + ")");
    }
}
