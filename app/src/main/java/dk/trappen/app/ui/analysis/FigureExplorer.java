package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.discretion.Cell;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One figure of an area over time: a chooser (with the catalogue's definition a click away), a
 * line per comparison unit (rates per 10,000 adults for counts) and the table behind the chart.
 */
final class FigureExplorer extends VBox {

    private final AnalysisViewModel vm;
    private final I18n i18n;
    private final Locale locale;
    private final ComboBox<FigureId> chooser;
    private final Label info = new Label();
    private final ChartPane chart;
    private final FigureTable table;
    private Selection current;
    private String shownNt121;

    FigureExplorer(String idPrefix, List<FigureId> figures, AnalysisViewModel vm, DialogService dialogs) {
        super(8);
        this.vm = vm;
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
        info.setText(Definitions.text(vm, f));
        chooser.setTooltip(new Tooltip(Definitions.text(vm, f)));
        List<LocalDate> dates = s.datesUpToCut().stream().filter(d -> s.kommuneLine().shown().defined(d, f))
                .collect(java.util.stream.Collectors.toList());
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        boolean rates = s.rates(f, dates);
        int decimals = rates ? 1 : catalogue.decimals(f);
        for (Line line : s.lines()) {
            for (LocalDate d : dates) {
                Line.Plotted p = line.plotted(d, f, rates);
                ds.addValue(p.cell().value().isPresent() ? (Number) p.cell().value().getAsDouble() : null, line.name(),
                        SelectionBar.DATE.format(d));
            }
        }
        String yLabel = rates ? i18n.text("chart.perTenThousand") : unit(f);
        JFreeChart c = ChartFactory.createLineChart(Figures.title(catalogue, f, locale), null, yLabel, ds,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < s.lines().size(); i++) {
            r.setSeriesPaint(i, ChartStyle.colour(s.lines().get(i).level()));
            r.setSeriesStroke(i, new java.awt.BasicStroke(s.lines().get(i).isKommune() ? 3f : 1.8f));
        }
        ChartStyle.apply(c, locale, decimals, dates.size() > 6);
        chart.setChart(c);
        fillTable(s, f, dates);
    }

    private String unit(FigureId f) {
        return Figures.unit(vm.catalogue(), f, i18n);
    }

    private void fillTable(Selection s, FigureId f, List<LocalDate> dates) {
        List<FigureTable.Column> cols = new ArrayList<>();
        FigureCatalogue catalogue = vm.catalogue();
        boolean count = catalogue.isCount(f);
        for (Line line : s.lines()) {
            if (count) {
                cols.add(new FigureTable.Column(line.name(), i18n.text("table.count"), 0));
                cols.add(new FigureTable.Column(line.name(), i18n.text("table.perTenThousand"), 1));
            } else {
                cols.add(new FigureTable.Column(line.name(), unit(f), catalogue.decimals(f)));
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
        table.show(i18n.text("table.cutDate"), cols, rows);
    }

    private final class TitledCell extends ListCell<FigureId> {
        @Override
        protected void updateItem(FigureId item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Figures.title(vm.catalogue(), item, locale));
        }
    }

}
