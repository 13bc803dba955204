package dk.trappen.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows collected for a block table, column by column as its {@link BlockLayout} declares them: an
 * array per column, grown together, and the dictionary their code columns index. A register's builder
 * ({@code SpellStore.Columns} …) maps its rows onto these.
 */
final class BlockRows {

    private final BlockLayout layout;
    /** Per column a byte[], short[], int[] or long[], by its width. */
    private final Object[] data;
    private final List<String> dictionary;
    /** Text → index of an own dictionary; null when the caller keeps the dictionary. */
    private final Map<String, Integer> codes;
    private char[] weekCodes;
    private int weekCodeCount;
    private int size;
    private int capacity = 1024;

    /** Rows with a dictionary of their own, coded by {@link #code(String)}. */
    BlockRows(BlockLayout layout) {
        this(layout, new ArrayList<>(), new HashMap<>());
    }

    /**
     * Rows coded by indexes into {@code dictionary}, which the caller may share and keep growing;
     * each block stores a copy of it as it is when written.
     */
    BlockRows(BlockLayout layout, List<String> dictionary) {
        this(layout, dictionary, null);
    }

    private BlockRows(BlockLayout layout, List<String> dictionary, Map<String, Integer> codes) {
        this.layout = layout;
        this.dictionary = dictionary;
        this.codes = codes;
        this.data = new Object[layout.kinds.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = array(layout.kinds.get(i).width, capacity);
        }
        this.weekCodes = layout.weeks < 0 ? null : new char[16 * 1024];
    }

    private static Object array(int width, int n) {
        switch (width) {
            case 1:
                return new byte[n];
            case 2:
                return new short[n];
            case 4:
                return new int[n];
            default:
                return new long[n];
        }
    }

    int size() {
        return size;
    }

    /** Makes room for one more row and returns its index; set each column of it before the next. */
    int addRow() {
        if (size == capacity) {
            grow();
        }
        return size++;
    }

    private void grow() {
        int n = capacity * 2;
        capacity = n;
        for (int i = 0; i < data.length; i++) {
            Object a = data[i];
            if (a instanceof byte[]) {
                data[i] = Arrays.copyOf((byte[]) a, n);
            } else if (a instanceof short[]) {
                data[i] = Arrays.copyOf((short[]) a, n);
            } else if (a instanceof int[]) {
                data[i] = Arrays.copyOf((int[]) a, n);
            } else {
                data[i] = Arrays.copyOf((long[]) a, n);
            }
        }
    }

    void setInt(Enum<?> c, int row, int value) {
        ((int[]) data[c.ordinal()])[row] = value;
    }

    void setShort(Enum<?> c, int row, short value) {
        ((short[]) data[c.ordinal()])[row] = value;
    }

    void setLong(Enum<?> c, int row, long value) {
        ((long[]) data[c.ordinal()])[row] = value;
    }

    void setByte(Enum<?> c, int row, byte value) {
        ((byte[]) data[c.ordinal()])[row] = value;
    }

    /** A {@link ColumnKind#CODE} column: the text's index in the own dictionary, -1 for null. */
    void setCode(Enum<?> c, int row, String text) {
        setInt(c, row, text == null ? -1 : code(text));
    }

    /** A text's index in the own dictionary, added when new. */
    int code(String text) {
        if (codes == null) {
            throw new IllegalStateException(layout.name + " rows coded by a shared dictionary");
        }
        Integer index = codes.get(text);
        if (index == null) {
            if (dictionary.size() == layout.maxCodes) {
                throw new IllegalStateException("more than " + layout.maxCodes + " " + layout.name + " codes");
            }
            index = dictionary.size();
            codes.put(text, index);
            dictionary.add(text);
        }
        return index;
    }

    /**
     * The {@link ColumnKind#WEEKS} column: the weeks covered, and for each covered week {@code w} its
     * dictionary index {@code codeOfWeek[w - 1]}.
     */
    void setWeeks(Enum<?> c, int row, long covered, char[] codeOfWeek) {
        setLong(c, row, covered);
        if (weekCodeCount + Long.SIZE > weekCodes.length) {
            weekCodes = Arrays.copyOf(weekCodes, weekCodes.length * 2);
        }
        for (long m = covered; m != 0; m &= m - 1) {
            weekCodes[weekCodeCount++] = codeOfWeek[Long.numberOfTrailingZeros(m)];
        }
    }

    /** For {@link BlockStore}: a column's array (its first {@link #size()} values are the rows'). */
    Object column(int position) {
        return data[position];
    }

    List<String> dictionary() {
        return dictionary;
    }

    char[] weekCodes() {
        return weekCodes;
    }
}
