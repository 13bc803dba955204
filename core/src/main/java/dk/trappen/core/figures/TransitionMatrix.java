package dk.trappen.core.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The layout of the transition matrix (key-figures.md §5), the one order every output draws it in
 * (the window's heat map, the workbook's matrix sheet).
 *
 * <p>Rows are trin 8…2 at the previous cut date and columns trin 8…1 at the cut date, then died
 * (then changed kommune, when that setting leaves movers out), then the row's total. Decision:
 * rows and columns run the same way, from the top of the staircase, as the catalogue draws the
 * staircase (trin 8 first) and as the window did: so the stayers form the diagonal from top left
 * to bottom right, every cell right of the diagonal is a move down the staircase (towards an
 * ordinary everyday life: NT7–NT9) and every cell left of it a move up (NT10); died and the total
 * close the row. The workbook's former order (columns 1…8) put the diagonal the other way.
 */
public final class TransitionMatrix {

    private TransitionMatrix() {
    }

    /** The rows: trin 8 down to 2 at the previous cut date. */
    public static List<Integer> rows() {
        List<Integer> out = new ArrayList<>();
        for (int from = 8; from >= 2; from--) {
            out.add(from);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The columns: trin 8 down to 1, {@link FigureId#DEATH}, {@link FigureId#MOVED} when the rules
     * leave persons who changed kommune out of NT7–NT10, and {@link FigureId#BASE} (the row's total).
     */
    public static List<Integer> columns(StaircaseRules rules) {
        List<Integer> out = new ArrayList<>();
        for (int to = 8; to >= 1; to--) {
            out.add(to);
        }
        out.add(FigureId.DEATH);
        if (rules.kommuneChange() == StaircaseRules.KommuneChangeRule.LEFT_OUT) {
            out.add(FigureId.MOVED);
        }
        out.add(FigureId.BASE);
        return Collections.unmodifiableList(out);
    }

    /** Whether a column is a trin at the cut date (not died, changed kommune or the total). */
    public static boolean isTrin(int column) {
        return column >= 1;
    }

    /** The figure of a row and column of {@link #columns}. */
    public static FigureId cell(int from, int column) {
        if (column == FigureId.DEATH) {
            return FigureId.matrixDeath(from);
        }
        if (column == FigureId.MOVED) {
            return FigureId.matrixMoved(from);
        }
        if (column == FigureId.BASE) {
            return FigureId.matrixBase(from);
        }
        return FigureId.matrix(from, column);
    }
}
