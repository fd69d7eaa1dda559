package org.twir.archive.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;

/** Dispatches {@code java -jar twir-archive.jar [command] [args...]} to a {@link Command}. */
public final class Cli {

    /** Returned by {@code serve}: the process must keep running. */
    public static final int SERVING = -1;

    private static final List<Command> COMMANDS =
            List.of(new ServeCommand(), new ParseCommand(), new IndexCommand(), new CheckDuplicatesCommand());

    private Cli() {}

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        try {
            return run(Arrays.asList(args), out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs a command line; the testable core of {@link #run(String[])}. */
    public static int run(List<String> args, PrintWriter out, PrintWriter err) {
        Map<String, Command> byName = COMMANDS.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        if (args.isEmpty() || args.getFirst().startsWith("--") && !isHelp(args.getFirst())) {
            return invoke(byName.get("serve"), args, out, err);
        }
        String name = args.getFirst();
        if (isHelp(name)) {
            usage(out);
            return 0;
        }
        Optional<Command> command = Optional.ofNullable(byName.get(name));
        if (command.isEmpty()) {
            err.println("error: unknown command '" + name + "'");
            usage(err);
            return 2;
        }
        return invoke(command.get(), args.subList(1, args.size()), out, err);
    }

    private static int invoke(Command command, List<String> args, PrintWriter out, PrintWriter err) {
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: java -jar twir-archive.jar " + command.name() + " ... (see --help)");
            return 2;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (SpringApplication.AbandonedRunException e) {
            // Not a failure: the build's AOT processing runs main() only to capture the prepared context.
            throw e;
        } catch (Exception e) {
            // A bug, not bad input: say so plainly and keep the stack trace for the report.
            err.println("internal error in '" + command.name() + "': " + e);
            e.printStackTrace(err);
            return 3;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private static void usage(PrintWriter to) {
        to.println("usage: java -jar twir-archive.jar [command] [args...]");
        to.println("commands:");
        for (Command c : COMMANDS) {
            to.printf(Locale.ROOT, "  %-18s %s%n", c.name(), c.summary());
        }
    }
}
