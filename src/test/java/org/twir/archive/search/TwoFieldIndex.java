package org.twir.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * A small in-memory index of documents with a "title" and a "text" field, in several segments (look-ups must cross
 * segments and miss in some), for the tests of term look-ups and match bounds.
 */
final class TwoFieldIndex implements AutoCloseable {

    /** One document: its title and its text (null: no text field). */
    record Doc(String title, @Nullable String text) {}

    private final Directory directory;
    final DirectoryReader reader;
    final IndexSearcher searcher;

    /** {@code documents} in order, committed after every {@code perSegment}, the rest in a last segment. */
    TwoFieldIndex(List<Doc> documents, int perSegment) throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < documents.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField("title", documents.get(i).title(), Field.Store.NO));
                if (documents.get(i).text() != null) {
                    doc.add(new TextField("text", documents.get(i).text(), Field.Store.NO));
                }
                writer.addDocument(doc);
                if (i % perSegment == perSegment - 1) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
