package dk.trappen.core.figures;

import dk.trappen.core.store.StaircaseRules;
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
        MOVEMENT
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

    private FigureId(String id, Kind kind, int[] slots, int fromTrin, int toTrin) {
        this.id = id;
        this.kind = kind;
        this.slots = slots;
        this.fromTrin = fromTrin;
        this.toTrin = toTrin;
        BY_ID.put(id, this);
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
