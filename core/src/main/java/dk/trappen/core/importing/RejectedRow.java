package dk.trappen.core.importing;

/**
 * A row that broke a rule: where it is, which column (null for the whole row), the value (null
 * for a person column, which is never repeated), and the Danish message naming all of it.
 */
public record RejectedRow(long line, String where, String column, String value, String message) {
}
