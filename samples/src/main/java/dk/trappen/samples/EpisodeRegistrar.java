package dk.trappen.samples;

import java.util.List;

/**
 * Turns an episode of one service (who, what, where, from, to) into the rows a register
 * delivers: usually one, sometimes split by a re-visitation, overlapping, or duplicated.
 */
final class EpisodeRegistrar {

    /** An open service episode. */
    static final class Episode {
        final int trin;
        final String code;
        final String tilbud;
        final String maalgruppe;
        final int handle;
        final int betaling;
        final int bopael;
        final int start;

        Episode(int trin, String code, String tilbud, String maalgruppe, int handle, int betaling, int bopael,
                int start) {
            this.trin = trin;
            this.code = code;
            this.tilbud = tilbud;
            this.maalgruppe = maalgruppe;
            this.handle = handle;
            this.betaling = betaling;
            this.bopael = bopael;
            this.start = start;
        }
    }

    private final int until;

    EpisodeRegistrar(int until) {
        this.until = until;
    }

    /**
     * Adds the rows of an episode ending on {@code end} ({@link Spell#OPEN} for ongoing). Rows that
     * start after until are dropped; ends after until become ongoing.
     */
    void register(Episode e, int end, List<Spell> out, Rng rng) {
        if (e.start > until) {
            return;
        }
        int stop = end == Spell.OPEN || end > until ? Spell.OPEN : Math.max(end, e.start);
        int lastDay = stop == Spell.OPEN ? until : stop;
        double years = (lastDay - e.start) / 365.25;
        int from = e.start;
        // Re-visitations: a split point inside the episode, the next row continuing the service.
        int splits = 0;
        while (splits < 3 && years > 0.5 && rng.chance(Math.min(0.9, RegisterQuirks.REREGISTER_PER_YEAR * years))) {
            splits++;
            int at = from + 30 + rng.nextInt(Math.max(1, lastDay - from - 60));
            if (at <= from || at >= lastDay) {
                break;
            }
            int rowEnd = at - 1;
            if (rng.chance(RegisterQuirks.REREGISTER_OVERLAPPING)) {
                rowEnd = Math.min(lastDay - 1, at + 1 + rng.nextInt(RegisterQuirks.MAX_REREGISTER_OVERLAP));
            }
            emit(e, from, rowEnd, false, out, rng);
            from = at;
            years = (lastDay - from) / 365.25;
        }
        emit(e, from, stop, stop == Spell.OPEN && rng.chance(RegisterQuirks.SENTINEL_END), out, rng);
    }

    private void emit(Episode e, int start, int end, boolean sentinel, List<Spell> out, Rng rng) {
        Spell s = new Spell(e.handle, e.betaling, e.bopael, e.code, e.tilbud, e.maalgruppe, start,
                end == Spell.OPEN ? Spell.OPEN : Math.max(start, end), sentinel);
        out.add(s);
        if (rng.chance(RegisterQuirks.EXACT_DUPLICATE)) {
            out.add(s);
        }
    }
}
