package org.twir.archive.cli;

import java.io.PrintWriter;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.twir.archive.TwirArchiveApplication;

/** Runs the web service (the default when no command is given). */
final class ServeCommand implements Command {

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
        SpringApplication.run(TwirArchiveApplication.class, args.toArray(String[]::new));
        return Cli.SERVING;
    }
}
