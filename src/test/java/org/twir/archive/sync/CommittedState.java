package org.twir.archive.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.twir.archive.index.ArchiveFingerprint;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.model.ArchiveSnapshot;
import org.twir.archive.model.Entry;
import org.twir.archive.model.Issue;
import org.twir.archive.parse.ArchiveParser;

/**
 * An archive state as the crash tests compare it: a fingerprint and, per issue file, the URLs of its entries.
 * Read from three places that must agree: an archive directory (parsed), the last commit of an index directory
 * (read with Lucene directly, not through the service) and a served snapshot.
 */
record CommittedState(String fingerprint, Map<String, Set<String>> urlsByFile) {

    /** What an index built from {@code archiveDir} must hold. */
    static CommittedState ofArchive(Path archiveDir) throws IOException {
        Map<String, Set<String>> urls = new TreeMap<>();
        for (Issue issue : new ArchiveParser().parseArchive(archiveDir).issues()) {
            urls.put(issue.ref().key(), urls(issue));
        }
        return new CommittedState(ArchiveFingerprint.of(archiveDir), urls);
    }

    /** The last commit of the index in {@code indexDir}; empty when nothing was ever committed there. */
    static Optional<CommittedState> onDisk(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return Optional.empty();
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            try (IndexReader reader = DirectoryReader.open(directory)) {
                String fingerprint = ((DirectoryReader) reader)
                        .getIndexCommit()
                        .getUserData()
                        .getOrDefault(IndexSchema.COMMIT_FINGERPRINT, "(none)");
                Map<String, Set<String>> urls = new TreeMap<>();
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    // No deletions are possible in a fresh reader of a commit but for updated issues: skip them.
                    if (reader.leaves().isEmpty() || !live(reader, doc)) {
                        continue;
                    }
                    var document = stored.document(doc);
                    String id = document.get(IndexSchema.ID);
                    urls.computeIfAbsent(id.substring(0, id.lastIndexOf('#')), k -> new TreeSet<>())
                            .add(document.get(IndexSchema.URL));
                }
                return Optional.of(new CommittedState(fingerprint, urls));
            }
        }
    }

    /** What {@code snapshot} serves (its fingerprint is not part of a snapshot: {@code fingerprint} is given). */
    static CommittedState served(ArchiveSnapshot snapshot, String fingerprint) {
        Map<String, Set<String>> urls = new TreeMap<>();
        for (Issue issue : snapshot.issues()) {
            if (!issue.entries().isEmpty()) {
                urls.put(issue.ref().key(), urls(issue));
            }
        }
        return new CommittedState(fingerprint, urls);
    }

    private static Set<String> urls(Issue issue) {
        Set<String> urls = new TreeSet<>();
        issue.entries().stream().map(Entry::url).forEach(urls::add);
        return urls;
    }

    private static boolean live(IndexReader reader, int doc) {
        for (var leaf : reader.leaves()) {
            int local = doc - leaf.docBase;
            if (local >= 0 && local < leaf.reader().maxDoc()) {
                var liveDocs = leaf.reader().getLiveDocs();
                return liveDocs == null || liveDocs.get(local);
            }
        }
        return false;
    }
}
