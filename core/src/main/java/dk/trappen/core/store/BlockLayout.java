package dk.trappen.core.store;

import java.util.List;

/**
 * What a block table holds and how a block is laid out: the format number, the row count, the
 * dictionary of code texts, then each column whole in declared order (big-endian), then, when a
 * column is of kind {@link Column.Kind#WEEKS}, the count of week codes and the codes. A register
 * declares its layout; {@link BlockStore} writes and reads it.
 */
final class BlockLayout {

    final String table;
    /** For messages: "spell", "dream", "lpr". */
    final String name;
    final int format;
    final List<Column> columns;
    /** Dictionary codes a block may hold (their indexes' range). */
    final int maxCodes;
    /** Bytes per row over the columns. */
    final int rowWidth;
    /** The position of the {@link Column.Kind#HASH} column, -1 when none. */
    final int hash;
    /** The position of the {@link Column.Kind#WEEKS} column, -1 when none. */
    final int weeks;

    /** {@code table}: one of the schema's block tables (a constant, never user input). */
    BlockLayout(String table, String name, int format, int maxCodes, Column[] columns) {
        this.table = table;
        this.name = name;
        this.format = format;
        this.maxCodes = maxCodes;
        this.columns = List.of(columns);
        int width = 0;
        int hashAt = -1;
        int weeksAt = -1;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].ordinal() != i) {
                throw new IllegalArgumentException(name + " columns out of order");
            }
            width += columns[i].kind().width;
            if (columns[i].kind() == Column.Kind.HASH) {
                hashAt = single(hashAt, i);
            }
            if (columns[i].kind() == Column.Kind.WEEKS) {
                weeksAt = single(weeksAt, i);
            }
        }
        this.rowWidth = width;
        this.hash = hashAt;
        this.weeks = weeksAt;
    }

    /** A hash or weeks column: at most one a layout. */
    private int single(int found, int at) {
        if (found >= 0) {
            throw new IllegalArgumentException(name + " has two columns of the same single kind");
        }
        return at;
    }
}
