package dk.trappen.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library chatter (Flyway's migration notes) out of the user's terminal. */
public final class Logging {

    /** Strong references: java.util.logging forgets levels set on loggers that are collected. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private Logging() {
    }

    public static void configure() {
        FLYWAY.setLevel(Level.WARNING);
    }
}
