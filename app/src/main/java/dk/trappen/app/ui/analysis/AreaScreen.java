package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
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
    private final Label measuredNote = new Label();
    private final FigureExplorer explorer;
    private final AreaViewModel area;

    public AreaScreen(Screen screen, AnalysisViewModel vm, DialogService dialogs) {
        super(screen, vm, dialogs);
        String prefix = screen.name().toLowerCase(java.util.Locale.ROOT);
        figures = Figures.of(vm.catalogue(), screen.area().orElseThrow());
        summary = new FigureTable(prefix + "-summary", i18n);
        summary.setPrefHeight(Math.min(420, 60 + 28 * figures.size()));
        area = new AreaViewModel(vm);
        explorer = new FigureExplorer(prefix, figures, vm, area, dialogs);
        measuredNote.setId(prefix + "-measured-note");
        measuredNote.getStyleClass().add("screen-description");
        measuredNote.setWrapText(true);
        measuredNote.managedProperty().bind(measuredNote.visibleProperty());
        addCharts();
        content.getChildren().addAll(summaryTitle, summary, measuredNote, heading(i18n.text("area.development")), explorer);
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
        AreaViewModel.Summary sum = area.summary(s, figures);
        summaryTitle.setText(sum.title());
        summary.show(sum.firstColumn(), sum.columns(), sum.rows());
        measuredNote.setText(sum.measuredNote());
        measuredNote.setVisible(!sum.measuredNote().isEmpty());
        explorer.show(s);
    }
}
