package dk.trappen.app.ui.data;

import dk.trappen.app.ui.I18n;
import dk.trappen.core.importing.ImportColumn;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportPreview;
import dk.trappen.core.importing.ImportType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One chosen file in the wizard: its preview, the type the user picked (or automatic), the
 * column mapping, and — checked again on every change — whether it can be imported and why not.
 */
public final class WizardFile {

    /** How far the file is from importable. */
    public enum State { READING, READY, NEEDS_TYPE, NEEDS_MAPPING, REFUSED }

    private final Path path;
    private final I18n i18n;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TypeChoice> typeChoice = new SimpleObjectProperty<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READING);
    private final ReadOnlyStringWrapper typeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mappingShown = new ReadOnlyBooleanWrapper(false);
    private boolean rebuilding;

    WizardFile(Path path, I18n i18n, TypeChoice automatic, Runnable changed) {
        this.path = path;
        this.i18n = i18n;
        this.changed = changed;
        statusText.set(i18n.text("wizard.status.reading"));
        typeChoice.set(automatic);
        typeChoice.addListener((obs, old, now) -> rebuildMapping());
    }

    public Path path() {
        return path;
    }

    public String name() {
        return path.getFileName().toString();
    }

    /** Null while the file is being read. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The user's choice of type; "automatic" follows the header. */
    public ObjectProperty<TypeChoice> typeChoiceProperty() {
        return typeChoice;
    }

    /** The chosen type's columns, each with the file's column it is read from. */
    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The type it will be imported as, for the file list; "" when none. */
    public ReadOnlyStringProperty typeTextProperty() {
        return typeText.getReadOnlyProperty();
    }

    /** A word or two for the file list: Klar, Vælg filtype, … */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The whole story in a sentence or two: what will happen, or the Danish reason it cannot. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the mapping is worth showing: the file needs one, or the user picked the type. */
    public ReadOnlyBooleanProperty mappingShownProperty() {
        return mappingShown.getReadOnlyProperty();
    }

    void previewLoaded(ImportPreview p) {
        preview.set(p);
        rebuildMapping();
    }

    /** The preview itself failed (not a refused file, which has a preview saying why). */
    void previewFailed(String why) {
        state.set(State.REFUSED);
        statusText.set(i18n.text("wizard.status.refused"));
        message.set(why);
        changed.run();
    }

    /** The type chosen, else the one recognised. */
    public Optional<ImportType> effectiveType() {
        ImportPreview p = preview.get();
        if (typeChoice.get() != null && typeChoice.get().type() != null) {
            return Optional.of(typeChoice.get().type());
        }
        return p == null ? Optional.empty() : p.recognisedType();
    }

    private void rebuildMapping() {
        ImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        Optional<ImportType> t = effectiveType();
        rebuilding = true;
        try {
            if (t.isEmpty() || p.status() == ImportPreview.Status.REFUSED) {
                mapping.clear();
            } else {
                mapping.setAll(p.columns(t.get(), Map.of()).stream().map(c -> new MappingRow(c, this::revalidate))
                        .toList());
            }
        } finally {
            rebuilding = false;
        }
        revalidate();
    }

    private void revalidate() {
        if (rebuilding) {
            return;
        }
        ImportPreview p = preview.get();
        Optional<ImportType> t = effectiveType();
        typeText.set(t.map(type -> TypeChoice.label(type, i18n)).orElse(""));
        boolean picked = typeChoice.get() != null && typeChoice.get().type() != null;
        if (p.status() == ImportPreview.Status.REFUSED) {
            set(State.REFUSED, i18n.text("wizard.status.refused"), p.problemMessage(i18n.locale()));
        } else if (t.isEmpty()) {
            set(State.NEEDS_TYPE, i18n.text("wizard.status.needsType"), p.problemMessage(i18n.locale()));
        } else {
            List<String> missing = p.missing(t.get(), chosenMapping());
            String type = TypeChoice.label(t.get(), i18n);
            if (!missing.isEmpty()) {
                set(State.NEEDS_MAPPING, i18n.text("wizard.status.needsMapping"),
                        i18n.text("wizard.message.missing", type, String.join(", ", missing)));
            } else if (mappingToSend().isEmpty()) {
                set(State.READY, i18n.text("wizard.status.ready"), i18n.text("wizard.message.ready", type));
            } else {
                set(State.READY, i18n.text("wizard.status.ready"), i18n.text("wizard.message.readyMapped", type));
            }
        }
        mappingShown.set(p.status() != ImportPreview.Status.REFUSED
                && (picked || p.status() == ImportPreview.Status.NEEDS_MAPPING));
        changed.run();
    }

    private void set(State s, String status, String text) {
        state.set(s);
        statusText.set(status);
        message.set(text);
    }

    /** The rows the user filled in: the type's column → the file's column. */
    private Map<String, String> chosenMapping() {
        Map<String, String> out = new LinkedHashMap<>();
        for (MappingRow r : mapping) {
            if (!r.sourceProperty().get().isEmpty()) {
                out.put(r.column(), r.sourceProperty().get());
            }
        }
        return out;
    }

    /**
     * The mapping to hand to the import: none when the header (or a mapping saved for it) does the
     * job unaided and the user changed nothing, so no needless mapping is saved for the layout.
     */
    private Map<String, String> mappingToSend() {
        ImportPreview p = preview.get();
        ImportType t = effectiveType().orElseThrow();
        List<ImportColumn> auto = p.columns(t, Map.of());
        boolean unchanged = true;
        for (int i = 0; i < auto.size() && i < mapping.size(); i++) {
            String matched = auto.get(i).matched() == null ? "" : auto.get(i).matched();
            unchanged &= matched.equals(mapping.get(i).sourceProperty().get());
        }
        return unchanged && p.missing(t, Map.of()).isEmpty() ? Map.of() : chosenMapping();
    }

    /** How to import this file; only asked of a {@link State#READY} file. */
    ImportOptions options(boolean strict, boolean acceptUnknownKommune) {
        return ImportOptions.defaults().withStrict(strict).withAcceptUnknownKommune(acceptUnknownKommune)
                .withType(effectiveType().orElseThrow()).withMapping(mappingToSend());
    }
}
