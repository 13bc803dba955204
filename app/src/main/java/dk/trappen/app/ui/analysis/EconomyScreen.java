package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.common.DialogService;
import javafx.scene.control.Label;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Økonomi: NT19 over the years through the figure explorer below, and NT20 as a 100 % stacked bar
 * per year: how the kommune's spending on the staircase divides between the indsatser.
 */
final class EconomyScreen extends AreaScreen {

    private final EconomyViewModel model;
    private ChartPane distribution;
    // Made in addCharts, which the super constructor calls before field initialisers run.
    private Label kontoplanNote;

    EconomyScreen(AnalysisViewModel vm, DialogService dialogs) {
        super(Screen.OEKONOMI, vm, dialogs);
        model = new EconomyViewModel(vm);
    }

    @Override
    protected void addCharts() {
        distribution = new ChartPane("economy-chart", "oekonomi-fordeling", i18n, dialogs);
        distribution.setPrefHeight(380);
        kontoplanNote = new Label();
        kontoplanNote.setId("economy-kontoplan-note");
        kontoplanNote.setWrapText(true);
        kontoplanNote.managedProperty().bind(kontoplanNote.visibleProperty());
        content.getChildren().addAll(distribution, kontoplanNote);
    }

    @Override
    protected void showCharts(Selection s) {
        EconomyViewModel.Distribution d = model.distribution(s);
        ChartData data = d.chart();
        JFreeChart chart = ChartFactory.createStackedBarChart(data.title(), null, data.valueAxis(), data.dataset(),
                PlotOrientation.VERTICAL, true, true, false);
        StackedBarRenderer r = (StackedBarRenderer) chart.getCategoryPlot().getRenderer();
        r.setRenderAsPercentages(true);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < data.series().size(); i++) {
            r.setSeriesPaint(i, ChartStyle.series(i));
        }
        ChartStyle.apply(chart, i18n.locale(), data.decimals(), false);
        ((org.jfree.chart.axis.NumberAxis) chart.getCategoryPlot().getRangeAxis()).setNumberFormatOverride(
                java.text.NumberFormat.getPercentInstance(i18n.locale()));
        distribution.setChart(chart);
        kontoplanNote.setText(String.join("\n", d.notes()));
        kontoplanNote.setVisible(!d.notes().isEmpty());
    }
}
