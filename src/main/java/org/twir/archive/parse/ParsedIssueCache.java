package org.twir.archive.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueCodec;
import org.twir.archive.model.SharedStrings;

/**
 * Parsed issues kept in a file so that a later run does not parse them again (parsing is most of a restart and
 * of a cold duplicate check). The one cache of parse results, for the service and the CLI alike:
 *
 * <ul>
 *   <li>the service keeps the whole archive next to the index under the archive's fingerprint
 *       ({@link Contents#archiveKey()}), and takes it only when the index was built from that fingerprint;
 *   <li>the duplicate check keeps each file's issue with the {@link ContentChecksum} of the file's bytes
 *       ({@link CachedIssue#contentHash()}), and re-parses only files whose content changed.
 * </ul>
 *
 * <p>Either way the file is valid only for the parser that wrote it: it carries the {@link ParserKey}, and a
 * file from another parser is a miss. A compact binary format (gzip of {@link DataOutputStream} and
 * {@link IssueCodec}), not Java serialization; a layout change is one {@link #FORMAT} bump. Written atomically
 * (temporary file, then move), so a reader never sees half a file.
 */
public final class ParsedIssueCache {

    /** Names the layout below; bump it when the layout changes (a changed parser changes the key by itself). */
    static final String FORMAT = "twir-parsed-issues-2";

    /** One parsed file: the hash of its bytes (empty when the writer keys by archive) and its issue. */
    public record CachedIssue(String contentHash, Issue issue) {}

    /**
     * What a cache file holds.
     *
     * @param archiveKey what the issues as a whole were parsed from (an archive fingerprint), or empty
     * @param filesRead how many issue files the parse read (files without an issue included)
     * @param problems how many parse problems it met
     */
    public record Contents(String archiveKey, List<CachedIssue> files, int filesRead, int problems) {

        public Contents {
            files = List.copyOf(files);
        }

        /** The issues of an archive parse, keyed by {@code archiveKey} alone. */
        public static Contents ofArchive(String archiveKey, List<Issue> issues, int filesRead, int problems) {
            return new Contents(
                    archiveKey, issues.stream().map(i -> new CachedIssue("", i)).toList(), filesRead, problems);
        }

        public List<Issue> issues() {
            return files.stream().map(CachedIssue::issue).toList();
        }
    }

    private final Path file;
    private final String parserKey;

    /** The cache in {@code file}, for the parser on the class path. */
    public ParsedIssueCache(Path file) {
        this(file, ParserKey.current());
    }

    /** The cache in {@code file}, for the parser identified by {@code parserKey}. */
    public ParsedIssueCache(Path file, String parserKey) {
        this.file = file;
        this.parserKey = parserKey;
    }

    /** The service's cache file in an index directory. */
    public static ParsedIssueCache in(Path indexDir) {
        return new ParsedIssueCache(indexDir.resolve("twir-snapshot.bin.gz"));
    }

    public Path file() {
        return file;
    }

    /**
     * What the file holds, when it exists and was written in this format by this parser; empty otherwise. A
     * damaged file throws, so the caller can say why it parses after all.
     */
    public Optional<Contents> read() throws IOException {
        return read(UnaryOperator.identity());
    }

    /**
     * What the file holds when it was written for {@code archiveKey}; empty when missing or stale. These are the
     * issues the service then keeps for its life, so their equal strings are made one object, issue by issue as
     * they are read ({@link SharedStrings}); {@link #read()}, for the short-lived duplicate check, skips that.
     */
    public Optional<Contents> read(String archiveKey) throws IOException {
        return read(new SharedStrings()::share).filter(c -> c.archiveKey().equals(archiveKey));
    }

    private Optional<Contents> read(UnaryOperator<Issue> kept) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file)) {
            GZIPInputStream gzip;
            try {
                gzip = new GZIPInputStream(raw, 1 << 16);
            } catch (ZipException e) {
                // Not gzip at all: a file of an older layout (the duplicate check's first caches), not ours to read.
                return Optional.empty();
            }
            return read(new DataInputStream(new BufferedInputStream(gzip, 1 << 16)), kept);
        }
    }

    private Optional<Contents> read(DataInputStream in, UnaryOperator<Issue> kept) throws IOException {
        try {
            if (!FORMAT.equals(in.readUTF()) || !parserKey.equals(in.readUTF())) {
                return Optional.empty();
            }
            String archiveKey = in.readUTF();
            int filesRead = in.readInt();
            int problems = in.readInt();
            int count = in.readInt();
            List<CachedIssue> files = new ArrayList<>(Math.min(count, 1 << 16));
            for (int i = 0; i < count; i++) {
                String hash = in.readUTF();
                files.add(new CachedIssue(hash, kept.apply(IssueCodec.read(in))));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes after " + count + " issues");
            }
            return Optional.of(new Contents(archiveKey, files, filesRead, problems));
        } catch (RuntimeException e) {
            // A record constructor rejected a value: the file is damaged, not the program.
            throw new IOException("invalid parsed-issue cache " + file + ": " + e, e);
        }
    }

    /** Replaces the file with {@code contents}; readers never see a half-written file. */
    public void write(Contents contents) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "twir-parsed-issues", ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(fastGzip(raw), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(parserKey);
                out.writeUTF(contents.archiveKey());
                out.writeInt(contents.filesRead());
                out.writeInt(contents.problems());
                out.writeInt(contents.files().size());
                for (CachedIssue cached : contents.files()) {
                    out.writeUTF(cached.contentHash());
                    IssueCodec.write(out, cached.issue());
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
