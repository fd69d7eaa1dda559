package org.twir.archive.sync;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit in tests away from the developer's home: its first use writes {@code ~/.config/jgit}, and user or
 * system git configuration (signing, hooks, default branch) must not change what a test sees.
 */
final class GitTestSupport {

    private static final Path HOME = Path.of("target", "jgit-home").toAbsolutePath();
    private static boolean installed;

    private GitTestSupport() {}

    static synchronized void isolate() {
        if (installed) {
            return;
        }
        try {
            Files.createDirectories(HOME.resolve("jgit"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public String getenv(String variable) {
                return switch (variable) {
                    case "XDG_CONFIG_HOME" -> HOME.toString();
                    case "HOME" -> HOME.toString();
                    case "GIT_CONFIG_NOSYSTEM" -> "1";
                    default -> super.getenv(variable);
                };
            }

            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, file("gitconfig"), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, file("system-gitconfig"), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, file("jgit/config"), fs);
            }
        });
        installed = true;
    }

    /** The environment a forked JVM needs for the same isolation. */
    static String xdgConfigHome() {
        return HOME.toString();
    }

    private static File file(String name) {
        return HOME.resolve(name).toFile();
    }
}
