package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.Source;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.Udvikling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An area screen's data: the summary of its figures at the cut date beside the comparisons (with
 * the kommune's own changes), and one figure over the years as chart and table.
 */
final class AreaViewModel extends ScreenModel {

    private final ChangeTexts changes;

    AreaViewModel(AnalysisViewModel vm) {
        super(vm);
        this.changes = new ChangeTexts(i18n, vm.catalogue());
    }

    /** The summary table of the area's figures; the note says which units lack some kommune's measurements. */
    Summary summary(Selection s, List<FigureId> figures) {
        LocalDate cut = s.cutDate();
        // Rates only where the area has counts (the DREAM and WHO-5 areas are means and shares).
        boolean counts = figures.stream().anyMatch(vm.catalogue()::isCount);
        boolean halfYears = !figures.stream().allMatch(Change::yearly);
        boolean measured = figures.stream().anyMatch(AreaViewModel::ownMeasurement);
        List<FigureTable.Column> cols = new ArrayList<>();
        List<String> notMeasured = new ArrayList<>();
        for (Line line : s.lines()) {
            String name = line.name();
            if (measured && !line.isKommune()) {
                // NT13–NT17 of a unit of several kommuner: with how many kommuner stand behind them,
                // or absent when not every member has measurements (core decides; seed 002 §2.2.3).
                FigureSeries values = line.unit().series(s.result());
                name = line.unit().measuredName(values, cut, i18n.locale());
                if (values.kommuner() > 1 && values.measuredKommuner(cut) < values.kommuner()
                        && s.kommuneLine().shown().defined(cut, FigureId.NT13)) {
                    notMeasured.add(i18n.text("area.notAllMeasured.unit", line.name(), values.measuredKommuner(cut),
                            values.kommuner()));
                }
            }
            cols.add(new FigureTable.Column(name, i18n.text("table.value"), FigureTable.ROW_DECIMALS));
            if (counts) {
                cols.add(new FigureTable.Column(name, i18n.text("table.perTenThousand"), 1));
            }
            if (line.isKommune()) {
                // The kommune's own development: since the last half-year and since the year before.
                if (halfYears) {
                    cols.add(new FigureTable.Column(name, i18n.text("area.change.halfYear",
                            SelectionBar.DATE.format(CutDates.previous(cut))), FigureTable.TEXT));
                }
                cols.add(new FigureTable.Column(name, i18n.text("area.change.year",
                        SelectionBar.DATE.format(CutDates.yearBefore(cut))), FigureTable.TEXT));
            }
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        for (FigureId f : figures) {
            List<Cell> cells = new ArrayList<>();
            for (Line line : s.lines()) {
                cells.add(line.shown().cell(cut, f));
                if (counts) {
                    cells.add(vm.catalogue().isCount(f) ? line.shown().per10000(cut, f) : Cell.notAvailable());
                }
            }
            List<String> texts = new ArrayList<>();
            Udvikling expected = vm.catalogue().expected(f);
            DisplaySeries own = s.kommuneLine().shown();
            if (halfYears) {
                texts.add(Change.sinceHalfYear(own, f, cut, expected).map(c -> changes.cell(c, f)).orElse(""));
            }
            texts.add(changes.cell(Change.sinceYear(own, f, cut, expected), f));
            rows.add(new FigureTable.Row(Figures.title(vm.catalogue(), f, i18n.locale()), vm.catalogue().decimals(f),
                    Definitions.text(vm, f), cells, texts));
        }
        String note = notMeasured.isEmpty() ? ""
                : i18n.text("area.notAllMeasured", SelectionBar.DATE.format(cut), String.join("; ", notMeasured));
        return new Summary(i18n.text("area.atCut", SelectionBar.DATE.format(cut)), i18n.text("table.figure"), cols, rows,
                note);
    }

    /**
     * One figure over the cut dates where the kommune has it: a line per comparison unit (rates per
     * 10,000 adults when every line has them), and the table behind it, newest first.
     */
    Development development(Selection s, FigureId f) {
        List<LocalDate> dates = s.datesUpToCut().stream().filter(d -> s.kommuneLine().shown().defined(d, f))
                .collect(Collectors.toList());
        boolean rates = s.rates(f, dates);
        List<ChartData.Series> series = new ArrayList<>();
        for (Line line : s.lines()) {
            List<ChartData.Point> points = new ArrayList<>();
            for (LocalDate d : dates) {
                points.add(new ChartData.Point(SelectionBar.DATE.format(d), Charts.value(line.plotted(d, f, rates).cell())));
            }
            series.add(new ChartData.Series(line.name(), points));
        }
        String unit = Figures.unit(vm.catalogue(), f, i18n);
        ChartData chart = new ChartData(Figures.title(vm.catalogue(), f, i18n.locale()),
                rates ? i18n.text("chart.perTenThousand") : unit, rates ? 1 : vm.catalogue().decimals(f), series);

        List<FigureTable.Column> cols = new ArrayList<>();
        boolean count = vm.catalogue().isCount(f);
        for (Line line : s.lines()) {
            if (count) {
                cols.add(new FigureTable.Column(line.name(), i18n.text("table.count"), 0));
                cols.add(new FigureTable.Column(line.name(), i18n.text("table.perTenThousand"), 1));
            } else {
                cols.add(new FigureTable.Column(line.name(), unit, vm.catalogue().decimals(f)));
            }
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        for (int i = dates.size() - 1; i >= 0; i--) {
            LocalDate d = dates.get(i);
            List<Cell> cells = new ArrayList<>();
            for (Line line : s.lines()) {
                cells.add(line.shown().cell(d, f));
                if (count) {
                    cells.add(line.shown().per10000(d, f));
                }
            }
            rows.add(new FigureTable.Row(SelectionBar.DATE.format(d), null, cells));
        }
        return new Development(Definitions.text(vm, f), chart, i18n.text("table.cutDate"), cols, rows);
    }

    /** NT13–NT17: the kommune's own measurements. */
    private static boolean ownMeasurement(FigureId f) {
        return f.isExtended() && f.source() == Source.MAALINGER;
    }

    /** The summary's heading, the table's first heading, columns and rows, and the note (empty when none). */
    record Summary(String title, String firstColumn, List<FigureTable.Column> columns, List<FigureTable.Row> rows,
            String measuredNote) {
        Summary {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** The figure's definition, its chart, and the table's first heading, columns and rows. */
    record Development(String definition, ChartData chart, String firstColumn, List<FigureTable.Column> columns,
            List<FigureTable.Row> rows) {
        Development {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }
}
