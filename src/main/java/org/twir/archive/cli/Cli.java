package org.twir.archive.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The jar's entry point: {@code java -jar twir-archive.jar [command] [options]}. Without a command, or when the
 * first argument is an option other than help or version, it runs {@code serve}, so the jar starts the service by
 * default and Spring options such as {@code --server.port=9000} pass straight through. The other commands run
 * without Spring to start fast.
 *
 * <p>Exit status: 0 success, 1 a negative result (duplicates found), 2 bad usage or unreadable input, 3 an
 * internal error (a bug).
 */
@Command(
        name = "java -jar twir-archive.jar",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisHeading = "usage: ",
        usageHelpWidth = 100,
        synopsisSubcommandLabel = "[COMMAND]",
        commandListHeading = "%ncommands (serve is the default):%n",
        description = "The searchable archive of This Week in Rust: the web service and its command-line tools.",
        subcommands = HelpCommand.class)
public final class Cli {

    /** Returned by {@code serve}: the process must keep running. */
    public static final int SERVING = -1;

    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Cli() {}

    public static void main(String[] args) {
        int status = run(args);
        if (status != SERVING) {
            System.exit(status);
        }
    }

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
        ServeCommand serve = new ServeCommand();
        CommandLine cli = new CommandLine(new Cli())
                .addSubcommand(serve)
                .addSubcommand(new ParseCommand())
                .addSubcommand(new IndexCommand())
                .addSubcommand(new CheckDuplicatesCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Cli::badUsage)
                .setExecutionExceptionHandler(Cli::failed);
        int status = cli.execute(withDefaultCommand(args).toArray(String[]::new));
        // picocli reports whatever a command throws and turns it into an exit status; the one exception that
        // must escape is the one Spring AOT's build step uses to stop main() once it has the application context.
        serve.rethrowAbandonedRun();
        return status;
    }

    private static List<String> withDefaultCommand(List<String> args) {
        if (!args.isEmpty() && !(args.getFirst().startsWith("-") && !ROOT_OPTIONS.contains(args.getFirst()))) {
            return args;
        }
        List<String> serve = new ArrayList<>(args.size() + 1);
        serve.add("serve");
        serve.addAll(args);
        return serve;
    }

    /** Bad arguments: say what is wrong in our own words, then how to get help; exit 2. */
    private static int badUsage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + message(e));
        UnmatchedArgumentException.printSuggestions(e, err);
        if (command.getParent() == null) {
            command.usage(err);
        } else {
            err.print(command.getHelp().fullSynopsis());
            err.println(seeHelp(command));
        }
        return USAGE;
    }

    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().getFirst();
            boolean command = e.getCommandLine().getParent() == null && !first.startsWith("-");
            return (command ? "unknown command '" : "unknown argument '") + first + "'";
        }
        return e.getMessage();
    }

    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        switch (e) {
            case UsageException usage -> {
                err.println("error: " + usage.getMessage());
                err.println(seeHelp(command));
                return USAGE;
            }
            case NoSuchFileException missing -> {
                err.println("error: no such file: " + missing.getFile());
                return USAGE;
            }
            case IOException unreadable -> {
                err.println("error: " + unreadable.getMessage());
                return USAGE;
            }
            case UncheckedIOException unreadable -> {
                err.println("error: " + unreadable.getMessage());
                return USAGE;
            }
            default -> {
                // A bug, not bad input: say so plainly and keep the stack trace for the report.
                err.println("internal error in '" + command.getCommandName() + "': " + e);
                e.printStackTrace(err);
                return INTERNAL_ERROR;
            }
        }
    }

    private static String seeHelp(CommandLine command) {
        return "see: " + command.getCommandSpec().qualifiedName() + " --help";
    }
}
