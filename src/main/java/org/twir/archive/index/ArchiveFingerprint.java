package org.twir.archive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.twir.archive.parse.ArchiveParser;

/**
 * Identifies the content of an archive: SHA-256 over the sorted relative names and the bytes of every issue
 * file under {@code content/} (the files {@link ArchiveParser#isIssueFile} accepts). Equal fingerprints mean
 * the index built from one archive is valid for the other. Reads ~13 MB in well under a second.
 */
public final class ArchiveFingerprint {

    private ArchiveFingerprint() {}

    /** The fingerprint of the archive directory holding {@code content/}. */
    public static String of(Path archiveDir) throws IOException {
        Path content = archiveDir.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new IOException("no content/ directory in archive " + archiveDir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(ArchiveParser::isIssueFile)
                    .sorted((a, b) -> relative(content, a).compareTo(relative(content, b)))
                    .toList();
        }
        MessageDigest digest = sha256();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            digest.update(relative(content, file).getBytes(StandardCharsets.UTF_8));
            // Lengths as separators: no name/content pair can run into the next one.
            digest.update((byte) 0);
            digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

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
