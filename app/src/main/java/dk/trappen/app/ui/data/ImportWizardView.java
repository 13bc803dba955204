package dk.trappen.app.ui.data;

import dk.trappen.app.ui.I18n;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The import wizard as a panel of the Data screen: one face per step, files droppable onto it. Binds only. */
public final class ImportWizardView {

    private final DataViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);

    public ImportWizardView(DataViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("import-wizard");
        root.getStyleClass().add("import-wizard");
        root.getStylesheets().add(ImportWizardView.class.getResource("wizard.css").toExternalForm());
        Node choose = choosePane();
        Node preview = new WizardPreviewPane(vm, i18n, chooseButton("wizard-add", i18n.text("wizard.add"))).root();
        Node importing = importingPane();
        Node report = new WizardReportPane(vm, i18n).root();
        StackPane faces = new StackPane(choose, preview, importing, report);
        showOnly(choose, WizardStep.CHOOSE);
        showOnly(preview, WizardStep.PREVIEW);
        showOnly(importing, WizardStep.IMPORTING);
        showOnly(report, WizardStep.REPORT);
        VBox.setVgrow(faces, Priority.ALWAYS);
        root.getChildren().add(faces);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    public Node root() {
        return root;
    }

    private void showOnly(Node face, WizardStep step) {
        face.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
        face.managedProperty().bind(face.visibleProperty());
    }

    private Button chooseButton(String id, String text) {
        Button choose = new Button(text);
        choose.setId(id);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.disableProperty().bind(vm.canChooseProperty().not());
        choose.setOnAction(e -> vm.chooseFiles());
        return choose;
    }

    private Node choosePane() {
        Label hint = new Label(i18n.text("wizard.drop"));
        hint.setWrapText(true);
        hint.getStyleClass().add("wizard-hint");
        Label noWorkspace = new Label(i18n.text("wizard.noWorkspace"));
        noWorkspace.visibleProperty().bind(vm.canChooseProperty().not());
        noWorkspace.managedProperty().bind(noWorkspace.visibleProperty());
        HBox box = new HBox(16, chooseButton("wizard-choose", i18n.text("wizard.choose")), hint, noWorkspace);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("drop-zone");
        box.setId("wizard-drop-zone");
        HBox.setHgrow(hint, Priority.ALWAYS);
        return box;
    }

    private Node importingPane() {
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.setId("wizard-progress-text");
        text.textProperty().bind(vm.progressTextProperty());
        Button cancel = new Button();
        cancel.setId("wizard-cancel");
        cancel.textProperty().bind(Bindings.when(vm.cancellingProperty())
                .then(i18n.text("wizard.cancelling")).otherwise(i18n.text("wizard.cancel")));
        cancel.disableProperty().bind(vm.cancellingProperty());
        cancel.setOnAction(e -> vm.cancelImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(spacer, cancel);
        VBox box = new VBox(8, new Label(i18n.text("wizard.importing")), bar, text, buttons);
        box.getStyleClass().add("drop-zone");
        return box;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && vm.canChooseProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            List<java.nio.file.Path> paths = e.getDragboard().getFiles().stream().filter(File::isFile)
                    .map(File::toPath).collect(Collectors.toList());
            vm.addFiles(paths);
            done = !paths.isEmpty();
        }
        e.setDropCompleted(done);
        e.consume();
    }
}
