package dk.trappen.app.ui.analysis;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.discretion.Cell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small pieces the screens' view models share when they turn cells into chart points. */
final class Charts {

    private Charts() {
    }

    /** A cell as a chart plots it: its value, or a gap when it has none (suppressed or absent). */
    static Double value(Cell c) {
        return c.value().isPresent() ? c.value().getAsDouble() : null;
    }

    /** A line's figure at each date, the date as the screens write it. */
    static ChartData.Series overTime(String name, Line line, FigureId f, List<LocalDate> dates) {
        List<ChartData.Point> points = new ArrayList<>();
        for (LocalDate d : dates) {
            points.add(new ChartData.Point(SelectionBar.DATE.format(d), value(line.shown().cell(d, f))));
        }
        return new ChartData.Series(name, points);
    }
}
