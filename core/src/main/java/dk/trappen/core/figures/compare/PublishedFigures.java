package dk.trappen.core.figures.compare;

import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one suppression pattern of a workspace: what every output may show of every unit. Decided
 * once over the whole hierarchy — each kommune, kommunegruppe, region, sundhedsklynge (a kommune
 * in two counts in both), hele landet and every saved comparison group, each a sum of its kommuner
 * at every date — so that no combination of outputs (window, workbook, fact sheets, each
 * {@code --level} of the command line) lets a hidden cell be worked out by subtraction. Outputs
 * read their cells here and never apply discretion themselves.
 */
public final class PublishedFigures {

    private final FigureResult result;
    private final Discretion discretion;
    /** Each unit's cells by its sorted, distinct kommune codes. */
    private final Map<List<Integer>, DisplaySeries> cells;

    private final byte[] statuses;

    private PublishedFigures(FigureResult result, Discretion discretion, Map<List<Integer>, DisplaySeries> cells,
            byte[] statuses) {
        this.result = result;
        this.discretion = discretion;
        this.cells = cells;
        this.statuses = statuses;
    }

    /**
     * Decides the pattern for a result under a threshold: every kommune of the result and every unit
     * of the reference tables and of {@code saved} groups.
     */
    public static PublishedFigures decide(ReferenceData reference, FigureResult result, Discretion discretion,
            List<ComparisonGroup> saved) {
        return decide(reference, result, discretion, saved, null);
    }

    /**
     * As {@link #decide(ReferenceData, FigureResult, Discretion, List)}, from a decision kept earlier
     * ({@link #statuses()} of a pattern over the same result, threshold and groups) when given.
     */
    public static PublishedFigures decide(ReferenceData reference, FigureResult result, Discretion discretion,
            List<ComparisonGroup> saved, byte[] kept) {
        ComparisonUnits units = new ComparisonUnits(reference);
        Map<List<Integer>, Integer> index = new LinkedHashMap<>();
        List<FigureSeries> series = new ArrayList<>();
        for (int k : result.kommuner()) {
            index.put(List.of(k), series.size());
            series.add(result.series(k));
        }
        List<List<Integer>> aggregates = new ArrayList<>();
        for (Level level : List.of(Level.KOMMUNEGRUPPE, Level.REGION, Level.SUNDHEDSKLYNGE, Level.LAND)) {
            units.units(level).forEach(u -> aggregates.add(key(u.kommuner())));
        }
        units.readyMadeGroups().forEach(g -> aggregates.add(key(g.kommuner())));
        saved.forEach(g -> aggregates.add(key(g.kommuner())));
        Set<LocalDate> dates = new HashSet<>(result.cutDates());
        result.baseDate().ifPresent(dates::add);
        List<Discretion.Sum> sums = new ArrayList<>();
        for (List<Integer> members : aggregates) {
            if (members.isEmpty() || index.containsKey(members)) {
                continue; // the same kommuner as a unit already decided (a group of one, a region's default group)
            }
            int total = series.size();
            index.put(members, total);
            series.add(result.series(members));
            List<Integer> parts = new ArrayList<>();
            for (int k : members) {
                Integer part = index.get(List.of(k));
                if (part == null) {
                    throw new IllegalArgumentException("kommune " + k + " has no figures");
                }
                parts.add(part);
            }
            sums.add(new Discretion.Sum(total, parts, dates));
        }
        Discretion.Together together = discretion.decideTogether(series, sums, kept);
        List<DisplaySeries> shown = together.shown();
        Map<List<Integer>, DisplaySeries> cells = new HashMap<>();
        index.forEach((members, i) -> cells.put(members, shown.get(i)));
        return new PublishedFigures(result, discretion, cells, together.statuses());
    }

    /** The decision, to keep in the workspace: one status per count cell of every unit. */
    public byte[] statuses() {
        return statuses.clone();
    }

    private static List<Integer> key(List<Integer> kommuner) {
        return List.copyOf(new TreeSet<>(kommuner));
    }

    public FigureResult result() {
        return result;
    }

    public Discretion discretion() {
        return discretion;
    }

    /** The unit's cells; the unit must be one the pattern was decided for. */
    public DisplaySeries shown(ComparisonUnit unit) {
        return shown(unit.kommuner());
    }

    public DisplaySeries kommune(int code) {
        return shown(List.of(code));
    }

    /** Whether a set of kommuner is a unit of the pattern (an unsaved group is not). */
    public boolean covers(List<Integer> kommuner) {
        return cells.containsKey(key(kommuner));
    }

    private DisplaySeries shown(List<Integer> kommuner) {
        DisplaySeries s = cells.get(key(kommuner));
        if (s == null) {
            throw new IllegalArgumentException("not a unit of the suppression pattern: " + kommuner);
        }
        return s;
    }
}
