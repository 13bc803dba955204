package dk.trappen.core.store;

/**
 * What a column of a {@link BlockLayout} holds; its width fixes the array that holds it (1 byte,
 * 2 short, 4 int, 8 long) and the bytes a row takes in a block.
 */
enum ColumnKind {
    INT(4),
    SHORT(2),
    LONG(8),
    /** 0 or 1. */
    FLAG(1),
    /** A kommune code (1–999), 0 for none. */
    KOMMUNE(2),
    /** Days since 1970-01-01. */
    EPOCH_DAY(4),
    /** A local date-time as seconds since 1970-01-01T00:00, read as UTC. */
    EPOCH_SECOND(8),
    /** A text as its index in the block's dictionary, -1 for none. */
    CODE(4),
    /** The row's fingerprint, what {@link BlockStore#hashes} reads. */
    HASH(8),
    /**
     * The ISO weeks a row covers (bit {@code w - 1} for week {@code w}); the dictionary index of each
     * covered week follows the columns, as 16 bits, row by row.
     */
    WEEKS(8);

    final int width;

    ColumnKind(int width) {
        this.width = width;
    }
}
