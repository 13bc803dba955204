package dk.trappen.core.importing;

/**
 * The fingerprints ({@link RowHash}) of the rows a store holds and of those this import adds: a
 * row met again is counted as a duplicate and not stored twice.
 */
final class Fingerprints {

    private final ImportContext ctx;
    private final LongHashSet seen;

    /** @param stored the fingerprints of the rows stored before this import */
    Fingerprints(ImportContext ctx, long[] stored) {
        this.ctx = ctx;
        this.seen = new LongHashSet((int) Math.min(Integer.MAX_VALUE / 4, stored.length + 1024L));
        for (long h : stored) {
            seen.add(h);
        }
    }

    /** True when the row is new (store it); false counts it as a duplicate. */
    boolean isNew(long hash) {
        if (!seen.add(hash)) {
            ctx.duplicates++;
            return false;
        }
        return true;
    }
}
