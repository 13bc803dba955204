package dk.trappen.app.ui.analysis;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Indsatstrappen's charts: the staircase at the cut date (each line per 10,000 adults when every
 * line has rates, else counts) and the kommune's development on each trin.
 */
final class StaircaseViewModel extends ScreenModel {

    /** The staircase from the top: the figure counting each trin (NT5 holds trin 3 and 4). */
    static final List<FigureId> STEPS = FigureCatalogue.steps();

    StaircaseViewModel(AnalysisViewModel vm) {
        super(vm);
    }

    /** A series per line, a bar per trin. */
    ChartData staircase(Selection s) {
        FigureCatalogue titles = vm.catalogue();
        boolean rates = STEPS.stream().allMatch(f -> s.rates(f, List.of(s.cutDate())));
        List<ChartData.Series> series = new ArrayList<>();
        for (Line line : s.lines()) {
            List<ChartData.Point> points = new ArrayList<>();
            for (FigureId f : STEPS) {
                points.add(new ChartData.Point(Figures.step(titles, f, i18n.locale()),
                        Charts.value(line.plotted(s.cutDate(), f, rates).cell())));
            }
            series.add(new ChartData.Series(line.name(), points));
        }
        return new ChartData(i18n.text("staircase.chart.title", SelectionBar.DATE.format(s.cutDate())),
                rates ? i18n.text("chart.perTenThousand") : Figures.unit(titles, FigureId.NT1, i18n), rates ? 1 : 0,
                series);
    }

    /** A series per trin over the cut dates up to the chosen one. */
    ChartData development(Selection s) {
        FigureCatalogue titles = vm.catalogue();
        List<ChartData.Series> series = new ArrayList<>();
        for (FigureId f : STEPS) {
            series.add(Charts.overTime(Figures.step(titles, f, i18n.locale()), s.kommuneLine(), f, s.datesUpToCut()));
        }
        return new ChartData(i18n.text("staircase.development.title", s.kommune().name()),
                Figures.unit(titles, FigureId.NT1, i18n), 0, series);
    }
}
