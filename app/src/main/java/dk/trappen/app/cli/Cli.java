package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.TrappenException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
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
                err.println(CliTexts.get("msg.error", ex.getMessage()));
            } else {
                // Unexpected: still one line for the user; details only on request.
                err.println(ex.getMessage() == null
                        ? CliTexts.get("msg.unexpected", ex.getClass().getSimpleName())
                        : CliTexts.get("msg.unexpected.withMessage", ex.getClass().getSimpleName(), ex.getMessage()));
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
        err.println(CliTexts.get("msg.error", message(ex)));
        cl.usage(err);
        return USAGE;
    }

    /** The Danish text of wrong usage; a value our converters refuse is named with its option. */
    private static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException) {
            return CliTexts.get("msg.unknownArgument", String.join(" ", ((UnmatchedArgumentException) ex).getUnmatched()));
        }
        if (ex.getCause() instanceof OptionValueException && ex.getArgSpec() instanceof OptionSpec) {
            OptionValueException bad = (OptionValueException) ex.getCause();
            List<Object> args = new ArrayList<>(List.of(((OptionSpec) ex.getArgSpec()).longestName(), ex.getValue()));
            args.addAll(List.of(bad.details()));
            return CliTexts.get(bad.key(), args.toArray());
        }
        return ex.getMessage();
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
