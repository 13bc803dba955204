package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Indsatstrappen: the staircase at the cut date (trin 8 at the top, the kommune beside its
 * comparisons per 10,000 adults) and the kommune's development on each trin since 2017.
 */
final class StaircaseScreen extends AreaScreen {

    /** The staircase from the top: the figure counting each trin (NT5 holds trin 3 and 4). */
    static final List<FigureId> STEPS = StaircaseViewModel.STEPS;

    private final StaircaseViewModel model;

    private ChartPane staircase;
    private ChartPane development;

    StaircaseScreen(AnalysisViewModel vm, DialogService dialogs) {
        super(Screen.INDSATSTRAPPEN, vm, dialogs);
        model = new StaircaseViewModel(vm);
    }

    @Override
    protected void addCharts() {
        staircase = new ChartPane("staircase-chart", "indsatstrappen", i18n, dialogs);
        development = new ChartPane("staircase-development", "indsatstrappen-udvikling", i18n, dialogs);
        staircase.setPrefHeight(380);
        development.setPrefHeight(380);
        HBox row = new HBox(12, staircase, development);
        HBox.setHgrow(staircase, Priority.ALWAYS);
        HBox.setHgrow(development, Priority.ALWAYS);
        staircase.setPrefWidth(520);
        development.setPrefWidth(520);
        content.getChildren().add(row);
    }

    @Override
    protected void showCharts(Selection s) {
        ChartData staircaseData = model.staircase(s);
        JFreeChart bar = ChartFactory.createBarChart(staircaseData.title(), null, staircaseData.valueAxis(),
                staircaseData.dataset(), PlotOrientation.HORIZONTAL, true, true, false);
        BarRenderer r = (BarRenderer) bar.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        for (int i = 0; i < s.lines().size(); i++) {
            r.setSeriesPaint(i, ChartStyle.colour(s.lines().get(i).level()));
        }
        ChartStyle.apply(bar, i18n.locale(), staircaseData.decimals(), false);
        staircase.setChart(bar);

        ChartData developmentData = model.development(s);
        JFreeChart dev = ChartFactory.createLineChart(developmentData.title(), null, developmentData.valueAxis(),
                developmentData.dataset(), PlotOrientation.VERTICAL, true, true, false);
        LineAndShapeRenderer lr = (LineAndShapeRenderer) dev.getCategoryPlot().getRenderer();
        lr.setDefaultShapesVisible(true);
        for (int i = 0; i < STEPS.size(); i++) {
            lr.setSeriesPaint(i, ChartStyle.series(i));
            lr.setSeriesStroke(i, new java.awt.BasicStroke(2f));
        }
        ChartStyle.apply(dev, i18n.locale(), 0, developmentData.categories().size() > 6);
        development.setChart(dev);
    }
}
