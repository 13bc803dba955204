package dk.trappen.app.ui.common;

import dk.trappen.app.ui.I18n;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final I18n i18n;
    /** Buttons in the UI's language (JavaFX's own follow the JVM's locale). */
    private final ButtonType ok;
    private final ButtonType cancel;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
        this.ok = new ButtonType(i18n.text("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        this.cancel = new ButtonType(i18n.text("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFiles(String title, Path initial, String description, String... patterns) {
        javafx.stage.FileChooser chooser = fileChooser(title, initial, description, patterns);
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? java.util.List.of() : chosen.stream().map(File::toPath).collect(java.util.stream.Collectors.toList());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName, String description,
            String... patterns) {
        javafx.stage.FileChooser chooser = fileChooser(title, initial, description, patterns);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static javafx.stage.FileChooser fileChooser(String title, Path initial, String description, String... patterns) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        if (patterns.length > 0) {
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(description, patterns));
        }
        return chooser;
    }

    @Override
    public Optional<GroupPick> pickGroup(String title, java.util.List<dk.trappen.core.reference.Kommune> kommuner,
            java.util.List<Integer> ticked, String name) {
        javafx.scene.control.Dialog<GroupPick> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(i18n.text("group.dialog.header"));
        javafx.scene.control.TextField nameField = new javafx.scene.control.TextField(name);
        nameField.setId("group-name");
        nameField.setPromptText(i18n.text("group.dialog.name"));
        org.controlsfx.control.CheckListView<dk.trappen.core.reference.Kommune> list =
                new org.controlsfx.control.CheckListView<>(javafx.collections.FXCollections.observableArrayList(kommuner));
        list.setId("group-kommuner");
        list.setCellFactory(v -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(dk.trappen.core.reference.Kommune k) {
                        return k == null ? "" : k.name() + " (" + k.codeText() + ")";
                    }

                    @Override
                    public dk.trappen.core.reference.Kommune fromString(String s) {
                        return null;
                    }
                }));
        for (dk.trappen.core.reference.Kommune k : kommuner) {
            if (ticked.contains(k.code())) {
                list.getCheckModel().check(k);
            }
        }
        list.setPrefHeight(380);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8,
                new javafx.scene.control.Label(i18n.text("group.dialog.name")), nameField,
                new javafx.scene.control.Label(i18n.text("group.dialog.members")), list);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        javafx.scene.Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(nameField.textProperty().isEmpty()
                .or(javafx.beans.binding.Bindings.isEmpty(list.getCheckModel().getCheckedItems())));
        dialog.setResultConverter(b -> b == ok ? new GroupPick(nameField.getText().strip(),
                list.getCheckModel().getCheckedItems().stream().map(dk.trappen.core.reference.Kommune::code)
                        .collect(java.util.stream.Collectors.toList())) : null);
        return dialog.showAndWait();
    }

    @Override
    public boolean showForm(String title, javafx.scene.Node form) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == ok).isPresent();
    }

    @Override
    public boolean print(String title, java.util.List<byte[]> pages) {
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            showError(title, i18n.text("print.noPrinter"), null);
            return false;
        }
        job.getJobSettings().setJobName(title);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        javafx.print.PageLayout layout = job.getJobSettings().getPageLayout();
        for (byte[] png : pages) {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(
                    new javafx.scene.image.Image(new java.io.ByteArrayInputStream(png)));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                showError(title, i18n.text("print.failed"), null);
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ok);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        if (details == null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ok);
            alert.initOwner(owner);
            alert.setTitle(title);
            alert.setHeaderText(null);
            alert.showAndWait();
            return;
        }
        ExceptionDialog dialog = new ExceptionDialog(details);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.setContentText(i18n.text("dialog.error.details"));
        dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }
}
