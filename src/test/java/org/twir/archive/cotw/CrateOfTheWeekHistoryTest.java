package org.twir.archive.cotw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.CrateOfTheWeek;
import org.twir.archive.model.FeaturedCrate;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;

class CrateOfTheWeekHistoryTest {

    private static Issue week(int number, String date, List<FeaturedCrate> crates) {
        IssueRef ref = new IssueRef(
                number,
                LocalDate.parse(date),
                "TWiR " + number,
                "https://this-week-in-rust.org/blog/" + number + "/",
                date + "-twir.md",
                false);
        return new Issue(ref, List.of(), new CrateOfTheWeek(ref, crates, List.of(), crates.isEmpty(), 1), List.of());
    }

    private static final ArchiveSnapshot SNAPSHOT = new ArchiveSnapshot(
            List.of(
                    week(
                            10,
                            "2016-01-04",
                            List.of(new FeaturedCrate("nom", "nom", "https://crates.io/crates/nom", "parsers"))),
                    week(20, "2018-03-05", List.of()),
                    week(
                            30,
                            "2020-06-01",
                            List.of(new FeaturedCrate("nom", "Nom", "https://github.com/rust-bakery/nom", "v6")))),
            1);

    @Test
    void listsWeeksNewestFirst() {
        assertThat(CrateOfTheWeekHistory.of(SNAPSHOT).weeks())
                .extracting(CotwWeek::issue)
                .containsExactly(30, 20, 10);
    }

    @Test
    void groupsOneCrateFeaturedUnderTwoUrls() {
        CrateHistory nom = CrateOfTheWeekHistory.of(SNAPSHOT).crate("nom").orElseThrow();

        assertThat(nom.weeks())
                .extracting(w -> w.crates().getFirst().url())
                .containsExactly("https://github.com/rust-bakery/nom", "https://crates.io/crates/nom");
    }

    @Test
    void countsTimesFeaturedOnEveryWeek() {
        assertThat(CrateOfTheWeekHistory.of(SNAPSHOT)
                        .weeks()
                        .getLast()
                        .crates()
                        .getFirst()
                        .timesFeatured())
                .isEqualTo(2);
    }

    @Test
    void keepsWeeksWithoutACrate() {
        assertThat(CrateOfTheWeekHistory.of(SNAPSHOT).weeks().get(1).noCrate()).isTrue();
    }

    @Test
    void filtersByYearAndText() {
        assertThat(CrateOfTheWeekHistory.of(SNAPSHOT).weeks("PARSERS", 2016))
                .extracting(CotwWeek::issue)
                .containsExactly(10);
    }
}
