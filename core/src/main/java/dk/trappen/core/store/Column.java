package dk.trappen.core.store;

/**
 * A column of a block layout (see {@link BlockLayout}): a register declares its columns as an enum, in
 * the order they are stored, so a column's position is its ordinal.
 */
interface Column {

    /** What a column holds; its width fixes the array that holds it (1 byte, 2 short, 4 int, 8 long). */
    enum Kind {
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
         * The ISO weeks a row covers (bit {@code w - 1} for week {@code w}); the dictionary index of
         * each covered week follows the columns, as 16 bits, row by row.
         */
        WEEKS(8);

        final int width;

        Kind(int width) {
            this.width = width;
        }
    }

    Kind kind();

    /** The position in the layout (an enum's ordinal). */
    int ordinal();

    String name();
}
