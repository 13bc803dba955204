package dk.trappen.core.importing;

/**
 * A row that broke a rule: where it is, which column (null for the whole row), the value (null
 * for a person column, which is never repeated), the Danish message naming all of it, and the
 * rule alone (for a table that shows place, column and value in columns of their own).
 */
public record RejectedRow(long line, String where, String column, String value, String message, String rule) {
}
