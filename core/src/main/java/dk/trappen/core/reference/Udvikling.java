package dk.trappen.core.reference;

/** The development of a key figure that the catalogue calls desirable. */
public enum Udvikling {
    STIGENDE, FALDENDE, INGEN
}
