package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.Source;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Udvikling;
import java.time.LocalDate;
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
    private final Label measuredNote = new Label();
    private final FigureExplorer explorer;
    private final ChangeTexts changes;

    public AreaScreen(Screen screen, AnalysisViewModel vm, DialogService dialogs) {
        super(screen, vm, dialogs);
        String prefix = screen.name().toLowerCase(java.util.Locale.ROOT);
        figures = Figures.of(vm.catalogue(), screen.area().orElseThrow());
        summary = new FigureTable(prefix + "-summary", i18n);
        summary.setPrefHeight(Math.min(420, 60 + 28 * figures.size()));
        explorer = new FigureExplorer(prefix, figures, vm, dialogs);
        changes = new ChangeTexts(i18n, vm.catalogue());
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
        LocalDate cut = s.cutDate();
        summaryTitle.setText(i18n.text("area.atCut", SelectionBar.DATE.format(cut)));
        // Rates only where the area has counts (the DREAM and WHO-5 areas are means and shares).
        FigureCatalogue catalogue = vm.catalogue();
        boolean counts = figures.stream().anyMatch(catalogue::isCount);
        boolean halfYears = !figures.stream().allMatch(Change::yearly);
        boolean measured = figures.stream().anyMatch(AreaScreen::ownMeasurement);
        List<FigureTable.Column> cols = new ArrayList<>();
        List<String> notMeasured = new ArrayList<>();
        for (Line line : s.lines()) {
            String name = line.name();
            if (measured && !line.isKommune()) {
                // NT13–NT17 of a unit of several kommuner: with how many kommuner stand behind them,
                // or absent when not every member has measurements (core decides; seed 002 §2.2.3).
                FigureSeries values = line.unit().series(s.result());
                name = line.unit().measuredName(values, cut, i18n.locale());
                if (values.kommuner() > 1 && values.measuredKommuner(cut) < values.kommuner()
                        && s.kommuneLine().shown().defined(cut, FigureId.NT13)) {
                    notMeasured.add(i18n.text("area.notAllMeasured.unit", line.name(), values.measuredKommuner(cut),
                            values.kommuner()));
                }
            }
            cols.add(new FigureTable.Column(name, i18n.text("table.value"), FigureTable.ROW_DECIMALS));
            if (counts) {
                cols.add(new FigureTable.Column(name, i18n.text("table.perTenThousand"), 1));
            }
            if (line.isKommune()) {
                // The kommune's own development: since the last half-year and since the year before.
                if (halfYears) {
                    cols.add(new FigureTable.Column(name, i18n.text("area.change.halfYear",
                            SelectionBar.DATE.format(CutDates.previous(cut))), FigureTable.TEXT));
                }
                cols.add(new FigureTable.Column(name, i18n.text("area.change.year",
                        SelectionBar.DATE.format(CutDates.yearBefore(cut))), FigureTable.TEXT));
            }
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        for (FigureId f : figures) {
            List<Cell> cells = new ArrayList<>();
            for (Line line : s.lines()) {
                cells.add(line.shown().cell(cut, f));
                if (counts) {
                    cells.add(catalogue.isCount(f) ? line.shown().per10000(cut, f) : Cell.notAvailable());
                }
            }
            List<String> texts = new ArrayList<>();
            Udvikling expected = catalogue.expected(f);
            DisplaySeries own = s.kommuneLine().shown();
            if (halfYears) {
                texts.add(Change.sinceHalfYear(own, f, cut, expected).map(c -> changes.cell(c, f)).orElse(""));
            }
            texts.add(changes.cell(Change.sinceYear(own, f, cut, expected), f));
            rows.add(new FigureTable.Row(Figures.title(catalogue, f, i18n.locale()), catalogue.decimals(f),
                    Definitions.text(vm, f), cells, texts));
        }
        summary.show(i18n.text("table.figure"), cols, rows);
        measuredNote.setText(notMeasured.isEmpty() ? ""
                : i18n.text("area.notAllMeasured", SelectionBar.DATE.format(cut), String.join("; ", notMeasured)));
        measuredNote.setVisible(!notMeasured.isEmpty());
        explorer.show(s);
    }

    /** NT13–NT17: the kommune's own measurements. */
    private static boolean ownMeasurement(FigureId f) {
        return f.isExtended() && f.source() == Source.MAALINGER;
    }
}
