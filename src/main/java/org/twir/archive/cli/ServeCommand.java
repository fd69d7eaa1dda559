package org.twir.archive.cli;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.twir.archive.TwirArchiveApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Runs the web service (the default when no command is given). From the packaged jar it runs on the bean
 * definitions Spring AOT generated at build time ({@code process-aot}), which spares start-up the scanning and
 * condition evaluation of every configuration class. From a classes directory (tests, IDE) it runs as usual:
 * generated classes there may be stale. {@code -Dspring.aot.enabled} given explicitly always wins.
 */
@Command(
        name = "serve",
        description = {
            "Run the web service (the default command).",
            "Spring options are passed on as they are, e.g. --server.port=9000 or --twir.archive.dir=DIR;"
                    + " the configuration is also read from the environment (TWIR_ARCHIVE_DIR, TWIR_INDEX_DIR, ...)."
        })
final class ServeCommand implements Callable<Integer> {

    static final String AOT_PROPERTY = "spring.aot.enabled";

    /**
     * Written by the build's {@code process-aot} goal, named after the class whose {@code main} the build ran: Spring
     * looks the initializer up by the main class it finds on the stack, which is the jar's entry point.
     */
    private static final String AOT_INITIALIZER =
            Cli.class.getName().replace('.', '/') + "__ApplicationContextInitializer.class";

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    private SpringApplication.@Nullable AbandonedRunException abandonedRun;

    @Override
    public Integer call() {
        if (System.getProperty(AOT_PROPERTY) == null && runsFromPackagedJarWithAotOutput()) {
            System.setProperty(AOT_PROPERTY, "true");
        }
        try {
            SpringApplication.run(TwirArchiveApplication.class, springArguments.toArray(String[]::new));
        } catch (SpringApplication.AbandonedRunException e) {
            // Not a failure: the build's AOT processing runs main() only to capture the prepared context.
            abandonedRun = e;
        }
        return Cli.SERVING;
    }

    /** Lets Spring AOT's build step have its exception back once picocli is done (see {@link Cli#run}). */
    void rethrowAbandonedRun() {
        if (abandonedRun != null) {
            throw abandonedRun;
        }
    }

    static boolean runsFromPackagedJarWithAotOutput() {
        URL self = ServeCommand.class.getResource("ServeCommand.class");
        ClassLoader loader = ServeCommand.class.getClassLoader();
        return self != null
                && self.getProtocol().equals("jar")
                && loader != null
                && loader.getResource(AOT_INITIALIZER) != null;
    }
}
