package dk.trappen.app.ui.settings;

import dk.trappen.core.figures.WorkspaceSettings;
import dk.trappen.app.ui.I18n;
import dk.trappen.core.reference.Maalgruppe;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/** The settings form, bound to its view model; shown through the dialog service. */
public final class SettingsView {

    private final GridPane grid = new GridPane();

    public SettingsView(SettingsViewModel vm, I18n i18n) {
        grid.setId("settings-form");
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.add(new Label(i18n.text("settings.workspace")), 0, row);
        grid.add(new Label(vm.workspaceLocation()), 1, row++);

        CheckListView<Maalgruppe> groups = new CheckListView<>();
        groups.setId("settings-target-groups");
        groups.getItems().setAll(vm.maalgrupper());
        groups.setCellFactory(l -> new javafx.scene.control.cell.CheckBoxListCell<>(groups::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(Maalgruppe m) {
                        return m == null ? "" : m.code() + "  " + m.text();
                    }

                    @Override
                    public Maalgruppe fromString(String s) {
                        return null;
                    }
                }));
        for (Maalgruppe m : vm.maalgrupper()) {
            if (vm.targetGroups().contains(m.code())) {
                groups.getCheckModel().check(m);
            }
        }
        groups.getCheckModel().getCheckedItems().addListener((ListChangeListener<Maalgruppe>) c ->
                vm.targetGroups().setAll(groups.getCheckModel().getCheckedItems().stream().map(Maalgruppe::code).toList()));
        groups.setPrefHeight(200);
        groups.setPrefWidth(460);
        grid.add(label(i18n.text("settings.targetGroups"), i18n.text("settings.targetGroups.help")), 0, row);
        grid.add(groups, 1, row++);

        Spinner<Integer> threshold = new Spinner<>(0, 50, vm.thresholdProperty().get());
        threshold.setId("settings-threshold");
        threshold.setEditable(true);
        threshold.valueProperty().addListener((o, a, b) -> vm.thresholdProperty().set(b == null ? 0 : b));
        grid.add(label(i18n.text("settings.threshold"), i18n.text("settings.threshold.help")), 0, row);
        grid.add(threshold, 1, row++);

        row = choice(i18n, row, "settings.nt121", "settings-nt121", vm.nt121Property(),
                List.of(dk.trappen.core.figures.WorkspaceSettings.Nt121Variant.values()));
        row = choice(i18n, row, "settings.tie", "settings-tie", vm.tieProperty(),
                List.of(dk.trappen.core.figures.StaircaseRules.HandlekommuneTie.values()));
        row = choice(i18n, row, "settings.nt8", "settings-nt8", vm.nt8Property(),
                List.of(dk.trappen.core.figures.StaircaseRules.Nt8Scope.values()));
        row = choice(i18n, row, "settings.deaths", "settings-deaths", vm.deathsProperty(),
                List.of(dk.trappen.core.figures.StaircaseRules.DeathRule.values()));
        row = choice(i18n, row, "settings.kommuneChange", "settings-kommune-change", vm.kommuneChangeProperty(),
                List.of(dk.trappen.core.figures.StaircaseRules.KommuneChangeRule.values()));
        row = choice(i18n, row, "settings.wellbeing", "settings-wellbeing", vm.wellbeingProperty(),
                List.of(dk.trappen.core.figures.WorkspaceSettings.WellbeingMeasurement.values()));

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Locale.forLanguageTag("da"), Locale.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getLanguage().equals("en") ? "English" : "Dansk";
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.getSelectionModel().select(vm.languageProperty().get().getLanguage().equals("en") ? 1 : 0);
        language.valueProperty().addListener((o, a, b) -> vm.languageProperty().set(b));
        grid.add(label(i18n.text("settings.language"), i18n.text("settings.language.help")), 0, row);
        grid.add(language, 1, row++);
    }

    private <E extends Enum<E>> int choice(I18n i18n, int row, String key, String id,
            javafx.beans.property.ObjectProperty<E> property, List<E> values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : i18n.text(key + "." + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        box.setPrefWidth(460);
        grid.add(label(i18n.text(key), i18n.text(key + ".help")), 0, row);
        grid.add(box, 1, row);
        return row + 1;
    }

    private static Label label(String text, String help) {
        Label l = new Label(text);
        l.setTooltip(new Tooltip(help));
        l.getTooltip().setWrapText(true);
        l.getTooltip().setMaxWidth(420);
        return l;
    }

    public Node root() {
        return grid;
    }
}
