package org.twir.archive.cotw;

import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Person;
import org.twir.archive.model.WebUrls;

/** A person as the API shows them; {@code url} is http(s) or null. */
public record PersonView(String name, @Nullable String url) {

    static PersonView of(Person person) {
        return new PersonView(person.name(), WebUrls.httpOrNull(person.url()));
    }
}
