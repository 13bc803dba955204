package dk.trappen.core.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A figure of key-figures.md §4–§5 by its command-line id ({@code NT1}, {@code NT7.1}, {@code M8_5},
 * {@code M8_D}, {@code DOED}, {@code SKIFT}, …). Every figure is a count of distinct persons; it is
 * the sum of some of the engine's internal counters ("slots"), which is how NT5 = trin 3 + 4 and
 * NT7.1 = M8_6 + M7_6 stay consistent by construction.
 */
public final class FigureId {

    /** Whether a figure is a stock at D (NT1–NT6) or a movement between D⁻ and D. */
    public enum Kind {
        /** Persons at cut date D (NT1–NT6 and their sum); also available at the series' base date. */
        STOCK,
        /** Persons moving between D⁻ and D (NT7–NT10, DOED, SKIFT, the transition matrix). */
        MOVEMENT,
        /** A mean over persons (NT11–NT14), in per cent or score points; one decimal. */
        MEAN,
        /** A share of persons in per cent (NT15.1–NT17); one decimal. */
        SHARE,
        /** A count of events, not persons (NT18, NT18_INDL: admissions). */
        EVENT,
        /** An event rate in per cent (NT18_RATE: readmissions of admissions); one decimal. */
        EVENT_SHARE,
        /** A ratio of amounts (NT19); two decimals, no person threshold (accounts are not personal data). */
        RATIO,
        /** A share of amounts in per cent (NT20.1–NT20.6); one decimal, no person threshold. */
        AMOUNT_SHARE
    }

    /** Column of the matrix for "died": {@link #toTrin()} returns it for {@code Mf_D}. */
    public static final int DEATH = 0;
    /** {@link #toTrin()} of a row base {@code Mf_N}. */
    public static final int BASE = -1;
    /** Column of the matrix for "changed kommune, left out" ({@code Mf_S}, only under that setting). */
    public static final int MOVED = -2;

    private static final Map<String, FigureId> BY_ID = new LinkedHashMap<>();
    private static final List<FigureId> STANDARD = new ArrayList<>();

    public static final FigureId NT1 = stock("NT1", 8);
    public static final FigureId NT2 = stock("NT2", 7);
    public static final FigureId NT3 = stock("NT3", 6);
    public static final FigureId NT4 = stock("NT4", 5);
    public static final FigureId NT5 = stock("NT5", 4, 3);
    public static final FigureId NT6 = stock("NT6", 2);
    public static final FigureId NT7_1 = movement("NT7.1", new int[] {8, 7}, 6, 6);
    public static final FigureId NT7_2 = movement("NT7.2", new int[] {8, 7}, 1, 5);
    public static final FigureId NT7_3 = movement("NT7.3", new int[] {6}, 1, 5);
    public static final FigureId NT7 = sumOf("NT7", NT7_1, NT7_2, NT7_3);
    public static final FigureId NT8 = movement("NT8", new int[] {5}, 1, 4);
    private static final int[] NT8_ON_STAIRCASE = {Slots.matrix(5, 2), Slots.matrix(5, 3), Slots.matrix(5, 4)};
    public static final FigureId NT9 = movement("NT9", new int[] {2}, 1, 1);
    public static final FigureId NT10 = movement("NT10", new int[] {2}, 3, 8);
    public static final FigureId DOED = deaths();
    public static final FigureId SKIFT = new FigureId("SKIFT", Kind.MOVEMENT, new int[] {Slots.SKIFT}, 0, 0);
    /** NT1+…+NT6: the persons on trin 2–8 (the "shown sum" of §10's secondary suppression). */
    public static final FigureId STAIRCASE_TOTAL = new FigureId("NT1-6", Kind.STOCK, stockSlots(8, 7, 6, 5, 4, 3, 2), 0, 0);

    private static final FigureId[][] MATRIX = new FigureId[9][9];
    private static final FigureId[] MATRIX_BASE = new FigureId[9];
    private static final FigureId[] MATRIX_MOVED = new FigureId[9];
    private static final List<FigureId> WITH_MOVED = new ArrayList<>();

    static {
        // The order the command line writes: NT1–NT10, the two lines, then the matrix row by row.
        Collections.addAll(STANDARD, NT1, NT2, NT3, NT4, NT5, NT6, NT7, NT7_1, NT7_2, NT7_3, NT8, NT9, NT10, DOED, SKIFT);
        for (int from = 2; from <= 8; from++) {
            for (int to = 1; to <= 8; to++) {
                MATRIX[from][to] = new FigureId("M" + from + "_" + to, Kind.MOVEMENT,
                        new int[] {Slots.matrix(from, to)}, from, to);
                STANDARD.add(MATRIX[from][to]);
            }
            MATRIX[from][DEATH] = new FigureId("M" + from + "_D", Kind.MOVEMENT,
                    new int[] {Slots.matrix(from, DEATH)}, from, DEATH);
            STANDARD.add(MATRIX[from][DEATH]);
        }
        for (int from = 2; from <= 8; from++) {
            MATRIX_MOVED[from] = new FigureId("M" + from + "_S", Kind.MOVEMENT,
                    new int[] {Slots.matrix(from, MOVED)}, from, MOVED);
            int[] row = new int[Slots.MATRIX_COLUMNS];
            for (int to = 1; to <= 8; to++) {
                row[to - 1] = Slots.matrix(from, to);
            }
            row[8] = Slots.matrix(from, DEATH);
            row[9] = Slots.matrix(from, MOVED);
            MATRIX_BASE[from] = new FigureId("M" + from + "_N", Kind.MOVEMENT, row, from, BASE);
        }
        for (FigureId f : STANDARD) {
            WITH_MOVED.add(f);
            if (f.isMatrixCell() && f.toTrin() == DEATH) {
                WITH_MOVED.add(MATRIX_MOVED[f.fromTrin()]);
            }
        }
    }

    private final String id;
    private final Kind kind;
    private final int[] slots;
    private final int fromTrin;
    private final int toTrin;
    /** For NT11–NT20: the index of its numerator/denominator pair in the result's sums; -1 otherwise. */
    private final int extra;
    private final Source source;

    private FigureId(String id, Kind kind, int[] slots, int fromTrin, int toTrin) {
        this(id, kind, slots, fromTrin, toTrin, -1, null);
    }

    private FigureId(String id, Kind kind, int[] slots, int fromTrin, int toTrin, int extra, Source source) {
        this.id = id;
        this.kind = kind;
        this.slots = slots;
        this.fromTrin = fromTrin;
        this.toTrin = toTrin;
        this.extra = extra;
        this.source = source;
        BY_ID.put(id, this);
    }

    // NT11–NT20 (key-figures.md §6–§9): each a numerator and a denominator per kommune and date, so
    // a group's value is recomputed over its pooled persons (or amounts), never averaged.
    private static final List<FigureId> EXTENDED = new ArrayList<>();

    private static FigureId extended(String id, Kind kind, Source source) {
        FigureId f = new FigureId(id, kind, new int[0], 0, 0, EXTENDED.size(), source);
        EXTENDED.add(f);
        return f;
    }

    public static final FigureId NT11 = extended("NT11", Kind.MEAN, Source.DREAM);
    public static final FigureId NT12 = extended("NT12", Kind.MEAN, Source.DREAM);
    public static final FigureId NT12_1 = extended("NT12.1", Kind.MEAN, Source.DREAM);
    public static final FigureId NT12_2 = extended("NT12.2", Kind.MEAN, Source.DREAM);
    public static final FigureId NT13 = extended("NT13", Kind.MEAN, Source.MAALINGER);
    public static final FigureId NT13_1 = extended("NT13.1", Kind.MEAN, Source.MAALINGER);
    public static final FigureId NT13_2 = extended("NT13.2", Kind.MEAN, Source.MAALINGER);
    public static final FigureId NT14 = extended("NT14", Kind.MEAN, Source.MAALINGER);
    public static final FigureId NT15_1 = extended("NT15.1", Kind.SHARE, Source.MAALINGER);
    public static final FigureId NT15_2 = extended("NT15.2", Kind.SHARE, Source.MAALINGER);
    public static final FigureId NT15_3 = extended("NT15.3", Kind.SHARE, Source.MAALINGER);
    public static final FigureId NT16 = extended("NT16", Kind.SHARE, Source.MAALINGER);
    public static final FigureId NT17 = extended("NT17", Kind.SHARE, Source.MAALINGER);
    /** Admissions followed by a readmission (§8). */
    public static final FigureId NT18 = extended("NT18", Kind.EVENT, Source.LPR);
    /** Extra: admissions that ended in (D⁻, D] (NT18's base). */
    public static final FigureId NT18_INDL = extended("NT18_INDL", Kind.EVENT, Source.LPR);
    /** Extra: NT18 / NT18_INDL in per cent. */
    public static final FigureId NT18_RATE = extended("NT18_RATE", Kind.EVENT_SHARE, Source.LPR);
    public static final FigureId NT19 = extended("NT19", Kind.RATIO, Source.REGNSKAB);
    public static final FigureId NT20_1 = extended("NT20.1", Kind.AMOUNT_SHARE, Source.REGNSKAB);
    public static final FigureId NT20_2 = extended("NT20.2", Kind.AMOUNT_SHARE, Source.REGNSKAB);
    public static final FigureId NT20_3 = extended("NT20.3", Kind.AMOUNT_SHARE, Source.REGNSKAB);
    public static final FigureId NT20_4 = extended("NT20.4", Kind.AMOUNT_SHARE, Source.REGNSKAB);
    public static final FigureId NT20_5 = extended("NT20.5", Kind.AMOUNT_SHARE, Source.REGNSKAB);
    public static final FigureId NT20_6 = extended("NT20.6", Kind.AMOUNT_SHARE, Source.REGNSKAB);

    /** Number of numerator/denominator pairs of NT11–NT20 per kommune and date. */
    static final int EXTRA_COUNT = EXTENDED.size();

    /** NT11 … NT20.6 (with NT18_INDL and NT18_RATE after NT18), in the command line's order. */
    public static List<FigureId> extended() {
        return Collections.unmodifiableList(EXTENDED);
    }

    /** Whether this is one of NT11–NT20 (a value with numerator and denominator, not a slot sum). */
    public boolean isExtended() {
        return extra >= 0;
    }

    /** The source NT11–NT20 are computed from; null for NT1–NT10. */
    public Source source() {
        return source;
    }

    /**
     * Decimals the engine rounds a value to before discretion (0 for counts, 2 for NT19, 1 for the other
     * means and shares). Outputs read a figure's decimals from the reference data
     * ({@link FigureCatalogue#decimals}); a test holds the two equal, so a row's {@code decimaler} cannot
     * show more than the engine kept.
     */
    public int decimals() {
        switch (kind) {
            case STOCK:
            case MOVEMENT:
            case EVENT:
                return 0;
            case RATIO:
                return 2;
            default:
                return 1;
        }
    }

    int extra() {
        return extra;
    }

    private static FigureId stock(String id, int... trin) {
        return new FigureId(id, Kind.STOCK, stockSlots(trin), 0, 0);
    }

    private static int[] stockSlots(int... trin) {
        int[] s = new int[trin.length];
        for (int i = 0; i < trin.length; i++) {
            s[i] = Slots.stock(trin[i]);
        }
        return s;
    }

    /** The matrix cells from any of {@code fromTrin} to a trin in [toLow, toHigh]. */
    private static FigureId movement(String id, int[] fromTrin, int toLow, int toHigh) {
        int[] s = new int[fromTrin.length * (toHigh - toLow + 1)];
        int i = 0;
        for (int f : fromTrin) {
            for (int t = toLow; t <= toHigh; t++) {
                s[i++] = Slots.matrix(f, t);
            }
        }
        return new FigureId(id, Kind.MOVEMENT, s, 0, 0);
    }

    private static FigureId sumOf(String id, FigureId... parts) {
        int n = 0;
        for (FigureId p : parts) {
            n += p.slots.length;
        }
        int[] s = new int[n];
        int i = 0;
        for (FigureId p : parts) {
            System.arraycopy(p.slots, 0, s, i, p.slots.length);
            i += p.slots.length;
        }
        return new FigureId(id, Kind.MOVEMENT, s, 0, 0);
    }

    private static FigureId deaths() {
        int[] s = new int[7];
        for (int from = 2; from <= 8; from++) {
            s[from - 2] = Slots.matrix(from, DEATH);
        }
        return new FigureId("DOED", Kind.MOVEMENT, s, 0, 0);
    }

    /** The transition-matrix cell from trin {@code from} (2–8) at D⁻ to trin {@code to} (1–8) at D. */
    public static FigureId matrix(int from, int to) {
        if (from < 2 || from > 8 || to < 1 || to > 8) {
            throw new IllegalArgumentException("no matrix cell M" + from + "_" + to);
        }
        return MATRIX[from][to];
    }

    /** The matrix cell "from trin {@code from} at D⁻, died by D" ({@code Mf_D}). */
    public static FigureId matrixDeath(int from) {
        if (from < 2 || from > 8) {
            throw new IllegalArgumentException("no matrix row " + from);
        }
        return MATRIX[from][DEATH];
    }

    /**
     * The matrix cell "from trin {@code from} at D⁻, changed handlekommune, left out of NT7–NT10"
     * ({@code Mf_S}); 0 unless the setting {@code KommuneChangeRule.LEFT_OUT} is chosen.
     */
    public static FigureId matrixMoved(int from) {
        if (from < 2 || from > 8) {
            throw new IllegalArgumentException("no matrix row " + from);
        }
        return MATRIX_MOVED[from];
    }

    /**
     * The base of matrix row {@code from} ({@code Mf_N}): the persons at trin {@code from} in the kommune
     * at D⁻, i.e. the row's sum. Not written by the command line (NT1–NT6 at D⁻ carry it).
     */
    public static FigureId matrixBase(int from) {
        if (from < 2 || from > 8) {
            throw new IllegalArgumentException("no matrix row " + from);
        }
        return MATRIX_BASE[from];
    }

    /**
     * The figures the command line writes, in its order: NT1–NT6, NT7, NT7.1–NT7.3, NT8–NT10, DOED,
     * SKIFT, then M2_1 … M2_8, M2_D, M3_1 … M8_D.
     */
    public static List<FigureId> standard() {
        return Collections.unmodifiableList(STANDARD);
    }

    /**
     * The figures to write under these rules: {@link #standard()}, and when persons who changed
     * kommune are left out of NT7–NT10, each row's {@code Mf_S} after its {@code Mf_D}.
     */
    public static List<FigureId> standard(StaircaseRules rules) {
        return rules.kommuneChange() == StaircaseRules.KommuneChangeRule.LEFT_OUT
                ? Collections.unmodifiableList(WITH_MOVED) : standard();
    }

    /** The figure of a command-line id, e.g. {@code NT7.1} or {@code M8_D}. */
    public static Optional<FigureId> parse(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isMatrixCell() {
        return fromTrin != 0 && toTrin != BASE;
    }

    /** The row (2–8) of a matrix cell or base; 0 for the other figures. */
    public int fromTrin() {
        return fromTrin;
    }

    /** The column of a matrix cell: trin 1–8, {@link #DEATH}, {@link #MOVED} or {@link #BASE}; 0 for the other figures. */
    public int toTrin() {
        return toTrin;
    }

    /** The engine's counters this figure sums under the spec's rules. */
    int[] slots() {
        return slots;
    }

    /** The engine's counters this figure sums under these rules (NT8's scope is a setting). */
    int[] slots(StaircaseRules rules) {
        if (this == NT8 && rules.nt8() == StaircaseRules.Nt8Scope.LOWER_STEP_ON_STAIRCASE) {
            return NT8_ON_STAIRCASE;
        }
        return slots;
    }

    @Override
    public String toString() {
        return id;
    }
}
