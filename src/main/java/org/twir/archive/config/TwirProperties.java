package org.twir.archive.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's configuration. These property names (and their environment-variable forms such as
 * {@code TWIR_ARCHIVE_DIR}) are a contract: scripts and the Docker image rely on them.
 *
 * @param archive where the TWiR repository copy lives and where it is synced from
 * @param index where the Lucene index lives
 * @param sync how often the archive is synced
 * @param admin the bearer token for admin endpoints (empty: admin endpoints are disabled)
 */
@ConfigurationProperties("twir")
public record TwirProperties(
        @DefaultValue Archive archive,
        @DefaultValue Index index,
        @DefaultValue Sync sync,
        @DefaultValue Admin admin) {

    /** Where the archive is read from unless configured: relative to the working directory. */
    public static final String DEFAULT_ARCHIVE_DIR = "archive/this-week-in-rust";

    /** Where the index lives unless configured: relative to the working directory. */
    public static final String DEFAULT_INDEX_DIR = "data/index";

    /**
     * @param dir a directory with the TWiR repository layout ({@code content/}, {@code draft/})
     * @param remote the git remote to clone and fetch; empty means read {@code dir} as it is, never sync
     * @param branch the branch to follow
     */
    public record Archive(
            @DefaultValue(DEFAULT_ARCHIVE_DIR) Path dir,

            @DefaultValue("https://github.com/rust-lang/this-week-in-rust.git")
            String remote,

            @DefaultValue("main") String branch) {}

    /** @param dir the directory of the Lucene index (created when missing) */
    public record Index(@DefaultValue(DEFAULT_INDEX_DIR) Path dir) {}

    /** @param interval time between scheduled syncs */
    public record Sync(@DefaultValue("PT1H") Duration interval) {}

    /** @param token bearer token for {@code /api/admin/**}; blank disables those endpoints */
    public record Admin(@DefaultValue("") String token) {}
}
