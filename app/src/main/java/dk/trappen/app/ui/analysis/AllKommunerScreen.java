package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Kommune;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Alle kommuner: one figure at the cut date for every kommune with data, ranked in a bar chart
 * (the chosen kommune in its colour) and in a sortable table. Suppressed values are left out of
 * the ranking and shown as such in the table.
 */
final class AllKommunerScreen extends AnalysisScreen {

    private static final Color OTHERS = new Color(0xa9, 0xb4, 0xc2);

    private final ComboBox<FigureId> chooser = new ComboBox<>();
    private final ChartPane ranking;
    private final FigureTable table;
    private Selection current;

    AllKommunerScreen(AnalysisViewModel vm, DialogService dialogs) {
        super(Screen.ALLE_KOMMUNER, vm, dialogs);
        chooser.setId("all-figure");
        chooser.getItems().setAll(Figures.all(vm.catalogue()));
        chooser.setCellFactory(l -> new Titled());
        chooser.setButtonCell(new Titled());
        chooser.getSelectionModel().selectFirst();
        chooser.setPrefWidth(560);
        chooser.valueProperty().addListener((o, a, b) -> {
            if (current != null && b != null) {
                show(current);
            }
        });
        ranking = new ChartPane("ranking-chart", "alle-kommuner", i18n, dialogs);
        table = new FigureTable("all-table", i18n);
        table.setPrefHeight(420);
        HBox top = new HBox(8, new Label(i18n.text("figure.choose")), chooser);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content.getChildren().addAll(top, ranking, table);
    }

    void focus(FigureId f) {
        chooser.setValue(f);
    }

    @Override
    protected void show(Selection s) {
        current = s;
        FigureId f = chooser.getValue();
        FigureCatalogue catalogue = vm.catalogue();
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
            rows.add(new Row(k, new Line(unit, shown, catalogue)));
        }
        // Rates only when every kommune has them; a ranking never mixes rates and counts.
        boolean rates = !rows.isEmpty() && rows.stream().allMatch(r -> r.line.hasRate(s.cutDate(), f));
        rows.sort(Comparator.comparingDouble((Row r) -> r.line.plotted(s.cutDate(), f, rates).cell().value().orElse(-1))
                .reversed());
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        int decimals = rates ? 1 : catalogue.decimals(f);
        for (Row r : rows) {
            Line.Plotted p = r.line.plotted(s.cutDate(), f, rates);
            if (p.cell().shown()) {
                ds.addValue(p.cell().value().getAsDouble(), Figures.shortTitle(vm.catalogue(), f, i18n.locale()), r.kommune.name());
            }
        }
        int chosenColumn = ds.getColumnIndex(s.kommune().name());
        JFreeChart chart = ChartFactory.createBarChart(i18n.text("all.chart.title", Figures.title(vm.catalogue(), f, i18n.locale()),
                SelectionBar.DATE.format(s.cutDate())), null, rates ? i18n.text("chart.perTenThousand") : "", ds,
                PlotOrientation.HORIZONTAL, false, true, false);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == chosenColumn ? ChartStyle.KOMMUNE : OTHERS;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        chart.getCategoryPlot().setRenderer(renderer);
        ChartStyle.apply(chart, i18n.locale(), decimals, false);
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 10));
        ranking.setPrefHeight(Math.max(360, 60 + 14 * ds.getColumnCount()));
        ranking.setChart(chart);

        boolean count = catalogue.isCount(f);
        List<FigureTable.Column> cols = new ArrayList<>();
        cols.add(new FigureTable.Column(null, count ? i18n.text("table.count") : i18n.text("table.value"), catalogue.decimals(f)));
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
        table.show(i18n.text("all.kommune"), cols, tableRows);
    }

    private record Row(Kommune kommune, Line line) {
    }

    private final class Titled extends ListCell<FigureId> {
        @Override
        protected void updateItem(FigureId item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Figures.title(vm.catalogue(), item, i18n.locale()));
        }
    }
}
