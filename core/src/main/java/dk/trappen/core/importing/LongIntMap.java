package dk.trappen.core.importing;

import java.util.Arrays;

/** An open-addressing map from non-negative longs to ints, without boxing (CPR numbers as keys). */
final class LongIntMap {

    static final int MISSING = Integer.MIN_VALUE;
    /** Keys are stored plus one, so 0 marks a free slot. */
    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    int get(long key) {
        long k = key + 1;
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return values[i];
            }
        }
        return MISSING;
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long k = key + 1;
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (keys[i] != 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = k;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i] - 1, oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0); // the old table held CPR numbers: not left for the heap to keep
    }

    /** Forgets every key (their slots are cleared, not just dropped). */
    void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
