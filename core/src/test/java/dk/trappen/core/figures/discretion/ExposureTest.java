package dk.trappen.core.figures.discretion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.TestSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hidden cells worked out from several relations at once, where no relation alone has a single
 * hidden cell (§10's rule is satisfied, yet the cell is given away).
 */
class ExposureTest {

    private static final CellStatus S = CellStatus.SHOWN;
    private static final CellStatus B = CellStatus.BELOW_THRESHOLD;
    private static final CellStatus X = CellStatus.SECONDARY;

    /**
     * Three overlapping units of kommuner a, b, c: U1 = a + b, U2 = b + c, U3 = a + c (cells 0–2 the
     * units, 3–5 the kommuner). Each relation has two hidden cells, but three equations in three
     * unknowns: a = (U1 − U2 + U3) / 2, and so on, so all three are determined.
     */
    @Test
    void threeOverlappingSumsDetermineTheirHiddenParts() {
        List<int[]> rel = List.of(new int[] {0, 3, 4}, new int[] {1, 4, 5}, new int[] {2, 3, 5});
        CellStatus[] status = {S, S, S, B, X, X};
        int[] found = Exposure.determined(rel, status, B, X);
        Arrays.sort(found);
        assertArrayEquals(new int[] {3, 4, 5}, found);
    }

    /** With U3 hidden too, a = U1 − b and c = U2 − b leave b free: nothing is determined. */
    @Test
    void oneMoreHiddenTotalLeavesAFreeDirection() {
        List<int[]> rel = List.of(new int[] {0, 3, 4}, new int[] {1, 4, 5}, new int[] {2, 3, 5});
        CellStatus[] status = {S, S, X, B, X, X};
        assertEquals(0, Exposure.determined(rel, status, B, X).length);
    }

    /**
     * A 2×2 table (regions R1 = a + b, R2 = c + d; groups G1 = a + c, G2 = b + d) with all four
     * inner cells hidden: a + t, b − t, c − t, d + t solve it for any t, so none is determined; with
     * d shown, a = G1 − c, c = R2 − d … all are.
     */
    @Test
    void aHiddenRectangleProtectsItsCorners() {
        List<int[]> rel = List.of(new int[] {0, 4, 5}, new int[] {1, 6, 7}, new int[] {2, 4, 6}, new int[] {3, 5, 7});
        assertEquals(0, Exposure.determined(rel, new CellStatus[] {S, S, S, S, B, X, X, X}, B, X).length);
        int[] found = Exposure.determined(rel, new CellStatus[] {S, S, S, S, B, X, X, S}, B, X);
        Arrays.sort(found);
        assertArrayEquals(new int[] {4, 5, 6}, found);
    }

    /**
     * The same overlap through discretion: kommuner a = 3, b = 10, c = 20 on trin 8 (NT1) and the
     * units U1 = a + b = 13, U2 = b + c = 30, U3 = a + c = 23. With a "<5", U1 = a + b and U3 = a + c
     * each need a second hidden cell; hiding b or c would open their other unit (U2) and their own
     * staircase, hiding U1 and U3 only their own staircase, so U1 and U3 are hidden. Then a can be
     * anything: U1 = a + 10 and U3 = a + 20 with U2 = 10 + 20 shown, and nothing is given away.
     */
    @Test
    void discretionHidesATotalWhereOverlappingUnitsWouldGiveACountAway() {
        LocalDate base = LocalDate.of(2017, 6, 30);
        LocalDate d = LocalDate.of(2017, 12, 31);
        List<FigureSeries> units = new ArrayList<>();
        for (int persons : new int[] {3, 10, 20, 13, 30, 23}) {
            units.add(TestSeries.over(base, d).stock(base, 8, persons).stock(d, 8, persons)
                    .cell(d, FigureId.matrix(8, 8), persons).build());
        }
        Set<LocalDate> both = Set.of(base, d);
        List<DisplaySeries> shown = Discretion.withThreshold(5).applyTogether(units, List.of(
                new Discretion.Sum(3, List.of(0, 1), both), new Discretion.Sum(4, List.of(1, 2), both),
                new Discretion.Sum(5, List.of(0, 2), both)));
        assertEquals("<5", shown.get(0).cell(d, FigureId.NT1).text());
        assertEquals("10", shown.get(1).cell(d, FigureId.NT1).text());
        assertEquals("20", shown.get(2).cell(d, FigureId.NT1).text());
        assertEquals("x", shown.get(3).cell(d, FigureId.NT1).text());
        assertEquals("30", shown.get(4).cell(d, FigureId.NT1).text());
        assertEquals("x", shown.get(5).cell(d, FigureId.NT1).text());
        long hiddenTotals = shown.subList(3, 6).stream().filter(s -> !s.cell(d, FigureId.NT1).shown()).count();
        assertNotEquals(0, hiddenTotals, "one of U1, U2, U3 must be hidden");
        assertTrue(hiddenTotals < 3, "but not all three");
    }

    /**
     * Each output decides in its own process, and the order of the relations steers which cell is
     * hidden, so a sum's dates are walked in date order, never in a set's run-dependent order (with
     * 17 dates, Set.copyOf's order is almost never sorted).
     */
    @Test
    void aSumWalksItsDatesInDateOrder() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate at = LocalDate.of(2017, 6, 30); dates.size() < 17; at = at.plusMonths(6).withDayOfMonth(
                at.getMonthValue() == 6 ? 31 : 30)) {
            dates.add(at);
        }
        List<LocalDate> shuffled = new ArrayList<>(dates);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        Discretion.Sum sum = new Discretion.Sum(0, List.of(1), Set.copyOf(shuffled));
        assertEquals(dates, new ArrayList<>(sum.dates()));
    }
}
