package dk.trappen.core.reference;

/** One of Danmarks Statistik's five kommunegrupper. */
public record Kommunegruppe(int code, String name) {
}
