package dk.trappen.core.reference;

/** One of the five regions (DST codes 1081–1085). */
public record Region(int code, String name) {
}
