package dk.trappen.core.figures.discretion;

import dk.trappen.core.Messages;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.StaircaseRules;
import dk.trappen.core.figures.WorkspaceSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Diskretionering (key-figures.md §10): the one layer every output (screens, exports, fact sheets,
 * command line) passes computed values through before anyone sees them.
 * <ul>
 * <li>A count from 1 to below the threshold is shown as "&lt;5"; 0 is shown as 0.</li>
 * <li>A mean or share over fewer persons than the threshold is not shown.</li>
 * <li>Secondary suppression: where a shown total and its shown parts would give a hidden cell away,
 * the smallest other non-zero cell of that relation is hidden as well, repeated until no relation
 * has exactly one hidden cell. The relations are §10's (NT7 = 7.1+7.2+7.3, a matrix row and its
 * base, NT1–NT6 and their sum) and the ones a reader can form from the same output (NT7.1–NT10 and
 * DOED as sums of matrix cells, a row base equal to NT1–NT6 at D⁻, SKIFT when movers have a column).</li>
 * </ul>
 * A series is suppressed as a whole (all dates), so a cell reads the same whatever date range an
 * output shows.
 */
public final class Discretion {

    /**
     * The suppression's version, part of the key of every pattern kept in a workspace: raise it when
     * a change would hide other cells, so kept patterns are decided again.
     */
    public static final int VERSION = 1;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Discretion.class.getName());

    /** Every figure a series' cells are kept for: the standard ones, the staircase sum and the row bases. */
    private static final List<FigureId> FIGURES;
    private static final Map<FigureId, Integer> INDEX = new HashMap<>();

    static {
        List<FigureId> all = new ArrayList<>(FigureId.standard());
        all.add(FigureId.STAIRCASE_TOTAL);
        for (int from = 2; from <= 8; from++) {
            all.add(FigureId.matrixBase(from));
            all.add(FigureId.matrixMoved(from));
        }
        all.addAll(FigureId.extended());
        FIGURES = Collections.unmodifiableList(all);
        for (int i = 0; i < all.size(); i++) {
            INDEX.put(all.get(i), i);
        }
    }

    /**
     * What hiding a cell costs beyond the relations it opens: the stocks NT1–NT6, their sum and the
     * matrix rows' bases (equal to the stocks half a year earlier, so hiding one hides the other) are
     * the figures analysts read first; a single matrix cell or movement is cheaper to give up.
     */
    private static final int[] WEIGHT = new int[FIGURES.size()];

    static {
        for (int f = 0; f < FIGURES.size(); f++) {
            FigureId id = FIGURES.get(f);
            boolean stock = id.kind() == FigureId.Kind.STOCK || (id.fromTrin() != 0 && id.toTrin() == FigureId.BASE);
            WEIGHT[f] = stock ? 1_000 : id.isMatrixCell() ? 0 : 100;
        }
    }

    /** The cells published as hidden, which no relation may give away. */
    private static final CellStatus[] TARGETS = {CellStatus.BELOW_THRESHOLD, CellStatus.SECONDARY};
    /** How far from a newly hidden cell the relations are solved between whole-system checks. */
    private static final int NEAR = 4;

    private final int threshold;
    private final boolean off;

    private Discretion(int threshold, boolean off) {
        if (threshold < 0) {
            throw new IllegalArgumentException("negative threshold " + threshold);
        }
        this.threshold = threshold;
        this.off = off;
    }

    /** The workspace's threshold (default 5). */
    public static Discretion of(WorkspaceSettings settings) {
        return new Discretion(settings.discretionThreshold(), false);
    }

    public static Discretion withThreshold(int threshold) {
        return new Discretion(threshold, false);
    }

    /** No discretion: for internal checks only; outputs must then say so first ({@link #offNotice}). */
    public static Discretion off() {
        return new Discretion(0, true);
    }

    public boolean isOff() {
        return off;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count this small is hidden. */
    private boolean belowThreshold(int count) {
        return !off && count >= 1 && count < threshold;
    }

    /** A single count on its own (no relation to other cells). */
    public Cell count(int value) {
        return belowThreshold(value) ? Cell.belowThreshold(threshold) : Cell.count(value);
    }

    /** A mean or share computed over {@code persons} persons: not shown when they are fewer than the threshold. */
    public Cell mean(double value, int persons) {
        return mean(value, persons, 1);
    }

    /** As {@link #mean(double, int)}, shown with this many decimals. */
    public Cell mean(double value, int persons, int decimals) {
        if (persons == 0 || Double.isNaN(value)) {
            return Cell.notAvailable();
        }
        return !off && persons < threshold ? Cell.hidden(CellStatus.TOO_FEW) : Cell.decimal(value, decimals);
    }

    /** The line every output without discretion must start with. */
    public static String offNotice(Locale locale) {
        return Messages.format(locale, "figures.discretion.off");
    }

    /** What "&lt;5" and "x" mean, for a footnote. */
    public String legend(Locale locale) {
        return Messages.format(locale, "figures.discretion.legend", threshold);
    }

    /** The series' cells after primary and secondary suppression. */
    public DisplaySeries apply(FigureSeries series) {
        return applyTogether(List.of(series), List.of()).get(0);
    }

    /**
     * A unit that is the sum of others (a region of its kommuner, hele landet of all of them), at
     * the dates at which a reader sees them together.
     *
     * @param total the index of the total's series
     * @param parts the indexes of the parts' series: disjoint, and together exactly the total
     * @param dates where the relation is visible to a reader
     */
    public record Sum(int total, List<Integer> parts, Set<LocalDate> dates) {
        public Sum {
            parts = List.copyOf(parts);
            // Sorted: the relations' order steers which cell is hidden, and every output (each in
            // its own process) must arrive at the same pattern; Set.copyOf's order varies by run.
            dates = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(dates));
        }
    }

    /**
     * The cells of units published together, where some are sums of others. Besides each series' own
     * relations, every count (persons or events) of each {@link Sum} at its dates is a relation
     * {total, parts…}; all are suppressed together: first the rule of §10 (no relation with exactly
     * one hidden cell), then until no hidden cell can be worked out from all relations at once
     * ({@link Exposure}). With no sums this is {@link #apply} of each series.
     */
    public List<DisplaySeries> applyTogether(List<FigureSeries> series, List<Sum> sums) {
        return decideTogether(series, sums, null).shown();
    }

    /**
     * The cells of units published together and the decision behind them: every count cell's status
     * in series order, to be kept and given back as {@code kept} for the same series and sums, which
     * then skips the suppression (it is what makes a pattern slow) and shows the same cells. A
     * {@code kept} of another length is ignored.
     */
    public Together decideTogether(List<FigureSeries> series, List<Sum> sums, byte[] kept) {
        int nf = FIGURES.size();
        int[] offset = new int[series.size()];
        int size = 0;
        for (int s = 0; s < series.size(); s++) {
            offset[s] = size;
            size += series.get(s).dates().size() * nf;
        }
        int[] value = new int[size];
        CellStatus[] status = new CellStatus[size];
        for (int s = 0; s < series.size(); s++) {
            counts(series.get(s), offset[s], value, status);
        }
        CellStatus[] all = CellStatus.values();
        if (kept != null && kept.length == size) {
            for (int c = 0; c < size; c++) {
                status[c] = all[kept[c]];
            }
        } else if (!off && threshold > 1) {
            List<int[]> relations = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                for (int[] rel : relations(series.get(s).dates().size(), series.get(s).rules())) {
                    int[] shifted = rel.clone();
                    for (int i = 0; i < shifted.length; i++) {
                        shifted[i] += offset[s];
                    }
                    relations.add(shifted);
                }
            }
            for (Sum sum : sums) {
                relations.addAll(across(sum, series, offset));
            }
            suppress(relations, value, status);
        }
        List<DisplaySeries> out = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            out.add(display(series.get(s), offset[s], value, status));
        }
        byte[] decided = new byte[size];
        for (int c = 0; c < size; c++) {
            decided[c] = (byte) status[c].ordinal();
        }
        return new Together(out, decided);
    }

    /** Units' cells and the statuses of their counts that decided them (see {@link #decideTogether}). */
    public record Together(List<DisplaySeries> shown, byte[] statuses) {
    }

    /** Whether a figure adds up over kommuner: every count of persons or events, not means, shares or ratios. */
    private static boolean additive(FigureId figure) {
        return !figure.isExtended() || figure.kind() == FigureId.Kind.EVENT;
    }

    /** A series' counts and their primary status, from {@code at} in the arrays. */
    private void counts(FigureSeries series, int at, int[] value, CellStatus[] status) {
        List<LocalDate> dates = series.dates();
        int nf = FIGURES.size();
        for (int d = 0; d < dates.size(); d++) {
            for (int f = 0; f < nf; f++) {
                int c = at + d * nf + f;
                FigureId figure = FIGURES.get(f);
                if (additive(figure) && series.has(dates.get(d), figure)) {
                    value[c] = series.count(dates.get(d), figure);
                    status[c] = belowThreshold(value[c]) ? CellStatus.BELOW_THRESHOLD : CellStatus.SHOWN;
                } else {
                    value[c] = -1;
                    status[c] = CellStatus.NOT_AVAILABLE; // means and shares: cells made in display()
                }
            }
        }
    }

    /** The relations {total, parts…} of a sum: every additive figure at each of its dates. */
    private static List<int[]> across(Sum sum, List<FigureSeries> series, int[] offset) {
        int nf = FIGURES.size();
        List<Integer> members = new ArrayList<>();
        members.add(sum.total());
        members.addAll(sum.parts());
        List<int[]> out = new ArrayList<>();
        for (LocalDate date : sum.dates()) {
            int[] at = new int[members.size()];
            for (int m = 0; m < at.length; m++) {
                at[m] = cellOffset(series, offset, members.get(m), date);
            }
            if (java.util.Arrays.stream(at).anyMatch(a -> a < 0)) {
                continue;
            }
            for (int f = 0; f < nf; f++) {
                if (!additive(FIGURES.get(f))) {
                    continue;
                }
                int[] rel = new int[at.length];
                for (int i = 0; i < at.length; i++) {
                    rel[i] = at[i] + f;
                }
                out.add(rel);
            }
        }
        return out;
    }

    /** Where a series' cells of a date start in the arrays; -1 outside its dates. */
    private static int cellOffset(List<FigureSeries> series, int[] offset, int s, LocalDate date) {
        int d = series.get(s).dates().indexOf(date);
        return d < 0 ? -1 : offset[s] + d * FIGURES.size();
    }

    /** A series' cells from the suppressed arrays, and its means and shares. */
    private DisplaySeries display(FigureSeries series, int at, int[] value, CellStatus[] status) {
        List<LocalDate> dates = series.dates();
        int nf = FIGURES.size();
        Cell[] cells = new Cell[dates.size() * nf];
        for (int c = 0; c < cells.length; c++) {
            switch (status[at + c]) {
                case SHOWN:
                    cells[c] = Cell.count(value[at + c]);
                    break;
                case BELOW_THRESHOLD:
                    cells[c] = Cell.belowThreshold(threshold);
                    break;
                case NOT_AVAILABLE:
                    cells[c] = Cell.notAvailable();
                    break;
                default:
                    cells[c] = Cell.hidden(status[at + c]);
            }
        }
        for (int d = 0; d < dates.size(); d++) {
            // The rate is NT18 over NT18_INDL: with either hidden it would give that one back.
            boolean readmissionsShown = status[at + d * nf + index(FigureId.NT18)] == CellStatus.SHOWN
                    && status[at + d * nf + index(FigureId.NT18_INDL)] == CellStatus.SHOWN;
            for (FigureId f : FigureId.extended()) {
                if (!additive(f)) {
                    cells[d * nf + index(f)] = extendedCell(series, dates.get(d), f, readmissionsShown);
                }
            }
        }
        return new DisplaySeries(series, cells, this);
    }

    /**
     * NT11–NT20 but the counts NT18 and NT18_INDL: means and shares over persons are not shown over
     * fewer persons than the threshold; the readmission rate is hidden with too few admissions or a
     * hidden NT18 or NT18_INDL (the rate and the other would give it back); the accounts' ratios are
     * not about persons.
     */
    private Cell extendedCell(FigureSeries series, LocalDate date, FigureId f, boolean readmissionsShown) {
        java.util.OptionalDouble v = series.value(date, f);
        if (v.isEmpty()) {
            return Cell.notAvailable();
        }
        double x = v.getAsDouble();
        switch (f.kind()) {
            case EVENT_SHARE:
                if (!readmissionsShown) {
                    return Cell.hidden(CellStatus.TOO_FEW);
                }
                return mean(x, (int) Math.round(series.base(date, f)), f.decimals());
            case RATIO:
            case AMOUNT_SHARE:
                return Cell.decimal(x, f.decimals());
            default:
                return mean(x, (int) Math.round(series.base(date, f)), f.decimals());
        }
    }

    static int index(FigureId figure) {
        Integer i = INDEX.get(figure);
        if (i == null) {
            throw new IllegalArgumentException("no discretion cell for " + figure);
        }
        return i;
    }

    static int figureCount() {
        return FIGURES.size();
    }

    /**
     * Secondary suppression until nothing hidden can be worked out: §10's rule per relation, then the
     * whole system at once, hiding one more cell beside each cell it still determines.
     */
    private void suppress(List<int[]> relations, int[] value, CellStatus[] status) {
        int[][] byCell = relationsOfCells(relations, value.length);
        // The whole system is solved first and last; between, only the relations near the cells
        // just hidden, which is where new exposures appear (and much smaller).
        boolean whole = true;
        CellStatus[] before = status.clone();
        while (true) {
            suppressSecondary(relations, byCell, value, status);
            int[] exposed;
            if (whole) {
                exposed = Exposure.determined(relations, status, TARGETS);
            } else {
                java.util.BitSet changed = new java.util.BitSet(status.length);
                for (int c = 0; c < status.length; c++) {
                    if (status[c] != before[c]) {
                        changed.set(c);
                    }
                }
                exposed = Exposure.determinedNear(relations, byCell, status, changed, NEAR, TARGETS);
            }
            if (exposed.length == 0) {
                if (whole) {
                    return;
                }
                whole = true;
                continue;
            }
            System.arraycopy(status, 0, before, 0, status.length);
            boolean hid = false;
            java.util.BitSet near = new java.util.BitSet(relations.size());
            for (int c : exposed) {
                // A cell beside one just hidden may be safe now: the next round tells, and hiding
                // for it too would hide more than needed.
                if (java.util.Arrays.stream(byCell[c]).anyMatch(near::get)) {
                    continue;
                }
                int picked = hideBeside(c, byCell, relations, value, status);
                if (picked >= 0) {
                    hid = true;
                    for (int r : byCell[picked]) {
                        near.set(r);
                    }
                }
            }
            if (!hid) {
                // Only where the relations do not hold (made-up test series): real counts always
                // leave a shown non-zero cell beside a hidden one.
                int left = exposed.length;
                LOG.warning(() -> "Diskretionering: " + left + " celler kan udledes, men intet vist er tilbage at skjule");
                return;
            }
            whole = false;
        }
    }

    /** For each cell, the relations it is in. */
    private static int[][] relationsOfCells(List<int[]> relations, int cells) {
        int[] n = new int[cells];
        for (int[] rel : relations) {
            for (int c : rel) {
                n[c]++;
            }
        }
        int[][] out = new int[cells][];
        for (int c = 0; c < cells; c++) {
            out[c] = new int[n[c]];
            n[c] = 0;
        }
        for (int r = 0; r < relations.size(); r++) {
            for (int c : relations.get(r)) {
                out[c][n[c]++] = r;
            }
        }
        return out;
    }

    /**
     * Hides the smallest shown non-zero cell of the relations nearest an exposed cell: its own, else
     * those of the hidden cells beside it, and so on outwards. Returns the cell hidden, -1 when there is none.
     */
    private static int hideBeside(int cell, int[][] byCell, List<int[]> relations, int[] value, CellStatus[] status) {
        java.util.BitSet seen = new java.util.BitSet(value.length);
        List<Integer> ring = List.of(cell);
        seen.set(cell);
        while (!ring.isEmpty()) {
            List<Integer> candidates = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            for (int c : ring) {
                for (int r : byCell[c]) {
                    for (int other : relations.get(r)) {
                        if (seen.get(other)) {
                            continue;
                        }
                        seen.set(other);
                        (status[other] == CellStatus.SHOWN ? candidates : next).add(other);
                    }
                }
            }
            if (!candidates.isEmpty()) {
                int pick = -1;
                int pickCost = Integer.MAX_VALUE;
                for (int c : candidates) {
                    if (value[c] <= 0) {
                        continue;
                    }
                    int cost = WEIGHT[c % FIGURES.size()];
                    for (int r : byCell[c]) {
                        int h = 0;
                        for (int o : relations.get(r)) {
                            if (status[o] != CellStatus.SHOWN) {
                                h++;
                            }
                        }
                        if (h == 0) {
                            cost++;
                        }
                    }
                    if (cost < pickCost || (cost == pickCost && value[c] < value[pick])) {
                        pick = c;
                        pickCost = cost;
                    }
                }
                if (pick >= 0) {
                    status[pick] = CellStatus.SECONDARY;
                    return pick;
                }
            }
            ring = next;
        }
        return -1;
    }

    /**
     * Hides one more cell in every relation a reader could solve on its own, until none is left: one
     * with exactly one hidden cell, and one whose hidden cells are all parts whose known sum leaves
     * them no choice. Every hidden cell is at least 1 (0 is never hidden), so hidden parts summing
     * to their number are all 1; small counts (at most threshold − 1) summing to that many times
     * their maximum are all at it.
     */
    private void suppressSecondary(List<int[]> relations, int[][] byCell, int[] value, CellStatus[] status) {
        int[] hiddenIn = hiddenPerRelation(relations, status);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < relations.size(); r++) {
                int[] rel = relations.get(r);
                int hidden = hiddenIn[r];
                if (hidden == 0) {
                    continue;
                }
                boolean solvable = hidden == 1 || bounded(rel, value, status);
                if (!solvable) {
                    continue;
                }
                int pick = cheapest(rel, byCell, hiddenIn, value, status);
                if (pick >= 0) {
                    hide(pick, byCell, hiddenIn, status);
                    changed = true;
                } else if (hidden > 1) {
                    // Nothing shown is left to hide and the bounds of "<5" pin the cells (DOED "<5"
                    // beside four death cells "<5" is 4 and each 1): show one of them as "x", which
                    // tells no bound.
                    for (int c : rel) {
                        if (status[c] == CellStatus.BELOW_THRESHOLD) {
                            status[c] = CellStatus.SECONDARY;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether the bounds a reader knows pin the relation's hidden cells: every hidden cell is at least
     * 1 (0 is never hidden) and a small count at most threshold − 1. When the total's largest value
     * equals the parts' smallest sum (or its smallest their largest), every hidden cell is fixed —
     * e.g. DOED "&lt;5" beside four death cells "&lt;5": DOED = 4 and each is 1.
     */
    private boolean bounded(int[] rel, int[] value, CellStatus[] status) {
        long partsLow = 0;
        long partsHigh = 0;
        boolean partsHighFinite = true;
        for (int i = 1; i < rel.length; i++) {
            int c = rel[i];
            if (status[c] == CellStatus.SHOWN) {
                partsLow += value[c];
                partsHigh += value[c];
            } else {
                partsLow += low(status[c]);
                partsHigh += high(status[c]);
                partsHighFinite &= high(status[c]) < Integer.MAX_VALUE;
            }
        }
        int t = rel[0];
        long totalLow = status[t] == CellStatus.SHOWN ? value[t] : low(status[t]);
        long totalHigh = status[t] == CellStatus.SHOWN ? value[t] : high(status[t]);
        boolean totalHighFinite = status[t] == CellStatus.SHOWN || high(status[t]) < Integer.MAX_VALUE;
        return (totalHighFinite && totalHigh == partsLow) || (partsHighFinite && totalLow == partsHigh);
    }

    private static int low(CellStatus hidden) {
        return hidden == CellStatus.NOT_AVAILABLE ? 0 : 1;
    }

    private int high(CellStatus hidden) {
        return hidden == CellStatus.BELOW_THRESHOLD ? threshold - 1 : Integer.MAX_VALUE;
    }

    private static int[] hiddenPerRelation(List<int[]> relations, CellStatus[] status) {
        int[] out = new int[relations.size()];
        for (int r = 0; r < out.length; r++) {
            for (int c : relations.get(r)) {
                if (status[c] != CellStatus.SHOWN) {
                    out[r]++;
                }
            }
        }
        return out;
    }

    private static void hide(int cell, int[][] byCell, int[] hiddenIn, CellStatus[] status) {
        status[cell] = CellStatus.SECONDARY;
        for (int r : byCell[cell]) {
            hiddenIn[r]++;
        }
    }

    /**
     * The shown non-zero cell of a relation that is cheapest to hide (hiding a 0 protects nothing: a
     * reader knows the hidden pair's sum, and with a 0 that is the other cell). Cheapest is the one
     * in fewest relations that have no hidden cell yet, since each of those would then need a second
     * one, and so on through the linked tables; then the smallest. -1 when none.
     */
    private static int cheapest(int[] rel, int[][] byCell, int[] hiddenIn, int[] value, CellStatus[] status) {
        int pick = -1;
        int pickCost = Integer.MAX_VALUE;
        for (int c : rel) {
            if (status[c] != CellStatus.SHOWN || value[c] <= 0) {
                continue;
            }
            int cost = WEIGHT[c % FIGURES.size()];
            for (int r : byCell[c]) {
                if (hiddenIn[r] == 0) {
                    cost++;
                }
            }
            if (cost < pickCost || (cost == pickCost && value[c] < value[pick])) {
                pick = c;
                pickCost = cost;
            }
        }
        return pick;
    }

    /** The additive relations {total, part, part, …} among a series' cells, as cell indexes. */
    private static List<int[]> relations(int dates, StaircaseRules rules) {
        int nf = FIGURES.size();
        List<int[]> out = new ArrayList<>();
        for (int d = 0; d < dates; d++) {
            int at = d * nf;
            out.add(cells(at, FigureId.STAIRCASE_TOTAL, FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4,
                    FigureId.NT5, FigureId.NT6));
            if (d == 0) {
                continue; // the base date has stocks only
            }
            out.add(cells(at, FigureId.NT7, FigureId.NT7_1, FigureId.NT7_2, FigureId.NT7_3));
            out.add(matrixSum(at, FigureId.NT7_1, new int[] {8, 7}, 6, 6));
            out.add(matrixSum(at, FigureId.NT7_2, new int[] {8, 7}, 1, 5));
            out.add(matrixSum(at, FigureId.NT7_3, new int[] {6}, 1, 5));
            out.add(matrixSum(at, FigureId.NT8, new int[] {5},
                    rules.nt8() == StaircaseRules.Nt8Scope.ANY_LOWER_TRIN ? 1 : 2, 4));
            out.add(matrixSum(at, FigureId.NT9, new int[] {2}, 1, 1));
            out.add(matrixSum(at, FigureId.NT10, new int[] {2}, 3, 8));
            List<FigureId> deaths = new ArrayList<>();
            deaths.add(FigureId.DOED);
            List<FigureId> moved = new ArrayList<>();
            moved.add(FigureId.SKIFT);
            for (int from = 2; from <= 8; from++) {
                deaths.add(FigureId.matrixDeath(from));
                moved.add(FigureId.matrixMoved(from));
                List<FigureId> row = new ArrayList<>();
                row.add(FigureId.matrixBase(from));
                for (int to = 1; to <= 8; to++) {
                    row.add(FigureId.matrix(from, to));
                }
                row.add(FigureId.matrixDeath(from));
                row.add(FigureId.matrixMoved(from));
                out.add(cells(at, row.toArray(new FigureId[0])));
            }
            out.add(cells(at, deaths.toArray(new FigureId[0])));
            if (rules.kommuneChange() == StaircaseRules.KommuneChangeRule.LEFT_OUT) {
                // Then SKIFT counts exactly the persons of the "changed kommune" column.
                out.add(cells(at, moved.toArray(new FigureId[0])));
            }
            // A row's base is the stock of its trin at D⁻ (trin 3 and 4 together in NT5).
            int prev = (d - 1) * nf;
            out.add(new int[] {prev + index(FigureId.NT1), at + index(FigureId.matrixBase(8))});
            out.add(new int[] {prev + index(FigureId.NT2), at + index(FigureId.matrixBase(7))});
            out.add(new int[] {prev + index(FigureId.NT3), at + index(FigureId.matrixBase(6))});
            out.add(new int[] {prev + index(FigureId.NT4), at + index(FigureId.matrixBase(5))});
            out.add(new int[] {prev + index(FigureId.NT5), at + index(FigureId.matrixBase(4)),
                at + index(FigureId.matrixBase(3))});
            out.add(new int[] {prev + index(FigureId.NT6), at + index(FigureId.matrixBase(2))});
        }
        return out;
    }

    private static int[] cells(int at, FigureId... figures) {
        int[] c = new int[figures.length];
        for (int i = 0; i < figures.length; i++) {
            c[i] = at + index(figures[i]);
        }
        return c;
    }

    private static int[] matrixSum(int at, FigureId total, int[] fromTrin, int toLow, int toHigh) {
        List<FigureId> rel = new ArrayList<>();
        rel.add(total);
        for (int from : fromTrin) {
            for (int to = toLow; to <= toHigh; to++) {
                rel.add(FigureId.matrix(from, to));
            }
        }
        return cells(at, rel.toArray(new FigureId[0]));
    }
}
