package dk.trappen.app.ui.factsheet;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.analysis.AnalysisViewModel;
import dk.trappen.app.ui.screens.ScreenHeader;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Faktaark: buttons above a preview of the sheet's pages, redrawn when the selection changes while shown. */
public final class FactSheetView {

    private final VBox root;
    private final VBox pagesBox = new VBox(16);
    private boolean dirty = true;

    public FactSheetView(FactSheetViewModel vm, AnalysisViewModel analysis, I18n i18n) {
        root = ScreenHeader.header(Screen.FAKTAARK, i18n);
        root.getStyleClass().add("screen");
        Button save = new Button(i18n.text("factsheet.save"));
        save.setId("factsheet-save");
        save.setOnAction(e -> vm.save());
        Button saveAll = new Button(i18n.text("factsheet.saveAll"));
        saveAll.setId("factsheet-save-all");
        saveAll.setOnAction(e -> vm.saveAll());
        Button print = new Button(i18n.text("factsheet.print"));
        print.setId("factsheet-print");
        print.setOnAction(e -> vm.print());
        print.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.pages()));
        for (Button b : new Button[] {save, saveAll}) {
            b.disableProperty().bind(analysis.selectionProperty().isNull());
        }
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(10, save, saveAll, print, working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        pagesBox.setId("factsheet-pages");
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.getStyleClass().add("factsheet-pages");
        Label empty = new Label(i18n.text("factsheet.empty"));
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.pages()).and(vm.busyProperty().not()));
        empty.managedProperty().bind(empty.visibleProperty());
        ScrollPane scroll = new ScrollPane(pagesBox);
        scroll.setFitToWidth(true);
        root.getChildren().addAll(buttons, empty, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        vm.pages().addListener((ListChangeListener<byte[]>) c -> {
            pagesBox.getChildren().clear();
            for (byte[] png : vm.pages()) {
                Image page = new Image(new java.io.ByteArrayInputStream(png));
                ImageView v = new ImageView(page);
                v.setPreserveRatio(true);
                v.setFitWidth(Math.min(900, page.getWidth()));
                v.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.3)));
                pagesBox.getChildren().add(v);
            }
        });
        // The preview costs a PDF per change, so it follows the selection only while on show.
        analysis.selectionProperty().addListener((o, a, b) -> {
            dirty = true;
            refresh(vm);
        });
        root.sceneProperty().addListener((o, a, b) -> refresh(vm));
    }

    private void refresh(FactSheetViewModel vm) {
        if (dirty && root.getScene() != null) {
            dirty = false;
            vm.preview();
        }
    }

    public Node root() {
        return root;
    }
}
