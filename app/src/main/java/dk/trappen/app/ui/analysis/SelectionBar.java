package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.DanishDates;
import dk.trappen.core.reference.Kommune;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The bar above every analysis screen: kommune (type to search), comparison group (pick and save
 * one), cut date and which comparison lines to show. One instance, bound to the shared view model;
 * Tab walks through it in reading order.
 */
public final class SelectionBar extends FlowPane {

    static final DateTimeFormatter DATE = DanishDates.DATE;

    public SelectionBar(AnalysisViewModel vm, DialogService dialogs) {
        super(12, 8);
        I18n i18n = vm.i18n();
        setId("selection-bar");
        getStyleClass().add("selection-bar");

        SearchableComboBox<Kommune> kommune = new SearchableComboBox<>(vm.kommuner());
        kommune.setId("select-kommune");
        kommune.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kommune k) {
                return k == null ? "" : k.name() + " (" + k.codeText() + ")";
            }

            @Override
            public Kommune fromString(String s) {
                return null;
            }
        });
        kommune.valueProperty().bindBidirectional(vm.kommuneProperty());
        kommune.setPrefWidth(230);

        ComboBox<GroupChoice> group = new ComboBox<>(vm.groups());
        group.setId("select-group");
        group.valueProperty().bindBidirectional(vm.groupProperty());
        group.setPrefWidth(250);
        group.setTooltip(new Tooltip(i18n.text("selection.group.tooltip")));
        Button newGroup = new Button(i18n.text("selection.group.new"));
        newGroup.setId("new-group");
        newGroup.setOnAction(e -> {
            Kommune k = vm.kommuneProperty().get();
            java.util.List<Integer> ticked = vm.groupProperty().get() == null ? java.util.List.of()
                    : vm.groupProperty().get().group().map(g -> g.kommuner()).orElse(java.util.List.of());
            dialogs.pickGroup(i18n.text("group.dialog.title"), vm.kommuner(), ticked,
                    k == null ? "" : i18n.text("group.dialog.suggestedName", k.name()))
                    .ifPresent(p -> vm.saveGroup(p.name(), p.kommuner()));
        });
        newGroup.disableProperty().bind(vm.selectionProperty().isNull());

        ComboBox<LocalDate> cut = new ComboBox<>(vm.cutDates());
        cut.setId("select-cut");
        cut.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return null;
            }
        });
        cut.valueProperty().bindBidirectional(vm.cutDateProperty());

        CheckBox showGroup = check("show-group", i18n.text("selection.show.group"), vm.showGroupProperty());
        CheckBox showRegion = check("show-region", i18n.text("selection.show.region"), vm.showRegionProperty());
        CheckBox showKlynge = check("show-klynge", i18n.text("selection.show.klynge"), vm.showKlyngeProperty());
        CheckBox showLand = check("show-land", i18n.text("selection.show.land"), vm.showLandProperty());

        // Each label stays with its control when the bar wraps on a narrow window.
        getChildren().addAll(pair(label(i18n.text("selection.kommune"), kommune), kommune),
                pair(label(i18n.text("selection.group"), group), group, newGroup),
                pair(label(i18n.text("selection.cut"), cut), cut),
                pair(label(i18n.text("selection.show"), null), showGroup, showRegion, showKlynge, showLand));
    }

    private static javafx.scene.layout.HBox pair(javafx.scene.Node... nodes) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Label label(String text, javafx.scene.Node forNode) {
        Label l = new Label(text);
        l.setLabelFor(forNode);
        l.getStyleClass().add("selection-label");
        return l;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }
}
