package org.twir.archive.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;

/** Hand-made issues for index and search tests (invented titles and links, never archive text). */
public final class TestIssues {

    private TestIssues() {}

    /** What a test says about one entry; the issue and position are filled in by {@link #issue}. */
    public record Item(
            String title, String url, String description, Category category, EntryKind kind, List<String> tags) {

        public Item withCategory(Category c, EntryKind k) {
            return new Item(title, url, description, c, k, tags);
        }

        public Item withTags(String... t) {
            return new Item(title, url, description, category, kind, List.of(t));
        }
    }

    public static Item item(String title, String url, String description) {
        return new Item(title, url, description, Category.COMMUNITY_WALKTHROUGHS, EntryKind.ARTICLE, List.of());
    }

    public static Item item(String title) {
        return item(title, "https://example.org/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), "");
    }

    public static IssueRef ref(int number, String date) {
        return new IssueRef(
                number,
                LocalDate.parse(date),
                "This Week in Rust " + number,
                "https://this-week-in-rust.org/blog/" + date.replace('-', '/') + "/this-week-in-rust-" + number + "/",
                date + "-this-week-in-rust.md",
                false);
    }

    public static Issue issue(int number, String date, Item... items) {
        IssueRef ref = ref(number, date);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            Item it = items[i];
            Entry entry = new Entry(
                    ref,
                    i,
                    10 + i,
                    it.title(),
                    it.url(),
                    it.category().label(),
                    it.category(),
                    it.kind(),
                    it.tags(),
                    it.description(),
                    List.of(),
                    null,
                    null);
            sections.add(new Section(it.category().label(), it.category(), List.of(entry)));
        }
        return new Issue(ref, sections, null, List.of());
    }
}
