package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.TrappenException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: builds picocli over {@link TrappenCommand}, turns every failure into one Danish
 * line (never a stack trace) and returns the exit code: 0 ok, 1 failed, 2 wrong usage.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        return execute(AppContext::standard, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** For tests and embedding: the context is built only if a command needs it. */
    public static int execute(Supplier<AppContext> context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(context);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine(Supplier<AppContext> context) {
        CommandLine cli = new CommandLine(new TrappenCommand(new LazyContext(context)));
        cli.setParameterExceptionHandler(Cli::usageError);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof TrappenException) {
                err.println("Fejl: " + ex.getMessage());
            } else {
                // Unexpected: still one line for the user; details only on request.
                err.println("Uventet fejl: " + ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
                if (System.getenv("TRAPPEN_DEBUG") != null) {
                    ex.printStackTrace(err);
                }
            }
            return FAILED;
        });
        return cli;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (ex instanceof UnmatchedArgumentException) {
            err.println("Fejl: ukendt kommando eller tilvalg: "
                    + String.join(" ", ((UnmatchedArgumentException) ex).getUnmatched()));
        } else {
            err.println("Fejl: " + ex.getMessage());
        }
        cl.usage(err);
        return USAGE;
    }

    /** Builds the context once, on first use, so {@code --help} works even with broken tables. */
    static final class LazyContext implements Supplier<AppContext> {
        private final Supplier<AppContext> factory;
        private AppContext value;

        LazyContext(Supplier<AppContext> factory) {
            this.factory = factory;
        }

        @Override
        public synchronized AppContext get() {
            if (value == null) {
                value = factory.get();
            }
            return value;
        }
    }
}
