package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.common.DialogService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The frame of an analysis screen: its header, a line saying why nothing is shown when so, and
 * the content, redrawn from the shared selection — only while the screen is on show, so a change
 * of kommune costs one screen's redraw.
 */
public abstract class AnalysisScreen {

    protected final AnalysisViewModel vm;
    protected final I18n i18n;
    protected final DialogService dialogs;
    private final ScrollPane root;
    protected final VBox content = new VBox(14);
    private boolean dirty = true;

    protected AnalysisScreen(Screen screen, AnalysisViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.dialogs = dialogs;
        VBox page = dk.trappen.app.ui.screens.ScreenHeader.header(screen, i18n);
        page.getStyleClass().add("screen");
        Label empty = new Label();
        empty.setId("empty-message");
        empty.getStyleClass().add("empty-message");
        empty.setWrapText(true);
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.computingProperty())
                .then(i18n.text("analysis.computing")).otherwise(vm.emptyMessageProperty()));
        empty.visibleProperty().bind(vm.selectionProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        content.visibleProperty().bind(vm.selectionProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        page.getChildren().addAll(empty, content);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("screen-scroll");
        vm.selectionProperty().addListener((o, a, b) -> {
            dirty = true;
            redrawIfShown();
        });
        root.sceneProperty().addListener((o, a, b) -> redrawIfShown());
    }

    private void redrawIfShown() {
        if (dirty && root.getScene() != null && vm.selectionProperty().get() != null) {
            dirty = false;
            show(vm.selectionProperty().get());
        }
    }

    /** Draws the screen for a selection. */
    protected abstract void show(Selection s);

    public Node root() {
        return root;
    }

    /** A section heading. */
    protected static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
