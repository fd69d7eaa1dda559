package org.twir.archive.parse;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What tells one version of an issue file from another across runs: the length of its bytes and two checksums of
 * them, CRC-32C and CRC-32. The archive's fingerprint is made of these, and the duplicate check's cache of parsed
 * files keeps each file's issue under them.
 *
 * <p>Checksums rather than SHA-256: both uses run in a cold JVM, the CLI's with C1 alone, where the JVM's checksums
 * are fast (13 MB in 10-20 ms) and SHA-256 is not (0.2 s with C1, 0.5-2.5 s interpreted). Two independent 32-bit
 * checksums plus the length make an edit that keeps all three equal a 1-in-2^64 chance; they guard against stale
 * results, not against an adversary, who could write the archive anyway.
 */
public final class ContentChecksum {

    private ContentChecksum() {}

    /** {@code bytes} as {@code "<length> <CRC-32C> <CRC-32>"}, the checksums as unsigned decimal numbers. */
    public static String of(byte[] bytes) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        return bytes.length + " " + crc32c.getValue() + " " + crc32.getValue();
    }
}
