package dk.trappen.core.reference;

/** The unit of a key figure. */
public enum Enhed {
    PERSONER, PROCENT, FORHOLD, KRONER
}
