package dk.trappen.core.factsheet;

import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.DisplaySeries;
import java.time.LocalDate;

/** A unit on the sheet: its computed series (for population checks only) and the cells that may be shown. */
record Compared(ComparisonUnit unit, FigureSeries values, DisplaySeries shown) {

    /** The unit's cells as every output shows them: read from the workspace's one pattern. */
    static Compared of(ComparisonUnit unit, PublishedFigures published) {
        return new Compared(unit, unit.series(published.result()), published.shown(unit));
    }

    /** Whether counts can be turned into rates per 10,000 adults at the date. */
    boolean hasAdults(LocalDate date) {
        return values.adults(date).orElse(0) > 0;
    }
}
