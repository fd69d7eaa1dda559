package org.twir.archive.cotw;

import java.util.List;

/** Every week one crate identity was featured, newest first, under the name it was last featured with. */
public record CrateHistory(String id, String name, int timesFeatured, List<CotwWeek> weeks) {

    public CrateHistory {
        weeks = List.copyOf(weeks);
    }
}
