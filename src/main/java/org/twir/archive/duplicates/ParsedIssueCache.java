package org.twir.archive.duplicates;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueCodec;

/**
 * The duplicate check's parsed issue files, stored on disk by each file's content hash. Parsing the whole archive with flexmark is most of a
 * cold CLI run; with this cache only new or changed files are parsed. Keyed by content, not by modification
 * time, so a fresh CI checkout of the same files hits it too. Issues are stored whole, in the same
 * {@link IssueCodec} form as the service's snapshot cache.
 */
final class ParsedIssueCache {

    /** Names the layout; v2 stores whole issues in the shared {@link IssueCodec} form. */
    private static final String MAGIC = "twir-duplicates-cache-v2";

    /** A cached file: its content hash and its issue. */
    record Cached(String hash, Issue issue) {}

    private ParsedIssueCache() {}

    /** The cached files by source file name; empty when there is no cache or it is from another version. */
    static Map<String, Cached> read(Path file) throws IOException {
        Map<String, Cached> cached = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(MAGIC)) {
                return cached;
            }
            int files = in.readInt();
            for (int i = 0; i < files; i++) {
                String hash = in.readUTF();
                Issue issue = IssueCodec.read(in);
                cached.put(issue.ref().sourceFile(), new Cached(hash, issue));
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (EOFException | IllegalArgumentException e) {
            // A truncated or foreign file (a run killed while writing): start afresh rather than fail the check.
            return Map.of();
        }
        return cached;
    }

    /** Writes the cache atomically (temporary file, then move), so a concurrent reader never sees half of it. */
    static void write(Path file, Map<String, Cached> cached) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "links", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeUTF(MAGIC);
            out.writeInt(cached.size());
            for (Cached c : cached.values()) {
                out.writeUTF(c.hash());
                IssueCodec.write(out, c.issue());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
