package dk.trappen.app.ui.data;

/** A rejected row as the report's table shows it: file, place, column, value (hidden for persons) and rule. */
public record RejectLine(String file, String where, String column, String value, String rule) {
}
