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

    public static void configure() {
        FLYWAY.setLevel(Level.WARNING);
        JAVAFX.setLevel(Level.SEVERE);
    }
}
