package dk.trappen.core.importing;

import java.util.HashMap;
import java.util.Map;

/** One row's cells, looked up by canonical column name through the file's header. */
final class Cells {

    private final Map<String, Integer> index;
    private final Map<String, String> shownNames;
    private String[] values;

    Cells(Map<String, Integer> index, Map<String, String> shownNames) {
        this.index = new HashMap<>(index);
        this.shownNames = new HashMap<>(shownNames);
    }

    void set(String[] row) {
        this.values = row;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The trimmed cell, or "" when the column is absent or the cell empty. */
    String get(String column) {
        Integer i = index.get(column);
        return i == null || i >= values.length ? "" : values[i];
    }

    /** The cell, or a problem when it is empty. */
    String required(String column) throws RowProblem {
        String v = get(column);
        if (v.isEmpty()) {
            throw new RowProblem(column, v, "import.rule.required");
        }
        return v;
    }

    /**
     * A code or text cell stored as written: at most {@code max} characters (the store's column),
     * and never a CPR number (a shifted column must not put one in the workspace in clear).
     */
    String text(String column, int max, boolean required) throws RowProblem {
        String v = required ? required(column) : get(column);
        if (Cpr.looksLikeCpr(v)) {
            throw new RowProblem(column, v, "import.rule.cprInText");
        }
        if (v.length() > max) {
            throw new RowProblem(column, v, "import.rule.tooLong", max);
        }
        return v;
    }

    /** The header name as the file writes it (messages name the user's own column). */
    String shown(String column) {
        return shownNames.getOrDefault(column, column);
    }

    /** All header positions by name, for types with columns beyond the canonical (DREAM weeks). */
    Map<String, Integer> index() {
        return index;
    }

    String at(int i) {
        return i < values.length ? values[i] : "";
    }
}
