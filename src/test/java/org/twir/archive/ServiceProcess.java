package org.twir.archive;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** For tests and benchmarks that start the packaged service as a process of its own. */
public final class ServiceProcess {

    private ServiceProcess() {}

    /** A loopback port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A way to say more about a failed start, e.g. the server's log. */
    public interface Context {
        String describe() throws IOException;
    }

    /**
     * Waits until {@code base}'s readiness probe answers 200; fails (with {@code context}) when the process exits
     * first or {@code limit} passes.
     */
    public static void awaitReady(URI base, Process server, Duration limit, Context context) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException(
                        "the service exited with " + server.exitValue() + "; " + context.describe());
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not ready within " + limit + "; " + context.describe());
    }
}
