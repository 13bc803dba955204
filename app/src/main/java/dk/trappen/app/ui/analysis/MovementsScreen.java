package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.TransitionMatrix;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.figures.StaircaseRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bevægelser: NT7–NT10 for the kommune over time, and the transition matrix between the previous
 * and the chosen cut date as a heat map: each cell's shade is its share of the row's persons.
 */
final class MovementsScreen extends AreaScreen {

    private static final List<FigureId> MOVES = List.of(FigureId.NT7, FigureId.NT8, FigureId.NT9, FigureId.NT10);

    private ChartPane moves;
    // Made in addCharts, which the super constructor calls before field initialisers run.
    private GridPane matrix;
    private Label matrixTitle;

    MovementsScreen(AnalysisViewModel vm, DialogService dialogs) {
        super(Screen.BEVAEGELSER, vm, dialogs);
    }

    @Override
    protected void addCharts() {
        moves = new ChartPane("movements-chart", "bevaegelser", i18n, dialogs);
        matrix = new GridPane();
        matrixTitle = heading("");
        moves.setPrefHeight(360);
        matrix.setId("matrix");
        matrix.getStyleClass().add("matrix");
        matrix.setHgap(2);
        matrix.setVgap(2);
        VBox matrixBox = new VBox(6, matrixTitle, matrix, new Label(i18n.text("matrix.legend")));
        matrixBox.setMinWidth(520);
        HBox row = new HBox(16, moves, matrixBox);
        HBox.setHgrow(moves, Priority.ALWAYS);
        content.getChildren().add(row);
    }

    @Override
    protected void showCharts(Selection s) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Line k = s.kommuneLine();
        List<LocalDate> dates = s.datesUpToCut().subList(Math.min(1, s.datesUpToCut().size()), s.datesUpToCut().size());
        for (FigureId f : MOVES) {
            for (LocalDate d : dates) {
                Cell c = k.shown().cell(d, f);
                ds.addValue(c.value().isPresent() ? (Number) c.value().getAsDouble() : null,
                        Figures.title(vm.catalogue(), f, i18n.locale()), SelectionBar.DATE.format(d));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(i18n.text("movements.chart.title", s.kommune().name()), null,
                Figures.unit(vm.catalogue(), FigureId.NT7, i18n), ds, PlotOrientation.VERTICAL, true, true, false);
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < MOVES.size(); i++) {
            r.setSeriesPaint(i, ChartStyle.series(i));
            r.setSeriesStroke(i, new java.awt.BasicStroke(2f));
        }
        ChartStyle.apply(chart, i18n.locale(), 0, dates.size() > 6);
        moves.setChart(chart);
        drawMatrix(s);
    }

    /** The grid's labels by row and column, made once per shape and relabelled on each change. */
    private Label[][] grid;
    private boolean gridWithMoved;

    private void drawMatrix(Selection s) {
        DisplaySeries k = s.kommuneLine().shown();
        LocalDate d = s.cutDate();
        matrixTitle.setText(s.previousCut().map(p -> i18n.text("matrix.title", s.kommune().name(),
                SelectionBar.DATE.format(p), SelectionBar.DATE.format(d))).orElse(i18n.text("matrix.noPrevious")));
        boolean moved = s.result().rules().kommuneChange() == StaircaseRules.KommuneChangeRule.LEFT_OUT;
        if (s.previousCut().isEmpty()) {
            matrix.getChildren().clear();
            grid = null;
            return;
        }
        if (grid == null || gridWithMoved != moved) {
            buildGrid(moved, s.result().rules());
        }
        // The layout every output shares (core's TransitionMatrix): rows 8…2, columns 8…1, died, total.
        List<Integer> columns = TransitionMatrix.columns(s.result().rules());
        int row = 1;
        for (int from : TransitionMatrix.rows()) {
            Cell base = k.cell(d, FigureId.matrixBase(from));
            for (int c = 0; c < columns.size(); c++) {
                int to = columns.get(c);
                fill(grid[row][c + 1], k.cell(d, TransitionMatrix.cell(from, to)), to == FigureId.BASE ? null : base);
            }
            row++;
        }
    }

    private void buildGrid(boolean moved, StaircaseRules rules) {
        matrix.getChildren().clear();
        gridWithMoved = moved;
        List<Integer> columns = TransitionMatrix.columns(rules);
        List<String> heads = new ArrayList<>();
        for (int to : columns) {
            heads.add(to == FigureId.DEATH ? i18n.text("matrix.died") : to == FigureId.MOVED ? i18n.text("matrix.moved")
                    : to == FigureId.BASE ? i18n.text("matrix.total") : i18n.text("matrix.to", to));
        }
        grid = new Label[8][heads.size() + 1];
        matrix.add(header(i18n.text("matrix.corner")), 0, 0);
        for (int c = 0; c < heads.size(); c++) {
            matrix.add(header(heads.get(c)), c + 1, 0);
        }
        int row = 1;
        for (int from : TransitionMatrix.rows()) {
            matrix.add(header(i18n.text("matrix.from", from)), 0, row);
            for (int c = 1; c <= heads.size(); c++) {
                Label l = new Label();
                l.getStyleClass().add("matrix-cell");
                // The diagonal: staying on the same trin.
                if (columns.get(c - 1) == from) {
                    l.getStyleClass().add("matrix-diagonal");
                }
                l.setAlignment(Pos.CENTER_RIGHT);
                l.setMinWidth(46);
                l.setMaxWidth(Double.MAX_VALUE);
                l.setTooltip(new Tooltip());
                grid[row][c] = l;
                matrix.add(l, c, row);
            }
            row++;
        }
    }

    private Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** A count, shaded by its share of the row (stayers outlined); hidden cells stay neutral. */
    private void fill(Label l, Cell c, Cell base) {
        l.setText(Figures.text(c, 0, i18n.locale()));
        l.getStyleClass().remove("hidden-cell");
        if (base != null && c.shown() && base.shown() && base.value().getAsDouble() > 0) {
            double share = c.value().getAsDouble() / base.value().getAsDouble();
            l.setStyle("-fx-background-color: rgba(31,78,121," + String.format(java.util.Locale.ROOT, "%.2f", 0.08 + 0.8 * share)
                    + ");" + (share > 0.45 ? "-fx-text-fill: white;" : ""));
            l.getTooltip().setText(i18n.text("matrix.share", Figures.text(c, 0, i18n.locale()),
                    String.format(i18n.locale(), "%.1f", 100 * share)));
        } else {
            l.setStyle(null);
            l.getTooltip().setText(l.getText());
            if (!c.shown() && !c.text().isEmpty()) {
                l.getStyleClass().add("hidden-cell");
            }
        }
    }
}
