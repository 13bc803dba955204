package dk.trappen.app.ui.analysis;

import dk.trappen.core.figures.AccountYears;
import dk.trappen.core.figures.FigureId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Økonomi's chart: NT20's shares per account year (the chart stacks them to 100 %), with the
 * notes naming the kontoplan that mapped years before the catalogue's first.
 */
final class EconomyViewModel extends ScreenModel {

    static final List<FigureId> SHARES = List.of(FigureId.NT20_1, FigureId.NT20_2, FigureId.NT20_3,
            FigureId.NT20_4, FigureId.NT20_5, FigureId.NT20_6);

    EconomyViewModel(AnalysisViewModel vm) {
        super(vm);
    }

    /** The chart (a series per share, a category per year with accounts) and the kontoplan notes. */
    Distribution distribution(Selection s) {
        Line k = s.kommuneLine();
        List<LocalDate> years = s.datesUpToCut().stream().filter(d -> k.shown().defined(d, FigureId.NT20_1))
                .collect(Collectors.toList());
        List<ChartData.Series> series = new ArrayList<>();
        for (FigureId f : SHARES) {
            List<ChartData.Point> points = new ArrayList<>();
            for (LocalDate d : years) {
                points.add(new ChartData.Point(Integer.toString(d.getYear()), Charts.value(k.shown().cell(d, f))));
            }
            series.add(new ChartData.Series(Figures.title(vm.catalogue(), f, i18n.locale()), points));
        }
        ChartData chart = new ChartData(i18n.text("economy.chart.title", s.kommune().name()),
                Figures.unit(vm.catalogue(), FigureId.NT20_1, i18n), 1, series);
        // Years before the catalogue's first say which kontoplan mapped them (core's AccountYears).
        List<String> notes = AccountYears.notes(vm.reference(), years.stream().map(LocalDate::getYear)
                .collect(Collectors.toList()), i18n.locale());
        return new Distribution(chart, notes);
    }

    record Distribution(ChartData chart, List<String> notes) {
        Distribution {
            notes = List.copyOf(notes);
        }
    }
}
