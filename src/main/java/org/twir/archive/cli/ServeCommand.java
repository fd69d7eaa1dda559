package org.twir.archive.cli;

import java.io.PrintWriter;
import java.net.URL;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.twir.archive.TwirArchiveApplication;

/**
 * Runs the web service (the default when no command is given). From the packaged jar it runs on the bean
 * definitions Spring AOT generated at build time ({@code process-aot}), which spares start-up the scanning and
 * condition evaluation of every configuration class (about 2 s of a 10 s start on two cores). From a classes
 * directory (tests, IDE) it runs as usual: generated classes there may be stale. {@code -Dspring.aot.enabled}
 * given explicitly always wins.
 */
final class ServeCommand implements Command {

    static final String AOT_PROPERTY = "spring.aot.enabled";

    /** Written by the build's {@code process-aot} goal next to the application's classes. */
    private static final String AOT_INITIALIZER =
            "org/twir/archive/TwirArchiveApplication__ApplicationContextInitializer.class";

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the web service (default); Spring options such as --server.port=8080 are accepted";
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) {
        if (System.getProperty(AOT_PROPERTY) == null && runsFromPackagedJarWithAotOutput()) {
            System.setProperty(AOT_PROPERTY, "true");
        }
        SpringApplication.run(TwirArchiveApplication.class, args.toArray(String[]::new));
        return Cli.SERVING;
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
