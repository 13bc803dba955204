package dk.trappen.app.ui.screens;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.store.ImportLogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The data screen: the workspace's import log (the import wizard comes with the import issue). */
final class DataView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private final VBox root;

    DataView(I18n i18n, MainViewModel main) {
        TableView<ImportLogEntry> table = new TableView<>(main.importLog());
        table.setId("import-log");
        table.setPlaceholder(new Label(i18n.text("data.log.empty")));
        java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(i18n.locale());
        table.getColumns().setAll(List.of(
                column(i18n.text("data.log.file"), ImportLogEntry::fileName, 220),
                column(i18n.text("data.log.type"), ImportLogEntry::fileType, 90),
                column(i18n.text("data.log.read"), e -> count.format(e.rowsRead()), 90),
                column(i18n.text("data.log.stored"), e -> count.format(e.rowsStored()), 90),
                column(i18n.text("data.log.rejected"), e -> count.format(e.rowsRejected()), 90),
                column(i18n.text("data.log.period"), e -> e.periodFrom() == null ? ""
                        : DATE.format(e.periodFrom()) + " – " + DATE.format(e.periodTo()), 180),
                column(i18n.text("data.log.when"), e -> WHEN.format(e.importedAt()), 140)));
        Label heading = new Label(i18n.text("data.log.title"));
        heading.getStyleClass().add("section-title");
        root = ScreenHeader.header(Screen.DATA, i18n);
        root.getStyleClass().add("screen");
        root.getChildren().addAll(heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static TableColumn<ImportLogEntry, String> column(String title, Function<ImportLogEntry, String> value,
            double width) {
        TableColumn<ImportLogEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    Node root() {
        return root;
    }
}
