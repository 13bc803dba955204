package dk.trappen.app.ui.data;

import dk.trappen.app.ui.I18n;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The wizard's last step: one line per file, the selected file's full message, and the rejected rows. */
final class WizardReportPane {

    private final VBox root = new VBox(8);

    WizardReportPane(DataViewModel vm, I18n i18n) {
        TableView<FileOutcome> files = new TableView<>(vm.outcomes());
        files.setId("wizard-report");
        files.getColumns().setAll(List.of(
                Columns.text(i18n.text("wizard.report.file"), FileOutcome::fileName, 160),
                Columns.longText(i18n.text("wizard.report.type"), FileOutcome::type, 170),
                Columns.number(i18n.text("wizard.report.read"), FileOutcome::read, 75),
                Columns.number(i18n.text("wizard.report.stored"), FileOutcome::stored, 75),
                Columns.number(i18n.text("wizard.report.rejected"), FileOutcome::rejected, 75),
                Columns.number(i18n.text("wizard.report.duplicates"), FileOutcome::duplicates, 80),
                Columns.text(i18n.text("wizard.report.period"), FileOutcome::period, 185),
                Columns.longText(i18n.text("wizard.report.result"), FileOutcome::result, 150)));
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        files.setPrefHeight(150);
        files.setMinHeight(125);
        Label message = new Label();
        message.setId("wizard-report-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                message.setText(now == null ? "" : now.message()));
        vm.outcomes().addListener((javafx.collections.ListChangeListener<FileOutcome>) c -> {
            // The first file that was not imported deserves the first look; else the first file.
            int first = 0;
            for (int i = 0; i < vm.outcomes().size(); i++) {
                if (vm.outcomes().get(i).importId() == 0) {
                    first = i;
                    break;
                }
            }
            if (!vm.outcomes().isEmpty()) {
                files.getSelectionModel().select(first);
            }
        });

        Label rejectsTitle = new Label(i18n.text("wizard.rejects.title"));
        rejectsTitle.getStyleClass().add("wizard-subtitle");
        Label note = new Label();
        note.setId("wizard-rejects-note");
        note.textProperty().bind(vm.rejectsNoteProperty());
        TableView<RejectLine> rejects = new TableView<>(vm.rejects());
        rejects.setId("wizard-rejects");
        rejects.setPlaceholder(new Label(i18n.text("wizard.rejects.empty")));
        rejects.getColumns().setAll(List.of(
                Columns.text(i18n.text("wizard.rejects.file"), RejectLine::file, 130),
                Columns.text(i18n.text("wizard.rejects.where"), RejectLine::where, 120),
                Columns.text(i18n.text("wizard.rejects.column"), RejectLine::column, 110),
                Columns.longText(i18n.text("wizard.rejects.value"), RejectLine::value, 110),
                Columns.longText(i18n.text("wizard.rejects.rule"), RejectLine::rule, 500)));
        rejects.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        rejects.setPrefHeight(200);
        VBox.setVgrow(rejects, Priority.ALWAYS);

        Button save = new Button(i18n.text("wizard.save"));
        save.setId("wizard-save-rejects");
        save.disableProperty().bind(vm.canSaveRejectsProperty().not());
        save.setOnAction(e -> vm.saveRejects());
        Label saved = new Label();
        saved.setId("wizard-save-status");
        saved.textProperty().bind(vm.saveStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button again = new Button(i18n.text("wizard.new"));
        again.setId("wizard-new");
        again.setOnAction(e -> vm.newImport());
        HBox buttons = new HBox(8, save, saved, spacer, again);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(files, message, rejectsTitle, note, rejects, buttons);
    }

    Node root() {
        return root;
    }
}
