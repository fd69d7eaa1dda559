package org.twir.archive;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.twir.archive.cli.Cli;

/**
 * Entry point. With no arguments, or {@code serve}, it runs the web service; otherwise it runs one of the
 * command-line sub-commands (see {@link Cli}) without starting Spring, so that they start fast.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TwirArchiveApplication {

    public static void main(String[] args) {
        int status = Cli.run(args);
        if (status != Cli.SERVING) {
            System.exit(status);
        }
    }
}
