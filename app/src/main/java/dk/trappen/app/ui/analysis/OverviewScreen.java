package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.reference.Figure;
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
    private final OverviewViewModel model;

    OverviewScreen(AnalysisViewModel vm, DialogService dialogs, BiConsumer<Screen, FigureId> open) {
        super(Screen.OVERBLIK, vm, dialogs);
        this.open = open;
        this.model = new OverviewViewModel(vm);
        tiles.setId("tiles");
        content.getChildren().add(tiles);
    }

    /** Tiles are made once per figure and only re-labelled on a change of selection (quick at national scale). */
    private final java.util.Map<String, Tile> made = new java.util.HashMap<>();

    @Override
    protected void show(Selection s) {
        List<Node> shown = new java.util.ArrayList<>();
        for (OverviewViewModel.Tile data : model.tiles(s)) {
            Tile t = made.computeIfAbsent(data.entry().id(), id -> new Tile(data.figure(), data.entry()));
            t.update(data);
            shown.add(t.button);
        }
        if (!tiles.getChildren().equals(shown)) {
            tiles.getChildren().setAll(shown);
        }
    }

    /** One figure's tile: made once, its value, change and comparison relabelled per selection. */
    private final class Tile {
        private final Label big = new Label();
        private final Label halfYear = new Label();
        private final Label year = new Label();
        private final Label compare = new Label();
        private final Button button = new Button();
        private final Label title = new Label();

        Tile(FigureId f, Figure n) {
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

        void update(OverviewViewModel.Tile data) {
            title.setText(data.title()); // NT12.1's follows its setting
            big.setText(data.value());
            data.halfYear().ifPresent(c -> show(halfYear, c));
            show(year, data.year());
            compare.setText(data.compare());
        }

        /** A change as text, coloured as well, never only. */
        private void show(Label label, OverviewViewModel.ChangeLine c) {
            label.setText(c.text());
            label.getStyleClass().removeAll(ChangeTexts.BETTER, ChangeTexts.WORSE);
            c.style().ifPresent(label.getStyleClass()::add);
        }
    }
}
