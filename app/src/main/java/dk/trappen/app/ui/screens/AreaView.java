package dk.trappen.app.ui.screens;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.core.reference.Noegletal;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.reference.ReferenceData;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An area of the catalogue: so far the definitions of its key figures, which the charts and
 * tables of the later screens will sit above.
 */
final class AreaView {

    private final VBox root;

    AreaView(Screen screen, Omraade area, ReferenceData reference, I18n i18n) {
        boolean english = i18n.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        TableView<Noegletal> table = new TableView<>();
        table.setId("definitions");
        table.getItems().setAll(reference.noegletal(area));
        TableColumn<Noegletal, String> id = new TableColumn<>(i18n.text("area.column.id"));
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setPrefWidth(70);
        TableColumn<Noegletal, String> title = new TableColumn<>(i18n.text("area.column.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                english ? c.getValue().titleEn() : c.getValue().titleDa()));
        title.setPrefWidth(420);
        TableColumn<Noegletal, String> source = new TableColumn<>(i18n.text("area.column.source"));
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        source.setPrefWidth(240);
        TableColumn<Noegletal, String> frequency = new TableColumn<>(i18n.text("area.column.frequency"));
        frequency.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().frequency()));
        frequency.setPrefWidth(90);
        table.getColumns().setAll(java.util.List.of(id, title, source, frequency));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label definition = new Label();
        definition.setWrapText(true);
        definition.getStyleClass().add("definition");
        definition.setId("definition");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                definition.setText(now == null ? "" : now.id() + ": " + now.definition()));
        table.getSelectionModel().selectFirst();

        Label heading = new Label(i18n.text("area.definitions"));
        heading.getStyleClass().add("section-title");
        root = ScreenHeader.header(screen, i18n);
        root.getStyleClass().add("screen");
        root.getChildren().addAll(heading, table, definition);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }
}
