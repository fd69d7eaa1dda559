package org.twir.archive.cotw;

/**
 * One crate of one week.
 *
 * @param id the crate's identity across weeks (use it with {@code /api/crates-of-the-week/{id}})
 * @param url the link given that week, http(s) or empty
 * @param timesFeatured how many weeks in the whole archive featured this identity
 */
public record CrateView(String name, String url, String description, String id, int timesFeatured) {}
