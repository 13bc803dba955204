package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.discretion.Cell;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/**
 * An area of the catalogue: its figures at the cut date beside the comparisons, then one figure at
 * a time over the years. Screens with charts of their own (the staircase, movements, economy) add
 * them above through {@link #showCharts}.
 */
public class AreaScreen extends AnalysisScreen {

    protected final List<FigureId> figures;
    private final Label summaryTitle = heading("");
    private final FigureTable summary;
    private final FigureExplorer explorer;

    public AreaScreen(Screen screen, AnalysisViewModel vm, DialogService dialogs) {
        super(screen, vm, dialogs);
        String prefix = screen.name().toLowerCase(java.util.Locale.ROOT);
        figures = Figures.of(vm.reference(), screen.area().orElseThrow());
        summary = new FigureTable(prefix + "-summary", i18n);
        summary.setPrefHeight(Math.min(420, 60 + 28 * figures.size()));
        explorer = new FigureExplorer(prefix, figures, vm, dialogs);
        addCharts();
        content.getChildren().addAll(summaryTitle, summary, heading(i18n.text("area.development")), explorer);
    }

    /** Where a screen adds its own charts, above the summary table. */
    protected void addCharts() {
    }

    /** Draws a screen's own charts for the selection. */
    protected void showCharts(Selection s) {
    }

    /** Opens the screen on one of its figures (a tile of the overview was clicked). */
    public void focus(FigureId f) {
        if (figures.contains(f)) {
            explorer.select(f);
        }
    }

    @Override
    protected final void show(Selection s) {
        showCharts(s);
        summaryTitle.setText(i18n.text("area.atCut", SelectionBar.DATE.format(s.cutDate())));
        // Rates only where the area has counts (the DREAM and WHO-5 areas are means and shares).
        boolean counts = figures.stream().anyMatch(Figures::isCount);
        List<FigureTable.Column> cols = new ArrayList<>();
        for (Line line : s.lines()) {
            cols.add(new FigureTable.Column(line.name(), i18n.text("table.value"), FigureTable.ROW_DECIMALS));
            if (counts) {
                cols.add(new FigureTable.Column(line.name(), i18n.text("table.perTenThousand"), 1));
            }
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        for (FigureId f : figures) {
            List<Cell> cells = new ArrayList<>();
            for (Line line : s.lines()) {
                cells.add(line.shown().cell(s.cutDate(), f));
                if (counts) {
                    cells.add(Figures.isCount(f) ? line.shown().per10000(s.cutDate(), f) : Cell.notAvailable());
                }
            }
            rows.add(new FigureTable.Row(Figures.title(vm.titles(), f, i18n.locale()), f.decimals(),
                    Definitions.text(vm, f), cells));
        }
        summary.show(i18n.text("table.figure"), cols, rows);
        explorer.show(s);
    }
}
