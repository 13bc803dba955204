package dk.trappen.app.ui.analysis;

import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import java.time.LocalDate;

/**
 * One comparison line of the charts and tables: a unit and its figures as they may be shown, with the
 * catalogue that says which figures are counts and how many decimals they show.
 */
public record Line(ComparisonUnit unit, DisplaySeries shown, FigureCatalogue catalogue) {

    public Level level() {
        return unit.level();
    }

    public String name() {
        return unit.name();
    }

    public boolean isKommune() {
        return unit.level() == Level.KOMMUNE;
    }

    /**
     * The value a chart plots and a ranking compares: the rate per 10,000 adults when {@code rates}
     * (units of different size become comparable), else the figure itself.
     */
    public Plotted plotted(LocalDate date, FigureId figure, boolean rates) {
        return rates ? new Plotted(shown.per10000(date, figure), 1, true)
                : new Plotted(shown.cell(date, figure), catalogue.decimals(figure), false);
    }

    /** Whether this line has a rate per 10,000 for the figure at the date (a count with population data). */
    public boolean hasRate(LocalDate date, FigureId figure) {
        return catalogue.isCount(figure)
                && shown.per10000(date, figure).status() != dk.trappen.core.figures.discretion.CellStatus.NOT_AVAILABLE;
    }

    /** A plotted value, its decimals, and whether it is a rate per 10,000 adults. */
    public record Plotted(Cell cell, int decimals, boolean perTenThousand) {
    }
}
