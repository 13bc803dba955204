package dk.trappen.core.store;

/** One block as {@link BlockStore} decoded it: its columns, dictionary and week codes, for a register's view. */
final class BlockData {

    final int size;
    final String[] dictionary;
    /** The week codes of a layout with a {@link ColumnKind#WEEKS} column, else null. */
    final char[] weekCodes;
    private final Object[] columns;

    BlockData(int size, String[] dictionary, Object[] columns, char[] weekCodes) {
        this.size = size;
        this.dictionary = dictionary;
        this.columns = columns;
        this.weekCodes = weekCodes;
    }

    int[] ints(Enum<?> c) {
        return (int[]) columns[c.ordinal()];
    }

    short[] shorts(Enum<?> c) {
        return (short[]) columns[c.ordinal()];
    }

    long[] longs(Enum<?> c) {
        return (long[]) columns[c.ordinal()];
    }

    byte[] bytes(Enum<?> c) {
        return (byte[]) columns[c.ordinal()];
    }

    long[] longs(int position) {
        return (long[]) columns[position];
    }
}
