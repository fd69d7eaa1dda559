package org.twir.archive;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web service's Spring application: the root of component scanning and configuration properties. The jar's
 * entry point is {@code cli.Cli}, which starts this class for {@code serve} and runs every other command without
 * Spring; this class knows nothing of the command line, so the dependency points one way.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TwirArchiveApplication {}
