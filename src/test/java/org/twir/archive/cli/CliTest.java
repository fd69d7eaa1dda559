package org.twir.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void unknownCommandExitsWithUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'frobnicate'").contains("usage:");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve");
    }
}
