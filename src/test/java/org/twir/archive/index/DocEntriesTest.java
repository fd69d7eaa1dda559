package org.twir.archive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.twir.archive.index.TestIssues.issue;
import static org.twir.archive.index.TestIssues.item;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;

/**
 * A document's entry is found by its issue and position, never by reading it back: checked against the stored id
 * of every live document of an index with several segments and deleted documents, as a sync leaves it.
 */
class DocEntriesTest {

    private static final Issue OLD = issue(1, "2020-01-01", item("Serde tips"), item("Tokio tour"), item("Axum"));
    private static final Issue MIDDLE = issue(2, "2020-01-08", item("Bevy jam"), item("Rayon"));
    /** Issue 1 again, edited: one entry fewer, the others in another order, so every position means another entry. */
    private static final Issue OLD_EDITED = issue(1, "2020-01-01", item("Axum"), item("Serde tips"));

    private final Directory directory = new ByteBuffersDirectory();
    private final EntryDocuments documents = new EntryDocuments();
    private IndexWriter writer;

    @BeforeEach
    void open() throws IOException {
        // No merging: the first segment keeps the deleted documents of issue 1 beside the live ones of issue 2.
        writer = new IndexWriter(
                directory, new IndexWriterConfig(TextAnalysis.indexAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE));
        writer.addDocuments(docs(OLD));
        writer.addDocuments(docs(MIDDLE));
        writer.commit();
        writer.updateDocuments(new Term(IndexSchema.ISSUE_KEY, OLD.ref().key()), docs(OLD_EDITED));
        writer.commit();
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    private List<org.apache.lucene.document.Document> docs(Issue issue) {
        return issue.entries().stream().map(documents::toDocument).toList();
    }

    @Test
    void everyLiveDocumentMapsToTheEntryItsStoredIdNames() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(1);
            assertThat(reader.hasDeletions())
                    .as("the edited issue's old documents are deleted")
                    .isTrue();
            DocEntries entries = DocEntries.build(reader, List.of(MIDDLE, OLD_EDITED));
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            int checked = 0;
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live.get(doc)) {
                    Entry entry = entries.entry(doc);
                    assertThat(entry.id()).isEqualTo(stored.document(doc).get(IndexSchema.ID));
                    assertThat(entry.title()).isEqualTo(stored.document(doc).get(IndexSchema.TITLE));
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(4);
        }
    }

    @Test
    void anEditedIssuesDocumentsMapToItsNewEntries() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            DocEntries entries = DocEntries.build(reader, List.of(MIDDLE, OLD_EDITED));
            List<Entry> edited = OLD_EDITED.entries();
            // The update wrote the edited issue last: its two documents are the last two of the index.
            assertThat(entries.entry(reader.maxDoc() - 2)).isSameAs(edited.get(0));
            assertThat(entries.entry(reader.maxDoc() - 1)).isSameAs(edited.get(1));
            assertThat(entries.entry(reader.maxDoc() - 1).title()).isEqualTo("Serde tips");
        }
    }

    @Test
    void aDeletedDocumentHasNoEntry() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            DocEntries entries = DocEntries.build(reader, List.of(MIDDLE, OLD_EDITED));
            // Documents 0-2 are the first version of issue 1, deleted by the update.
            assertThatThrownBy(() -> entries.entry(0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("document 0");
        }
    }

    @Test
    void aDocumentWhoseIssueIsNotInTheSnapshotHasNoEntry() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            DocEntries entries = DocEntries.build(reader, List.of(OLD_EDITED));
            // Documents 3-4 are issue 2's.
            assertThatThrownBy(() -> entries.entry(3)).isInstanceOf(IllegalStateException.class);
            assertThat(entries.entry(reader.maxDoc() - 1).title()).isEqualTo("Serde tips");
        }
    }
}
