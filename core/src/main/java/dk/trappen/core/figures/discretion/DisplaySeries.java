package dk.trappen.core.figures.discretion;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** A unit's series as it may be shown: every cell after {@link Discretion}. */
public final class DisplaySeries {

    private final FigureSeries values;
    private final Cell[] cells;
    private final Discretion discretion;

    DisplaySeries(FigureSeries values, Cell[] cells, Discretion discretion) {
        this.values = values;
        this.cells = cells;
        this.discretion = discretion;
    }

    public List<LocalDate> cutDates() {
        return values.cutDates();
    }

    public Discretion discretion() {
        return discretion;
    }

    /** Whether the figure is defined at the date (NT11–NT20: its source is present and covers the date). */
    public boolean defined(LocalDate date, FigureId figure) {
        return values.has(date, figure);
    }

    /** The cell of a figure at a date (the base date or a cut date); not available outside the series. */
    public Cell cell(LocalDate date, FigureId figure) {
        int d = values.dates().indexOf(date);
        if (d < 0) {
            return Cell.notAvailable();
        }
        return cells[d * Discretion.figureCount() + Discretion.index(figure)];
    }

    /**
     * The count per 10,000 adult inhabitants; hidden whenever the count is (a rate and the
     * population would give the count back), empty without population data.
     */
    public Cell per10000(LocalDate date, FigureId figure) {
        Cell count = cell(date, figure);
        OptionalDouble rate = values.per10000(date, figure);
        if (count.status() == CellStatus.NOT_AVAILABLE || rate.isEmpty()) {
            return Cell.notAvailable();
        }
        return count.shown() ? Cell.decimal(rate.getAsDouble()) : Cell.hidden(CellStatus.TOO_FEW);
    }
}
