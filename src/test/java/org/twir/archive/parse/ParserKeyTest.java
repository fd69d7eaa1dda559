package org.twir.archive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserKeyTest {

    @Test
    void theBuildWritesAHashOfTheParserClasses() {
        assertThat(ParserKey.current()).matches("[0-9a-f]{64}");
    }
}
