package dk.trappen.app.ui.data;

import dk.trappen.app.ui.I18n;
import dk.trappen.core.importing.ImportPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The wizard's preview step: the chosen files, the selected file's type, first rows and column mapping. */
final class WizardPreviewPane {

    private final DataViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final ComboBox<TypeChoice> type = new ComboBox<>();
    private final Label message = new Label();
    private final Label previewTitle = new Label();
    private final TableView<List<String>> preview = new TableView<>();
    private final GridPane mapping = new GridPane();
    private final VBox mappingBox = new VBox(6);
    private final ListChangeListener<MappingRow> mappingChanged = c -> fillMapping();
    private final ChangeListener<ImportPreview> previewChanged = (obs, old, now) -> fillPreview(now);
    private WizardFile shown;

    WizardPreviewPane(DataViewModel vm, I18n i18n, Button add) {
        this.vm = vm;
        this.i18n = i18n;
        HBox files = new HBox(12, filesTable(), fileDetail());
        HBox.setHgrow(files.getChildren().get(1), Priority.ALWAYS);
        HBox rows = new HBox(12, previewBox(), mappingBox());
        HBox.setHgrow(rows.getChildren().get(0), Priority.ALWAYS);
        VBox.setVgrow(rows, Priority.ALWAYS);
        root.getChildren().addAll(toolbar(add), files, rows);
        vm.selectedFileProperty().addListener((obs, old, now) -> show(now));
        show(vm.selectedFileProperty().get());
    }

    Node root() {
        return root;
    }

    private HBox toolbar(Button add) {
        Button remove = new Button(i18n.text("wizard.remove"));
        remove.setId("wizard-remove");
        remove.disableProperty().bind(vm.selectedFileProperty().isNull());
        remove.setOnAction(e -> vm.removeSelected());
        Button clear = new Button(i18n.text("wizard.clear"));
        clear.setId("wizard-clear");
        clear.setOnAction(e -> vm.clear());
        CheckBox strict = new CheckBox(i18n.text("wizard.option.strict"));
        strict.setId("wizard-strict");
        strict.selectedProperty().bindBidirectional(vm.strictProperty());
        CheckBox unknown = new CheckBox(i18n.text("wizard.option.acceptUnknownKommune"));
        unknown.setId("wizard-accept-unknown");
        unknown.selectedProperty().bindBidirectional(vm.acceptUnknownKommuneProperty());
        Button start = new Button(i18n.text("wizard.import"));
        start.setId("wizard-import");
        start.disableProperty().bind(vm.canImportProperty().not());
        start.setOnAction(e -> vm.startImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, remove, clear, spacer, strict, unknown, start);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<WizardFile> filesTable() {
        TableView<WizardFile> table = new TableView<>(vm.files());
        table.setId("wizard-files");
        table.getColumns().setAll(List.of(
                column(i18n.text("wizard.files.file"), f -> new ReadOnlyObjectWrapper<>(f.name()), 170),
                column(i18n.text("wizard.files.type"), WizardFile::typeTextProperty, 230),
                column(i18n.text("wizard.files.status"), WizardFile::statusTextProperty, 140)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefSize(560, 130);
        table.setMinSize(460, 130);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedFileProperty().set(now);
            }
        });
        vm.selectedFileProperty().addListener((obs, old, now) -> table.getSelectionModel().select(now));
        return table;
    }

    private static TableColumn<WizardFile, String> column(String title,
            Function<WizardFile, ObservableValue<String>> value, double width) {
        TableColumn<WizardFile, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private VBox fileDetail() {
        type.setId("wizard-type");
        type.getItems().setAll(vm.typeChoices());
        Label typeLabel = new Label(i18n.text("wizard.type"));
        typeLabel.setLabelFor(type);
        typeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox typeRow = new HBox(8, typeLabel, type);
        typeRow.setAlignment(Pos.CENTER_LEFT);
        message.setId("wizard-file-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, typeRow, message);
        box.setPrefWidth(400);
        return box;
    }

    private VBox previewBox() {
        preview.setId("wizard-preview");
        preview.setPlaceholder(new Label(i18n.text("wizard.preview.empty")));
        preview.setPrefHeight(230);
        preview.setMinHeight(150);
        previewTitle.getStyleClass().add("wizard-subtitle");
        VBox box = new VBox(4, previewTitle, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        box.setMinWidth(300);
        return box;
    }

    private VBox mappingBox() {
        Label title = new Label(i18n.text("wizard.mapping.title"));
        title.getStyleClass().add("wizard-subtitle");
        Label hint = new Label(i18n.text("wizard.mapping.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        mapping.setId("wizard-mapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(150);
        ColumnConstraints source = new ColumnConstraints();
        source.setHgrow(Priority.ALWAYS);
        source.setFillWidth(true);
        mapping.getColumnConstraints().setAll(name, source);
        ScrollPane scroll = new ScrollPane(mapping);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(200);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        mappingBox.getChildren().setAll(title, hint, scroll);
        mappingBox.setId("wizard-mapping-box");
        mappingBox.managedProperty().bind(mappingBox.visibleProperty());
        mappingBox.setPrefWidth(380);
        mappingBox.setMinWidth(340);
        return mappingBox;
    }

    private void show(WizardFile file) {
        if (shown != null) {
            type.valueProperty().unbindBidirectional(shown.typeChoiceProperty());
            message.textProperty().unbind();
            mappingBox.visibleProperty().unbind();
            shown.mapping().removeListener(mappingChanged);
            shown.previewProperty().removeListener(previewChanged);
        }
        shown = file;
        if (file == null) {
            message.setText("");
            mappingBox.setVisible(false);
            fillPreview(null);
            fillMapping();
            return;
        }
        type.valueProperty().bindBidirectional(file.typeChoiceProperty());
        message.textProperty().bind(file.messageProperty());
        mappingBox.visibleProperty().bind(file.mappingShownProperty());
        file.mapping().addListener(mappingChanged);
        file.previewProperty().addListener(previewChanged);
        fillPreview(file.previewProperty().get());
        fillMapping();
    }

    private void fillPreview(ImportPreview p) {
        List<TableColumn<List<String>, String>> columns = new ArrayList<>();
        if (p != null) {
            for (int i = 0; i < p.header().size(); i++) {
                int at = i;
                TableColumn<List<String>, String> c = new TableColumn<>(p.header().get(i));
                c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(at < f.getValue().size() ? f.getValue().get(at) : ""));
                c.setSortable(false);
                columns.add(c);
            }
        }
        preview.getColumns().setAll(columns);
        preview.getItems().setAll(p == null ? List.of() : p.rows());
        previewTitle.setText(p != null && p.sheet() != null ? i18n.text("wizard.preview.titleSheet", p.sheet())
                : i18n.text("wizard.preview.title"));
    }

    private void fillMapping() {
        mapping.getChildren().clear();
        if (shown == null || shown.previewProperty().get() == null) {
            return;
        }
        if (shown.mapping().isEmpty()) {
            Label chooseType = new Label(i18n.text("wizard.mapping.chooseType"));
            chooseType.setWrapText(true);
            mapping.add(chooseType, 0, 0, 2, 1);
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(shown.previewProperty().get().header());
        StringConverter<String> none = new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? i18n.text("wizard.mapping.none") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        int row = 0;
        for (MappingRow r : shown.mapping()) {
            Label name = new Label(r.required() ? r.column() + " *" : r.column());
            ComboBox<String> source = new ComboBox<>();
            source.setId("map-" + r.column());
            source.getItems().setAll(choices);
            source.setConverter(none);
            source.setMaxWidth(Double.MAX_VALUE);
            source.valueProperty().bindBidirectional(r.sourceProperty());
            mapping.addRow(row++, name, source);
        }
    }
}
