package org.twir.archive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version the build wrote to {@code META-INF/build-info.properties}. */
final class VersionProvider implements IVersionProvider {

    static final String BUILD_INFO = "META-INF/build-info.properties";

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        ClassLoader loader = VersionProvider.class.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(BUILD_INFO)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_INFO, e);
        }
        String version = build.getProperty("build.version", "(unknown version: not built by Maven)");
        return new String[] {"twir-archive " + version, "Java " + Runtime.version()};
    }
}
