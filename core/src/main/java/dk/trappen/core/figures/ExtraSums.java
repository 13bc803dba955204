package dk.trappen.core.figures;

import java.util.Arrays;

/**
 * NT11–NT20 as sums: per kommune index, date index and figure a numerator (sum of rates, persons in
 * a group, readmissions, kroner) and a denominator (persons, admissions, kroner). Keeping sums, not
 * values, is what lets a group pool its persons (key-figures.md §10). Per source and date, whether
 * the figures are defined and, if not, why (a message key, or null when the date simply has none,
 * like the accounts at 30 June).
 */
final class ExtraSums {

    private final int kommuner;
    private final int dates;
    private final double[] sums;
    private final boolean[][] defined;
    private final String[][] reason;
    /** A pooled unit's member kommuner (1 for a kommune's own sums). */
    private int members = 1;
    /** A pooled unit's member kommuner with own measurements per date; null when not pooled. */
    private int[] measured;

    /** The message key of NT13–NT17 left out of a unit of several kommuner that are not all measured. */
    static final String NOT_ALL_MEASURED = "figures.absent.notAllMeasured.maalinger";

    ExtraSums(int kommuner, int dates) {
        this.kommuner = kommuner;
        this.dates = dates;
        this.sums = new double[kommuner * dates * FigureId.EXTRA_COUNT * 2];
        this.defined = new boolean[Source.values().length][dates];
        this.reason = new String[Source.values().length][dates];
    }

    /** Every source absent as not imported (results kept before NT11–NT20 existed, test series). */
    static ExtraSums missing(int kommuner, int dates) {
        ExtraSums e = new ExtraSums(kommuner, dates);
        for (Source s : Source.values()) {
            for (int d = 0; d < dates; d++) {
                e.reason[s.ordinal()][d] = s.missingKey();
            }
        }
        return e;
    }

    private int at(int k, int d, int figure) {
        return ((k * dates + d) * FigureId.EXTRA_COUNT + figure) * 2;
    }

    void add(int k, int d, FigureId figure, double numerator, double denominator) {
        int i = at(k, d, figure.extra());
        sums[i] += numerator;
        sums[i + 1] += denominator;
    }

    double numerator(int k, int d, int figure) {
        return sums[at(k, d, figure)];
    }

    double denominator(int k, int d, int figure) {
        return sums[at(k, d, figure) + 1];
    }

    /** Adds another's sums, which hold only source {@code s}'s figures, and takes over its state per date. */
    void addSource(ExtraSums other, Source s) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += other.sums[i];
        }
        defined[s.ordinal()] = other.defined[s.ordinal()].clone();
        reason[s.ordinal()] = other.reason[s.ordinal()].clone();
    }

    void define(Source s, int d) {
        defined[s.ordinal()][d] = true;
        reason[s.ordinal()][d] = null;
    }

    void absent(Source s, int d, String key) {
        defined[s.ordinal()][d] = false;
        reason[s.ordinal()][d] = key;
    }

    boolean defined(Source s, int d) {
        return defined[s.ordinal()][d];
    }

    String absent(Source s, int d) {
        return reason[s.ordinal()][d];
    }

    int kommuner() {
        return kommuner;
    }

    int dates() {
        return dates;
    }

    double[] sums() {
        return sums;
    }

    /**
     * Whether kommune index {@code k} has own measurements (NT13–NT17's source) at date index
     * {@code d}: somebody measured with WHO-5 or Brief INSPIRE-O in the period of the date.
     */
    boolean measured(int k, int d) {
        return defined(Source.MAALINGER, d)
                && (denominator(k, d, FigureId.NT13.extra()) > 0 || denominator(k, d, FigureId.NT14.extra()) > 0);
    }

    /** A pooled unit's member kommuner (1 for a kommune). */
    int members() {
        return members;
    }

    /** How many of a pooled unit's member kommuner have own measurements at date index d. */
    int measuredMembers(int d) {
        if (measured == null) {
            return measured(0, d) ? 1 : 0;
        }
        return measured[d];
    }

    /**
     * The sums of the given kommune indexes, as one unit of {@code members} kommuner (members not in
     * the result are among them, without data). Own measurements (NT13–NT17) are the kommune's own
     * (seed 002 §2.2.3): a unit of several kommuner has them at a date only when every member has
     * measurements there, so a region or hele landet is never built from a few measuring kommuner.
     */
    ExtraSums pooled(int[] kommuneIndex, int members, int nd) {
        ExtraSums p = new ExtraSums(1, nd);
        p.members = members;
        p.measured = new int[nd];
        int block = nd * FigureId.EXTRA_COUNT * 2;
        for (int k : kommuneIndex) {
            if (k >= kommuner) {
                continue;
            }
            for (int i = 0; i < block; i++) {
                p.sums[i] += sums[k * block + i];
            }
        }
        for (int s = 0; s < defined.length; s++) {
            p.defined[s] = defined[s].clone();
            p.reason[s] = reason[s].clone();
        }
        for (int d = 0; d < nd; d++) {
            for (int k : kommuneIndex) {
                if (k < kommuner && measured(k, d)) {
                    p.measured[d]++;
                }
            }
            if (members > 1 && p.defined(Source.MAALINGER, d) && p.measured[d] < members) {
                p.absent(Source.MAALINGER, d, NOT_ALL_MEASURED);
            }
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraSums && Arrays.equals(sums, ((ExtraSums) o).sums)
                && Arrays.deepEquals(defined, ((ExtraSums) o).defined) && Arrays.deepEquals(reason, ((ExtraSums) o).reason)
                && members == ((ExtraSums) o).members && Arrays.equals(measured, ((ExtraSums) o).measured);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sums);
    }
}
