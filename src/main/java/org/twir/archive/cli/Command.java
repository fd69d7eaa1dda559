package org.twir.archive.cli;

import java.io.PrintWriter;
import java.util.List;

/** One sub-command of the jar. Implementations print to the given writers, never to {@code System.out}. */
public interface Command {

    /** The word that selects it: {@code java -jar twir-archive.jar <name> ...}. */
    String name();

    /** One line for the usage text. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the process exit status: 0 success, 1 a negative result (e.g. duplicates found), 2 bad usage or
     *     unreadable input
     * @throws UsageException for bad arguments; the message is printed with the usage
     */
    int run(List<String> args, PrintWriter out, PrintWriter err) throws Exception;
}
