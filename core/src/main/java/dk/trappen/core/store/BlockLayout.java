package dk.trappen.core.store;

import java.util.List;

/**
 * What a block table holds and how a block is laid out: the format number, the row count, the
 * dictionary of code texts, then each column whole in declared order (big-endian), then, when a
 * column is of kind {@link ColumnKind#WEEKS}, the count of week codes and the codes. A register
 * declares its layout (its columns as an enum, in stored order, with their kinds); {@link BlockStore}
 * writes and reads it.
 */
final class BlockLayout {

    final String table;
    /** For messages: "spell", "dream", "lpr". */
    final String name;
    final int format;
    /** The kind of each column, by position (the ordinal of the register's column enum). */
    final List<ColumnKind> kinds;
    /** Dictionary codes a block may hold (their indexes' range). */
    final int maxCodes;
    /** Bytes per row over the columns. */
    final int rowWidth;
    /** The position of the {@link ColumnKind#HASH} column, -1 when none. */
    final int hash;
    /** The position of the {@link ColumnKind#WEEKS} column, -1 when none. */
    final int weeks;

    /**
     * {@code table}: one of the schema's block tables (a constant, never user input); {@code columns}:
     * the register's column enum's values, {@code kinds} theirs in the same order.
     */
    BlockLayout(String table, String name, int format, int maxCodes, Enum<?>[] columns, ColumnKind... kinds) {
        if (columns.length != kinds.length) {
            throw new IllegalArgumentException(name + ": " + columns.length + " columns, " + kinds.length + " kinds");
        }
        this.table = table;
        this.name = name;
        this.format = format;
        this.maxCodes = maxCodes;
        this.kinds = List.of(kinds);
        this.rowWidth = this.kinds.stream().mapToInt(k -> k.width).sum();
        this.hash = single(ColumnKind.HASH);
        this.weeks = single(ColumnKind.WEEKS);
    }

    /** The position of the one column of a kind, -1 when none. */
    private int single(ColumnKind kind) {
        int at = kinds.indexOf(kind);
        if (at != kinds.lastIndexOf(kind)) {
            throw new IllegalArgumentException(name + " has more than one " + kind + " column");
        }
        return at;
    }
}
