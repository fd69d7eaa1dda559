package org.twir.archive.cotw;

import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Person;

/** A person as the API shows them; {@code url} is http(s) or null. */
public record PersonView(String name, @Nullable String url) {

    static PersonView of(Person person) {
        return new PersonView(person.name(), SafeUrls.httpOrNull(person.url()));
    }
}
