package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.TrappenVersion;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command {@code trappen}: with no subcommand it shows its usage. */
@Command(name = "trappen",
        mixinStandardHelpOptions = true,
        versionProvider = TrappenCommand.Version.class,
        resourceBundle = "dk.trappen.app.cli.usage",
        subcommands = {InfoCommand.class, ImportCommand.class, SampleCommand.class, FiguresCommand.class,
            FactsheetCommand.class, ExportCommand.class})
public final class TrappenCommand implements Runnable {

    private final Supplier<AppContext> context;

    @Spec
    private CommandSpec spec;

    TrappenCommand(Supplier<AppContext> context) {
        this.context = context;
    }

    Supplier<AppContext> context() {
        return context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code trappen --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Trappen " + TrappenVersion.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
