package org.twir.archive.cotw;

import java.util.concurrent.atomic.AtomicReference;
import org.twir.archive.model.ArchiveSnapshot;

/**
 * Computes the crate and quote histories once per archive state and hands the same objects to every request
 * until the state changes (a sync publishes a new snapshot). Thread safe without locks: two requests racing on
 * a new snapshot may both compute it; one result wins, both are correct.
 */
public final class ArchiveHistories {

    private record Computed(ArchiveSnapshot snapshot, CrateOfTheWeekHistory crates, QuotesOfTheWeek quotes) {}

    private final AtomicReference<Computed> current = new AtomicReference<>(new Computed(
            ArchiveSnapshot.EMPTY,
            CrateOfTheWeekHistory.of(ArchiveSnapshot.EMPTY),
            QuotesOfTheWeek.of(ArchiveSnapshot.EMPTY)));

    public CrateOfTheWeekHistory crates(ArchiveSnapshot snapshot) {
        return forSnapshot(snapshot).crates();
    }

    public QuotesOfTheWeek quotes(ArchiveSnapshot snapshot) {
        return forSnapshot(snapshot).quotes();
    }

    private Computed forSnapshot(ArchiveSnapshot snapshot) {
        Computed computed = current.get();
        // Identity, not equals: snapshots are published whole, and equals would compare every issue.
        if (computed.snapshot() != snapshot) {
            computed = new Computed(snapshot, CrateOfTheWeekHistory.of(snapshot), QuotesOfTheWeek.of(snapshot));
            current.set(computed);
        }
        return computed;
    }
}
