package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentChecksumTest {

    @Test
    void isTheLengthAndThePublishedCheckValuesOfBothChecksums() {
        // "123456789" is the check input of CRC catalogues: CRC-32C gives 0xE3069283, CRC-32 0xCBF43926.
        assertThat(ContentChecksum.of("123456789".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("9 3808858755 3421780262");
    }

    @Test
    void tellsApartFilesOfOneLengthThatDifferInOneByte() {
        byte[] text = "* [Part 2](https://toydb.example.com/blog/part-2)\n".getBytes(StandardCharsets.UTF_8);
        byte[] edited = text.clone();
        edited[edited.length - 3] = '9';

        assertThat(ContentChecksum.of(edited)).isNotEqualTo(ContentChecksum.of(text));
    }

    @Test
    void ofNoBytesIsZeroes() {
        assertThat(ContentChecksum.of(new byte[0])).isEqualTo("0 0 0");
    }
}
