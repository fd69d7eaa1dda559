package org.twir.archive.model;

import org.jspecify.annotations.Nullable;

/** Someone named in an issue (a suggester, a quoted author), with the link given for them if any. */
public record Person(String name, @Nullable String url) {

    public Person {
        Checks.notBlank(name, "name");
    }
}
