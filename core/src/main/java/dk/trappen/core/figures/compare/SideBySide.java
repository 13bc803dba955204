package dk.trappen.core.figures.compare;

import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Comparison units shown side by side (a kommune beside its group, region, klynge and hele landet),
 * through discretion together: a unit beside a unit inside it gives away the difference, which may
 * be a count of 1–4, so every such pair is a relation of {@link Discretion#applyTogether}.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /** The units' cells, in the units' order, for every date of the result. */
    public static List<DisplaySeries> apply(Discretion discretion, FigureResult result, List<ComparisonUnit> units) {
        List<FigureSeries> series = new ArrayList<>();
        for (ComparisonUnit u : units) {
            series.add(u.series(result));
        }
        Set<LocalDate> dates = new HashSet<>(result.cutDates());
        result.baseDate().ifPresent(dates::add);
        List<Discretion.Sum> sums = new ArrayList<>();
        for (int outer = 0; outer < units.size(); outer++) {
            for (int inner = 0; inner < units.size(); inner++) {
                Set<Integer> big = new TreeSet<>(units.get(outer).kommuner());
                Set<Integer> small = new TreeSet<>(units.get(inner).kommuner());
                if (outer != inner && big.size() > small.size() && big.containsAll(small)) {
                    big.removeAll(small);
                    sums.add(new Discretion.Sum(outer, List.of(inner), result.series(big), dates));
                }
            }
        }
        return discretion.applyTogether(series, sums);
    }
}
