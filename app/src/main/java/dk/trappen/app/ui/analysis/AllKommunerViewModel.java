package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Kommune;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Alle kommuner's data: one figure at the cut date for every kommune with data, from the
 * workspace's one pattern, ranked highest first. Suppressed values are left out of the chart and
 * shown as such in the table.
 */
final class AllKommunerViewModel extends ScreenModel {

    AllKommunerViewModel(AnalysisViewModel vm) {
        super(vm);
    }

    Ranking ranking(Selection s, FigureId f) {
        List<Row> rows = new ArrayList<>();
        for (int code : s.result().kommuner()) {
            Kommune k = vm.reference().kommune(code).orElse(null);
            if (k == null) {
                continue;
            }
            ComparisonUnit unit = vm.units().kommune(k);
            DisplaySeries shown = vm.shownFor(unit);
            if (!shown.defined(s.cutDate(), f)) {
                continue;
            }
            rows.add(new Row(k, new Line(unit, shown, vm.catalogue())));
        }
        // Rates only when every kommune has them; a ranking never mixes rates and counts.
        boolean rates = !rows.isEmpty() && rows.stream().allMatch(r -> r.line.hasRate(s.cutDate(), f));
        rows.sort(Comparator.comparingDouble((Row r) -> r.line.plotted(s.cutDate(), f, rates).cell().value().orElse(-1))
                .reversed());
        List<ChartData.Point> bars = new ArrayList<>();
        for (Row r : rows) {
            Cell c = r.line.plotted(s.cutDate(), f, rates).cell();
            if (c.shown()) {
                bars.add(new ChartData.Point(r.kommune.name(), c.value().getAsDouble()));
            }
        }
        ChartData chart = new ChartData(i18n.text("all.chart.title", Figures.title(vm.catalogue(), f, i18n.locale()),
                SelectionBar.DATE.format(s.cutDate())), rates ? i18n.text("chart.perTenThousand") : "",
                rates ? 1 : vm.catalogue().decimals(f), List.of(new ChartData.Series(Figures.shortTitle(vm.catalogue(), f, i18n.locale()), bars)));

        boolean count = vm.catalogue().isCount(f);
        List<FigureTable.Column> cols = new ArrayList<>();
        cols.add(new FigureTable.Column(null, count ? i18n.text("table.count") : i18n.text("table.value"), vm.catalogue().decimals(f)));
        if (count) {
            cols.add(new FigureTable.Column(null, i18n.text("table.perTenThousand"), 1));
        }
        List<FigureTable.Row> tableRows = new ArrayList<>();
        for (Row r : rows) {
            List<Cell> cells = new ArrayList<>();
            cells.add(r.line.shown().cell(s.cutDate(), f));
            if (count) {
                cells.add(r.line.shown().per10000(s.cutDate(), f));
            }
            tableRows.add(new FigureTable.Row(r.kommune.name() + " (" + r.kommune.codeText() + ")", null, cells));
        }
        return new Ranking(chart, s.kommune().name(), i18n.text("all.kommune"), cols, tableRows);
    }

    /** The ranking chart (the chosen kommune's bar named), and the table's first heading, columns and rows. */
    record Ranking(ChartData chart, String chosen, String firstColumn, List<FigureTable.Column> columns,
            List<FigureTable.Row> rows) {
        Ranking {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private record Row(Kommune kommune, Line line) {
    }
}
