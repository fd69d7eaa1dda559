package org.twir.archive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.parse.ContentChecksum;

/**
 * Identifies the content of an archive: SHA-256 over the sorted relative names and {@link ContentChecksum}s (length,
 * CRC-32C and CRC-32) of every issue file under {@code content/} (the files {@link ArchiveParser#isIssueFile}
 * accepts). Equal fingerprints mean the index built from one archive is valid for the other. This runs first thing
 * at every start, before the JIT has compiled anything: checksums, not SHA-256, of the 13 MB of bytes.
 */
public final class ArchiveFingerprint {

    private ArchiveFingerprint() {}

    /** The fingerprint of the archive directory holding {@code content/}. */
    public static String of(Path archiveDir) throws IOException {
        Path content = archiveDir.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new IOException("no content/ directory in archive " + archiveDir);
        }
        List<IssueFile> files;
        try (Stream<Path> walk = Files.walk(content)) {
            // Each relative name made once, not in every comparison of the sort.
            files = walk.filter(Files::isRegularFile)
                    .filter(ArchiveParser::isIssueFile)
                    .map(file -> new IssueFile(relative(content, file), file))
                    .sorted(Comparator.comparing(IssueFile::name))
                    .toList();
        }
        MessageDigest digest = sha256();
        for (IssueFile issueFile : files) {
            digest.update(issueFile.name().getBytes(StandardCharsets.UTF_8));
            // Separators: no name can run into the next file's record.
            digest.update((byte) 0);
            digest.update(
                    ContentChecksum.of(Files.readAllBytes(issueFile.path())).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private record IssueFile(String name, Path path) {}

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
