package dk.trappen.core.reference;

/** A target-group code (MAALGRUPPE) of the services register. */
public record Maalgruppe(String code, String text, String mainGroup) {
}
