package org.twir.archive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twir.archive.parse.ArchiveParser;

class IssueCodecTest {

    private static Issue parsed(String fixture) throws IOException {
        return new ArchiveParser()
                .parseFile(Path.of("src/test/resources/fixtures", fixture))
                .issue()
                .orElseThrow();
    }

    private static byte[] encode(Issue issue) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            IssueCodec.write(out, issue);
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-era.markdown", "2017-era.md", "2024-era.md", "hazards.md", "state-of-rust.rst"})
    void everyEraReadsBackEqualToWhatWasParsed(String fixture) throws IOException {
        Issue issue = parsed(fixture);
        Issue read = IssueCodec.read(new DataInputStream(new ByteArrayInputStream(encode(issue))));
        assertThat(read).isEqualTo(issue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-era.md"})
    void truncatedBytesThrowInsteadOfYieldingAPartialIssue(String fixture) throws IOException {
        byte[] whole = encode(parsed(fixture));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> IssueCodec.read(new DataInputStream(new ByteArrayInputStream(half))))
                .isInstanceOf(IOException.class);
    }
}
