package dk.trappen.app.ui.screens;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.data.Columns;
import dk.trappen.app.ui.data.DataViewModel;
import dk.trappen.app.ui.data.ImportWizardView;
import dk.trappen.app.ui.data.WizardStep;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.DanishDates;
import dk.trappen.core.store.ImportLogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The data screen: the import wizard above the workspace's import log. */
final class DataView {

    private static final DateTimeFormatter DATE = DanishDates.DATE;
    private static final DateTimeFormatter WHEN = DanishDates.DATE_TIME
            .withZone(ZoneId.systemDefault());

    private final VBox root;

    DataView(I18n i18n, MainViewModel main) {
        TableView<ImportLogEntry> table = new TableView<>(main.importLog());
        table.setId("import-log");
        table.setPlaceholder(new Label(i18n.text("data.log.empty")));
        java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(i18n.locale());
        table.getColumns().setAll(List.of(
                Columns.text(i18n.text("data.log.file"), ImportLogEntry::fileName, 220),
                Columns.text(i18n.text("data.log.type"), ImportLogEntry::fileType, 90),
                Columns.number(i18n.text("data.log.read"), e -> count.format(e.rowsRead()), 90),
                Columns.number(i18n.text("data.log.stored"), e -> count.format(e.rowsStored()), 90),
                Columns.number(i18n.text("data.log.rejected"), e -> count.format(e.rowsRejected()), 90),
                Columns.text(i18n.text("data.log.period"), e -> e.periodFrom() == null ? ""
                        : DATE.format(e.periodFrom()) + " – " + DATE.format(e.periodTo()), 180),
                Columns.text(i18n.text("data.log.when"), e -> WHEN.format(e.importedAt()), 140)));
        table.setMinHeight(120);
        table.setPrefHeight(160);
        Label wizardHeading = new Label(i18n.text("data.wizard.title"));
        wizardHeading.getStyleClass().add("section-title");
        DataViewModel wizardModel = DataViewModel.standard(main, i18n);
        Node wizard = new ImportWizardView(wizardModel, i18n).root();
        Label heading = new Label(i18n.text("data.log.title"));
        heading.getStyleClass().add("section-title");
        root = ScreenHeader.header(Screen.DATA, i18n);
        root.getStyleClass().add("screen");
        root.getChildren().addAll(wizardHeading, wizard, heading, table);
        // While the wizard shows files or a report it takes the room; otherwise the log does.
        wizardModel.stepProperty().addListener((obs, old, now) -> grow(wizard, table, now));
        grow(wizard, table, wizardModel.stepProperty().get());
    }

    private static void grow(Node wizard, Node log, WizardStep step) {
        boolean busy = step == WizardStep.PREVIEW || step == WizardStep.REPORT;
        VBox.setVgrow(wizard, busy ? Priority.ALWAYS : Priority.NEVER);
        VBox.setVgrow(log, busy ? Priority.SOMETIMES : Priority.ALWAYS);
    }

    Node root() {
        return root;
    }
}
