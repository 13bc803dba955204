package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.Messages;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.reference.Figure;
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
 * last half-year and since the same time the year before (yearly figures: the year only), each
 * judged by the catalogue's desired direction, and hele landet beside it; a tile opens its area's
 * screen.
 */
final class OverviewScreen extends AnalysisScreen {

    private final FlowPane tiles = new FlowPane(10, 10);
    private final BiConsumer<Screen, FigureId> open;
    private final ChangeTexts changes;

    OverviewScreen(AnalysisViewModel vm, DialogService dialogs, BiConsumer<Screen, FigureId> open) {
        super(Screen.OVERBLIK, vm, dialogs);
        this.open = open;
        this.changes = new ChangeTexts(i18n, vm.catalogue());
        tiles.setId("tiles");
        content.getChildren().add(tiles);
    }

    /** Tiles are made once per figure and only re-labelled on a change of selection (quick at national scale). */
    private final java.util.Map<String, Tile> made = new java.util.HashMap<>();

    @Override
    protected void show(Selection s) {
        Optional<Line> land = s.lines().stream().filter(l -> l.level() == Level.LAND).findFirst()
                .or(() -> Optional.of(new Line(vm.units().land(), vm.shownFor(vm.units().land()), vm.catalogue())));
        List<Node> shown = new java.util.ArrayList<>();
        FigureCatalogue catalogue = vm.catalogue();
        for (FigureId f : catalogue.figures()) {
            if (s.kommuneLine().shown().defined(s.cutDate(), f)) {
                Tile t = made.computeIfAbsent(f.id(), id -> new Tile(f, catalogue.entry(f)));
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
        private final Figure n;
        private final Label big = new Label();
        private final Label halfYear = new Label();
        private final Label year = new Label();
        private final Label compare = new Label();
        private final Button button = new Button();
        private final Label title = new Label();

        Tile(FigureId f, Figure n) {
            this.f = f;
            this.n = n;
            Label id = new Label(n.id());
            id.getStyleClass().add("tile-id");
            title.setText(Figures.shortTitle(vm.catalogue(), f, i18n.locale()));
            title.getStyleClass().add("tile-title");
            title.setWrapText(true);
            big.getStyleClass().add("tile-value");
            big.setId("tile-value-" + n.id().replace('.', '_'));
            String key = n.id().replace('.', '_');
            halfYear.getStyleClass().add("tile-change");
            halfYear.setId("tile-change-half-" + key);
            year.getStyleClass().add("tile-change");
            year.setId("tile-change-year-" + key);
            halfYear.setWrapText(true);
            year.setWrapText(true);
            compare.getStyleClass().add("tile-compare");
            compare.setWrapText(true);
            compare.setId("tile-compare-" + key);
            boolean yearly = Change.yearly(f);
            halfYear.setVisible(!yearly);
            halfYear.setManaged(!yearly);
            VBox box = new VBox(4, id, title, big, halfYear, year, compare);
            button.setGraphic(box);
            button.setId("tile-" + n.id().replace('.', '_'));
            button.getStyleClass().add("tile");
            button.setPrefSize(230, 190);
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
            title.setText(Figures.shortTitle(vm.catalogue(), f, i18n.locale())); // NT12.1's follows its setting
            big.setText(Figures.text(k.shown().cell(d, f), n.decimals(), i18n.locale()) + suffix(n));
            Change.sinceHalfYear(k.shown(), f, d, n.expected()).ifPresent(c -> show(halfYear, c));
            show(year, Change.sinceYear(k.shown(), f, d, n.expected()));
            boolean rates = k.hasRate(d, f) && land.hasRate(d, f);
            Line.Plotted mine = k.plotted(d, f, rates);
            Line.Plotted theirs = land.plotted(d, f, rates);
            Optional<String> absent = f.isExtended() && !land.shown().defined(d, f)
                    ? land.unit().series(s.result()).absentReason(d, f) : Optional.empty();
            compare.setText(absent.isPresent()
                    ? i18n.text("tile.compare", Messages.format(i18n.locale(), absent.get()))
                    : mine.perTenThousand()
                    ? i18n.text("tile.compareRate", Figures.text(mine.cell(), 1, i18n.locale()),
                            Figures.text(theirs.cell(), 1, i18n.locale()))
                    : i18n.text("tile.compare", Figures.text(theirs.cell(), theirs.decimals(), i18n.locale())));
        }

        /** A change as text (arrow, number, "✓ bedre"/"✗ dårligere"), coloured as well, never only. */
        private void show(Label label, Change c) {
            label.setText(changes.line(c, f));
            label.getStyleClass().removeAll(ChangeTexts.BETTER, ChangeTexts.WORSE);
            String style = ChangeTexts.styleClass(c);
            if (style != null) {
                label.getStyleClass().add(style);
            }
        }
    }

    private String suffix(Figure n) {
        switch (n.unit()) {
            case PROCENT:
                return " %";
            default:
                return "";
        }
    }
}
