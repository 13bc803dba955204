package dk.trappen.core.reference;

/**
 * A kommune's membership of a sundhedsklynge. A kommune may sit in two klynger; {@code source}
 * says how sure the row is (verificeret, seed 000 afsnit 4, antaget).
 */
public record KlyngeMedlemskab(int kommuneCode, String klynge, String source) {
}
