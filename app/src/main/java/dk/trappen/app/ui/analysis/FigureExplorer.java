package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/**
 * One figure of an area over time: a chooser (with the catalogue's definition a click away), a
 * line per comparison unit (rates per 10,000 adults for counts) and the table behind the chart.
 */
final class FigureExplorer extends VBox {

    private final AnalysisViewModel vm;
    private final AreaViewModel model;
    private final I18n i18n;
    private final Locale locale;
    private final ComboBox<FigureId> chooser;
    private final Label info = new Label();
    private final ChartPane chart;
    private final FigureTable table;
    private Selection current;
    private String shownNt121;

    FigureExplorer(String idPrefix, List<FigureId> figures, AnalysisViewModel vm, AreaViewModel model,
            DialogService dialogs) {
        super(8);
        this.vm = vm;
        this.model = model;
        this.i18n = vm.i18n();
        this.locale = i18n.locale();
        chooser = new ComboBox<>();
        chooser.getItems().setAll(figures);
        chooser.setId(idPrefix + "-figure");
        chooser.setCellFactory(l -> new TitledCell());
        chooser.setButtonCell(new TitledCell());
        chooser.getSelectionModel().selectFirst();
        chooser.setPrefWidth(560);
        ToggleButton infoButton = new ToggleButton(i18n.text("figure.info"));
        infoButton.setId(idPrefix + "-info");
        info.setId(idPrefix + "-definition");
        info.getStyleClass().add("definition-panel");
        info.setWrapText(true);
        info.visibleProperty().bind(infoButton.selectedProperty());
        info.managedProperty().bind(info.visibleProperty());
        chart = new ChartPane(idPrefix + "-chart", idPrefix, i18n, dialogs);
        table = new FigureTable(idPrefix + "-table", i18n);
        HBox top = new HBox(8, new Label(i18n.text("figure.choose")), chooser, infoButton);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(top, info, chart, table);
        chooser.valueProperty().addListener((o, a, b) -> {
            if (current != null && b != null) {
                show(current);
            }
        });
    }

    void select(FigureId f) {
        chooser.setValue(f);
    }

    FigureId selected() {
        return chooser.getValue();
    }

    void show(Selection s) {
        current = s;
        FigureId f = chooser.getValue();
        if (f == null) {
            return;
        }
        // NT12.1's title follows its setting: relabel the chooser when the titles may have changed.
        FigureCatalogue catalogue = vm.catalogue();
        if (!catalogue.title(FigureId.NT12_1, locale).equals(shownNt121)) {
            shownNt121 = catalogue.title(FigureId.NT12_1, locale);
            chooser.setButtonCell(new TitledCell());
            chooser.setCellFactory(l -> new TitledCell());
        }
        AreaViewModel.Development dev = model.development(s, f);
        info.setText(dev.definition());
        chooser.setTooltip(new Tooltip(dev.definition()));
        ChartData data = dev.chart();
        JFreeChart c = ChartFactory.createLineChart(data.title(), null, data.valueAxis(), data.dataset(),
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < s.lines().size(); i++) {
            r.setSeriesPaint(i, ChartStyle.colour(s.lines().get(i).level()));
            r.setSeriesStroke(i, new java.awt.BasicStroke(s.lines().get(i).isKommune() ? 3f : 1.8f));
        }
        ChartStyle.apply(c, locale, data.decimals(), data.categories().size() > 6);
        chart.setChart(c);
        table.show(dev.firstColumn(), dev.columns(), dev.rows());
    }

    private final class TitledCell extends ListCell<FigureId> {
        @Override
        protected void updateItem(FigureId item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Figures.title(vm.catalogue(), item, locale));
        }
    }

}
