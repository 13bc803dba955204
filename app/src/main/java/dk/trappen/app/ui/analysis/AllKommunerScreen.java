package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import java.awt.Color;
import java.awt.Paint;
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
    private final AllKommunerViewModel model;
    private Selection current;

    AllKommunerScreen(AnalysisViewModel vm, DialogService dialogs) {
        super(Screen.ALLE_KOMMUNER, vm, dialogs);
        model = new AllKommunerViewModel(vm);
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
        AllKommunerViewModel.Ranking ranked = model.ranking(s, chooser.getValue());
        ChartData data = ranked.chart();
        DefaultCategoryDataset ds = data.dataset();
        int chosenColumn = ds.getColumnIndex(ranked.chosen());
        JFreeChart chart = ChartFactory.createBarChart(data.title(), null, data.valueAxis(), ds,
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
        ChartStyle.apply(chart, i18n.locale(), data.decimals(), false);
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 10));
        ranking.setPrefHeight(Math.max(360, 60 + 14 * ds.getColumnCount()));
        ranking.setChart(chart);
        table.show(ranked.firstColumn(), ranked.columns(), ranked.rows());
    }

    private final class Titled extends ListCell<FigureId> {
        @Override
        protected void updateItem(FigureId item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Figures.title(vm.catalogue(), item, i18n.locale()));
        }
    }
}
