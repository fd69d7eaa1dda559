package org.twir.archive.model;

/**
 * One crate named as Crate of the Week. {@code id} is the crate's identity across weeks, derived from its
 * name (lower case, {@code -} and {@code _} folded) so that a crates.io link one year and a GitHub link another
 * still count as the same crate.
 */
public record FeaturedCrate(String id, String name, String url, String description) {

    public FeaturedCrate {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notBlank(url, "url");
        java.util.Objects.requireNonNull(description, "description must not be null");
    }
}
