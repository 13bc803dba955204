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

    /** As {@code add(i.toString())}, without making the string (the import's hottest path). */
    RowHash add(Integer i) {
        if (i == null) {
            return add((String) null);
        }
        int v = i;
        if (v < 0) {
            return add(i.toString());
        }
        digits(v, 1);
        return add(0x1f);
    }

    /** As {@code add(d.toString())} (ISO yyyy-MM-dd), without making the string. */
    RowHash add(java.time.LocalDate d) {
        if (d == null) {
            return add((String) null);
        }
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return add(d.toString());
        }
        digits(y, 4);
        character('-');
        digits(d.getMonthValue(), 2);
        character('-');
        digits(d.getDayOfMonth(), 2);
        return add(0x1f);
    }

    /** The decimal digits of a non-negative value, zero-padded to at least {@code width}. */
    private void digits(int v, int width) {
        int div = 1;
        int len = 1;
        while (div <= v / 10) {
            div *= 10;
            len++;
        }
        for (int pad = len; pad < width; pad++) {
            character('0');
        }
        for (; div > 0; div /= 10) {
            character('0' + v / div % 10);
        }
    }

    private void character(int c) {
        h ^= c;
        h *= 0x100000001b3L;
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
