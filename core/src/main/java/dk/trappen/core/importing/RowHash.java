package dk.trappen.core.importing;

/**
 * A 64-bit fingerprint of a stored row's canonical values, to skip a row already in the
 * workspace. FNV-1a with a final avalanche; collisions are negligible at register size.
 */
final class RowHash {

    private long h = 0xcbf29ce484222325L;

    RowHash add(String s) {
        if (s == null) {
            return add(0x7f);
        }
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return add(0x1f);
    }

    RowHash add(long v) {
        for (int i = 0; i < 8; i++) {
            h ^= (v >>> (i * 8)) & 0xff;
            h *= 0x100000001b3L;
        }
        return this;
    }

    RowHash add(Object o) {
        return add(o == null ? null : o.toString());
    }

    long value() {
        long x = h;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}
