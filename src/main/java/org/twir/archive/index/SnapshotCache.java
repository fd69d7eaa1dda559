package org.twir.archive.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueCodec;

/**
 * The parsed issues of one archive fingerprint, kept in a file next to the index so that a restart whose index
 * is reused does not have to parse the archive again (parsing is most of a restart). A compact binary format
 * (gzip of {@link DataOutputStream}), not Java serialization: the records stay free of it, and a format change
 * is one {@link #FORMAT} bump. Written atomically (temp file, then move); anything unreadable is a miss.
 */
public final class SnapshotCache {

    /** Bump whenever the layout below or the parser's output changes: an old file is then ignored. */
    static final String FORMAT = "twir-snapshot-1";

    /** What the cache holds besides the issues: the parse counts the loader reports. */
    public record Cached(List<Issue> issues, int filesRead, int problems) {}

    private final Path file;

    public SnapshotCache(Path file) {
        this.file = file;
    }

    /** The cache file of an index directory. */
    public static SnapshotCache in(Path indexDir) {
        return new SnapshotCache(indexDir.resolve("twir-snapshot.bin.gz"));
    }

    public Path file() {
        return file;
    }

    /**
     * The cached issues when the file exists and was written for {@code fingerprint}; empty when it is missing
     * or stale. A corrupt file throws, so the caller can log why it parses after all.
     */
    public Optional<Cached> read(String fingerprint) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF()) || !fingerprint.equals(in.readUTF())) {
                return Optional.empty();
            }
            int filesRead = in.readInt();
            int problems = in.readInt();
            int count = in.readInt();
            List<Issue> issues = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                issues.add(IssueCodec.read(in));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes after " + count + " issues");
            }
            return Optional.of(new Cached(List.copyOf(issues), filesRead, problems));
        } catch (RuntimeException e) {
            // A record constructor rejected a value: the file is damaged, not the program.
            throw new IOException("invalid snapshot cache " + file + ": " + e, e);
        }
    }

    /** Replaces the cache with {@code issues} of {@code fingerprint}; readers never see a half-written file. */
    public void write(String fingerprint, Cached cached) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "twir-snapshot", ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(fastGzip(raw), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(fingerprint);
                out.writeInt(cached.filesRead());
                out.writeInt(cached.problems());
                out.writeInt(cached.issues().size());
                for (Issue issue : cached.issues()) {
                    IssueCodec.write(out, issue);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // The write sits on the load path: the fastest level compresses ~4x already, the default costs twice the time.
    private static GZIPOutputStream fastGzip(OutputStream raw) throws IOException {
        return new GZIPOutputStream(raw, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
