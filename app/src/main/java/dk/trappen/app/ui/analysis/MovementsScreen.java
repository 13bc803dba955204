package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.ChartStyle;
import dk.trappen.app.ui.common.DialogService;
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

/**
 * Bevægelser: NT7–NT10 for the kommune over time, and the transition matrix between the previous
 * and the chosen cut date as a heat map: each cell's shade is its share of the row's persons.
 */
final class MovementsScreen extends AreaScreen {

    private final MovementsViewModel model;
    private ChartPane moves;
    // Made in addCharts, which the super constructor calls before field initialisers run.
    private GridPane matrix;
    private Label matrixTitle;

    MovementsScreen(AnalysisViewModel vm, DialogService dialogs) {
        super(Screen.BEVAEGELSER, vm, dialogs);
        model = new MovementsViewModel(vm);
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
        ChartData data = model.moves(s);
        JFreeChart chart = ChartFactory.createLineChart(data.title(), null, data.valueAxis(), data.dataset(),
                PlotOrientation.VERTICAL, true, true, false);
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < data.series().size(); i++) {
            r.setSeriesPaint(i, ChartStyle.series(i));
            r.setSeriesStroke(i, new java.awt.BasicStroke(2f));
        }
        ChartStyle.apply(chart, i18n.locale(), data.decimals(), data.categories().size() > 6);
        moves.setChart(chart);
        drawMatrix(model.matrix(s));
    }

    /** The grid's labels by row and column, made once per layout and relabelled on each change. */
    private Label[][] grid;
    private List<String> gridHeads;

    private void drawMatrix(MovementsViewModel.Matrix m) {
        matrixTitle.setText(m.title());
        if (m.rows().isEmpty()) {
            matrix.getChildren().clear();
            grid = null;
            return;
        }
        if (grid == null || !m.heads().equals(gridHeads)) {
            buildGrid(m);
        }
        for (int row = 0; row < m.rows().size(); row++) {
            List<MovementsViewModel.MatrixCell> cells = m.rows().get(row).cells();
            for (int c = 0; c < cells.size(); c++) {
                fill(grid[row + 1][c + 1], cells.get(c));
            }
        }
    }

    private void buildGrid(MovementsViewModel.Matrix m) {
        matrix.getChildren().clear();
        gridHeads = m.heads();
        grid = new Label[m.rows().size() + 1][m.heads().size() + 1];
        matrix.add(header(i18n.text("matrix.corner")), 0, 0);
        for (int c = 0; c < m.heads().size(); c++) {
            matrix.add(header(m.heads().get(c)), c + 1, 0);
        }
        for (int row = 1; row <= m.rows().size(); row++) {
            MovementsViewModel.MatrixRow r = m.rows().get(row - 1);
            matrix.add(header(r.label()), 0, row);
            for (int c = 1; c <= r.cells().size(); c++) {
                Label l = new Label();
                l.getStyleClass().add("matrix-cell");
                if (r.cells().get(c - 1).diagonal()) {
                    l.getStyleClass().add("matrix-diagonal");
                }
                l.setAlignment(Pos.CENTER_RIGHT);
                l.setMinWidth(46);
                l.setMaxWidth(Double.MAX_VALUE);
                l.setTooltip(new Tooltip());
                grid[row][c] = l;
                matrix.add(l, c, row);
            }
        }
    }

    private Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** A count, shaded by its share of the row (stayers outlined); hidden cells stay neutral. */
    private void fill(Label l, MovementsViewModel.MatrixCell c) {
        l.setText(c.text());
        l.getStyleClass().remove("hidden-cell");
        l.getTooltip().setText(c.tooltip());
        if (c.share().isPresent()) {
            double share = c.share().getAsDouble();
            l.setStyle("-fx-background-color: rgba(31,78,121," + String.format(java.util.Locale.ROOT, "%.2f", 0.08 + 0.8 * share)
                    + ");" + (share > 0.45 ? "-fx-text-fill: white;" : ""));
        } else {
            l.setStyle(null);
            if (c.hidden()) {
                l.getStyleClass().add("hidden-cell");
            }
        }
    }
}
