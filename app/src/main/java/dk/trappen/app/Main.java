package dk.trappen.app;

import dk.trappen.app.cli.Cli;
import dk.trappen.app.ui.TrappenApplication;

/**
 * The one entry point: no arguments opens the workbench, anything else is the command line.
 * A plain class (not the Application subclass) so the shaded jar starts with {@code java -jar}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure();
        if (args.length == 0) {
            TrappenApplication.launchWorkbench();
        } else {
            System.exit(Cli.run(args));
        }
    }
}
