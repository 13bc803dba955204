package dk.trappen.core.figures;

/**
 * The engine's counters per kommune and date, flattened into one int array. Stocks: one per trin
 * 2–8. Matrix: rows 2–8 × columns trin 1–8, "died" and "changed kommune" (used only when the
 * setting leaves such persons out of NT7–NT10). Then the SKIFT line. Every published figure is a sum
 * of these (see {@link FigureId}).
 */
final class Slots {

    static final int MATRIX_OFFSET = 7;
    static final int MATRIX_COLUMNS = 10;
    static final int SKIFT = MATRIX_OFFSET + 7 * MATRIX_COLUMNS;
    static final int COUNT = SKIFT + 1;

    private Slots() {
    }

    static int stock(int trin) {
        return trin - 2;
    }

    /** {@code to} is trin 1–8, {@link FigureId#DEATH} or {@link FigureId#MOVED}. */
    static int matrix(int from, int to) {
        int column = to == FigureId.DEATH ? 8 : to == FigureId.MOVED ? 9 : to - 1;
        return MATRIX_OFFSET + (from - 2) * MATRIX_COLUMNS + column;
    }
}
