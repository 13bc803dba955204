package dk.trappen.core.importing;

/** An open-addressing set of longs: row fingerprints of millions of rows without boxing. */
final class LongHashSet {

    private static final long EMPTY = 0L;
    private long[] slots;
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
    }

    /** Adds the value; false when it was there already. */
    boolean add(long v) {
        if (v == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    boolean contains(long v) {
        if (v == EMPTY) {
            return hasZero;
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
