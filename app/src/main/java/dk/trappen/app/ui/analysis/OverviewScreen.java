package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.reference.Noegletal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Overblik: one tile per key figure with the kommune's value at the cut date, the change since the
 * figure's previous opgørelse and hele landet beside it; a tile opens its area's screen.
 */
final class OverviewScreen extends AnalysisScreen {

    private final FlowPane tiles = new FlowPane(10, 10);
    private final BiConsumer<Screen, FigureId> open;

    OverviewScreen(AnalysisViewModel vm, DialogService dialogs, BiConsumer<Screen, FigureId> open) {
        super(Screen.OVERBLIK, vm, dialogs);
        this.open = open;
        tiles.setId("tiles");
        content.getChildren().add(tiles);
    }

    /** Tiles are made once per figure and only re-labelled on a change of selection (quick at national scale). */
    private final java.util.Map<String, Tile> made = new java.util.HashMap<>();

    @Override
    protected void show(Selection s) {
        Optional<Line> land = s.lines().stream().filter(l -> l.level() == Level.LAND).findFirst()
                .or(() -> Optional.of(new Line(vm.units().land(), vm.shownFor(vm.units().land()))));
        List<Node> shown = new java.util.ArrayList<>();
        for (Noegletal n : vm.reference().noegletal()) {
            Optional<FigureId> f = FigureId.parse(n.id());
            if (f.isPresent() && s.kommuneLine().shown().defined(s.cutDate(), f.get())) {
                Tile t = made.computeIfAbsent(n.id(), id -> new Tile(f.get(), n));
                t.update(s, land.get());
                shown.add(t.button);
            }
        }
        if (!tiles.getChildren().equals(shown)) {
            tiles.getChildren().setAll(shown);
        }
    }

    /** One figure's tile: made once, its value, change and comparison relabelled per selection. */
    private final class Tile {
        private final FigureId f;
        private final Noegletal n;
        private final Label big = new Label();
        private final Label change = new Label();
        private final Label compare = new Label();
        private final Button button = new Button();
        private final Label title = new Label();

        Tile(FigureId f, Noegletal n) {
            this.f = f;
            this.n = n;
            Label id = new Label(n.id());
            id.getStyleClass().add("tile-id");
            title.setText(Figures.shortTitle(vm.titles(), f, i18n.locale()));
            title.getStyleClass().add("tile-title");
            title.setWrapText(true);
            big.getStyleClass().add("tile-value");
            big.setId("tile-value-" + n.id().replace('.', '_'));
            change.getStyleClass().add("tile-change");
            compare.getStyleClass().add("tile-compare");
            compare.setWrapText(true);
            VBox box = new VBox(4, id, title, big, change, compare);
            button.setGraphic(box);
            button.setId("tile-" + n.id().replace('.', '_'));
            button.getStyleClass().add("tile");
            button.setPrefSize(230, 170);
            Tooltip tip = new Tooltip(Definitions.text(vm, f));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            button.setTooltip(tip);
            Screen target = java.util.Arrays.stream(Screen.values()).filter(sc -> sc.area().equals(Optional.of(n.area())))
                    .findFirst().orElse(Screen.OVERBLIK);
            button.setOnAction(e -> open.accept(target, f));
        }

        void update(Selection s, Line land) {
            Line k = s.kommuneLine();
            LocalDate d = s.cutDate();
            title.setText(Figures.shortTitle(vm.titles(), f, i18n.locale())); // NT12.1's follows its setting
            big.setText(Figures.text(k.shown().cell(d, f), f.decimals(), i18n.locale()) + suffix(n));
            change.setText(change(s, f));
            boolean rates = k.hasRate(d, f) && land.hasRate(d, f);
            Line.Plotted mine = k.plotted(d, f, rates);
            Line.Plotted theirs = land.plotted(d, f, rates);
            compare.setText(mine.perTenThousand()
                    ? i18n.text("tile.compareRate", Figures.text(mine.cell(), 1, i18n.locale()),
                            Figures.text(theirs.cell(), 1, i18n.locale()))
                    : i18n.text("tile.compare", Figures.text(theirs.cell(), theirs.decimals(), i18n.locale())));
        }
    }

    private String suffix(Noegletal n) {
        switch (n.unit()) {
            case PROCENT:
                return " %";
            default:
                return "";
        }
    }

    /** The change since the figure's previous opgørelse (half a year, or a year for yearly figures), if both are shown. */
    private String change(Selection s, FigureId f) {
        List<LocalDate> dates = s.datesUpToCut();
        Line k = s.kommuneLine();
        LocalDate previous = null;
        for (int i = dates.size() - 2; i >= 0; i--) {
            if (k.shown().defined(dates.get(i), f)) {
                previous = dates.get(i);
                break;
            }
        }
        if (previous == null) {
            return i18n.text("tile.noPrevious");
        }
        Cell now = k.shown().cell(s.cutDate(), f);
        Cell before = k.shown().cell(previous, f);
        if (!now.shown() || !before.shown()) {
            return i18n.text("tile.changeHidden");
        }
        double diff = now.value().getAsDouble() - before.value().getAsDouble();
        String arrow = diff > 0 ? "▲ +" : diff < 0 ? "▼ " : "● ";
        java.text.NumberFormat nf = dk.trappen.app.ui.charts.ChartStyle.numbers(i18n.locale(), f.decimals());
        nf.setMinimumFractionDigits(f.decimals());
        return arrow + nf.format(diff) + " " + i18n.text("tile.since", SelectionBar.DATE.format(previous));
    }
}
