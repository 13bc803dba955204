package dk.trappen.core.importing;

/**
 * A rule a cell breaks. Thrown while a row is parsed and turned into a rejected row; cheap
 * (no stack trace), since a bad file can have millions.
 */
final class RowProblem extends Exception {

    private static final long serialVersionUID = 1L;
    private String column;
    private int columnIndex = -1;
    private final String value;
    private final String ruleKey;
    private final transient Object[] ruleArgs;

    RowProblem(String column, String value, String ruleKey, Object... ruleArgs) {
        super(ruleKey, null, false, false);
        this.column = column;
        this.value = value;
        this.ruleKey = ruleKey;
        this.ruleArgs = ruleArgs;
    }

    String column() {
        return column;
    }

    /** For columns known only by position (DREAM's weeks): the header name is filled in later. */
    RowProblem inColumn(int index) {
        this.columnIndex = index;
        return this;
    }

    int columnIndex() {
        return columnIndex;
    }

    String value() {
        return value;
    }

    String ruleKey() {
        return ruleKey;
    }

    Object[] ruleArgs() {
        return ruleArgs;
    }
}
