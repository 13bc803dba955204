package dk.trappen.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library chatter out of the user's terminal: Flyway's migration notes, and JavaFX's
 * warning that it runs from the class path (our deliberate choice, see README).
 */
public final class Logging {

    /** Strong references: java.util.logging forgets levels set on loggers that are collected. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Logging() {
    }

    private static java.util.logging.FileHandler workspaceLog;

    /**
     * Writes the workbench's log (warnings and errors, with details) to {@code trappen.log} in the
     * open workspace, so support can read what went wrong. Messages never carry CPR numbers: import
     * errors name file, line and column, and person values are never repeated.
     */
    public static synchronized void toWorkspace(java.nio.file.Path directory) {
        Logger root = Logger.getLogger("");
        if (workspaceLog != null) {
            root.removeHandler(workspaceLog);
            workspaceLog.close();
            workspaceLog = null;
        }
        if (directory == null) {
            return;
        }
        try {
            java.util.logging.FileHandler h = new java.util.logging.FileHandler(
                    directory.resolve("trappen.log").toString().replace("%", "%%"), 2_000_000, 1, true);
            h.setEncoding("UTF-8");
            h.setFormatter(new java.util.logging.SimpleFormatter());
            h.setLevel(Level.INFO);
            root.addHandler(h);
            workspaceLog = h;
        } catch (java.io.IOException e) {
            // A read-only workspace folder: the log then goes to the console only.
            Logger.getLogger(Logging.class.getName()).log(Level.WARNING, "Kan ikke skrive loggen i " + directory, e);
        }
    }

    public static void configure() {
        FLYWAY.setLevel(Level.WARNING);
        JAVAFX.setLevel(Level.SEVERE);
    }
}
