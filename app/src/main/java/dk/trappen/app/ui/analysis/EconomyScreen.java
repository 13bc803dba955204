package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.AccountYears;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.discretion.Cell;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Økonomi: NT19 over the years through the figure explorer below, and NT20 as a 100 % stacked bar
 * per year: how the kommune's spending on the staircase divides between the indsatser.
 */
final class EconomyScreen extends AreaScreen {

    private static final List<FigureId> SHARES = List.of(FigureId.NT20_1, FigureId.NT20_2, FigureId.NT20_3,
            FigureId.NT20_4, FigureId.NT20_5, FigureId.NT20_6);

    private ChartPane distribution;
    // Made in addCharts, which the super constructor calls before field initialisers run.
    private Label kontoplanNote;

    EconomyScreen(AnalysisViewModel vm, DialogService dialogs) {
        super(Screen.OEKONOMI, vm, dialogs);
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
        Line k = s.kommuneLine();
        List<LocalDate> years = s.datesUpToCut().stream().filter(d -> k.shown().defined(d, FigureId.NT20_1))
                .collect(Collectors.toList());
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (FigureId f : SHARES) {
            for (LocalDate d : years) {
                Cell c = k.shown().cell(d, f);
                ds.addValue(c.value().isPresent() ? (Number) c.value().getAsDouble() : null,
                        Figures.title(vm.catalogue(), f, i18n.locale()), Integer.toString(d.getYear()));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(i18n.text("economy.chart.title", s.kommune().name()), null,
                Figures.unit(vm.catalogue(), FigureId.NT20_1, i18n), ds, PlotOrientation.VERTICAL, true, true, false);
        StackedBarRenderer r = (StackedBarRenderer) chart.getCategoryPlot().getRenderer();
        r.setRenderAsPercentages(true);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < SHARES.size(); i++) {
            r.setSeriesPaint(i, ChartStyle.series(i));
        }
        ChartStyle.apply(chart, i18n.locale(), 1, false);
        ((org.jfree.chart.axis.NumberAxis) chart.getCategoryPlot().getRangeAxis()).setNumberFormatOverride(
                java.text.NumberFormat.getPercentInstance(i18n.locale()));
        distribution.setChart(chart);
        // Years before the catalogue's first say which kontoplan mapped them (core's AccountYears).
        List<String> notes = AccountYears.notes(vm.reference(), years.stream().map(LocalDate::getYear)
                .collect(Collectors.toList()), i18n.locale());
        kontoplanNote.setText(String.join("\n", notes));
        kontoplanNote.setVisible(!notes.isEmpty());
    }
}
