package dk.trappen.core.factsheet;

import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import java.time.LocalDate;

/** A unit on the sheet: its computed series (for population checks only) and the cells that may be shown. */
record Compared(ComparisonUnit unit, FigureSeries values, DisplaySeries shown) {

    static Compared of(ComparisonUnit unit, FigureResult result, Discretion discretion) {
        FigureSeries values = unit.series(result);
        return new Compared(unit, values, discretion.apply(values));
    }

    /** Whether counts can be turned into rates per 10,000 adults at the date. */
    boolean hasAdults(LocalDate date) {
        return values.adults(date).orElse(0) > 0;
    }
}
