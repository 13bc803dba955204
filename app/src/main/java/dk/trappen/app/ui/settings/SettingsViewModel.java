package dk.trappen.app.ui.settings;

import dk.trappen.app.prefs.AppPreferences;
import dk.trappen.core.reference.Maalgruppe;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.figures.StaircaseRules;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings form: every "Decision:" of key-figures.md (kept in the workspace, so a workspace's
 * figures always follow its own settings) and the language (kept in the user's preferences).
 */
public final class SettingsViewModel {

    private final Workspace workspace;
    private final AppPreferences preferences;
    private final ReferenceData reference;

    private final ObservableList<String> targetGroups = FXCollections.observableArrayList();
    private final IntegerProperty threshold = new SimpleIntegerProperty();
    private final ObjectProperty<WorkspaceSettings.Nt121Variant> nt121 = new SimpleObjectProperty<>();
    private final ObjectProperty<StaircaseRules.HandlekommuneTie> tie = new SimpleObjectProperty<>();
    private final ObjectProperty<StaircaseRules.Nt8Scope> nt8 = new SimpleObjectProperty<>();
    private final ObjectProperty<StaircaseRules.DeathRule> deaths = new SimpleObjectProperty<>();
    private final ObjectProperty<StaircaseRules.KommuneChangeRule> kommuneChange = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkspaceSettings.WellbeingMeasurement> wellbeing = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();

    public SettingsViewModel(Workspace workspace, AppPreferences preferences, ReferenceData reference) {
        this.workspace = workspace;
        this.preferences = preferences;
        this.reference = reference;
        WorkspaceSettings s = WorkspaceSettings.load(workspace);
        targetGroups.setAll(s.targetGroups());
        threshold.set(s.discretionThreshold());
        nt121.set(s.nt121Variant());
        tie.set(s.staircaseRules().tie());
        nt8.set(s.staircaseRules().nt8());
        deaths.set(s.staircaseRules().deaths());
        kommuneChange.set(s.staircaseRules().kommuneChange());
        wellbeing.set(s.wellbeingMeasurement());
        language.set(preferences.language());
    }

    /** The målgrupper a user can tick, with their codes. */
    public List<Maalgruppe> maalgrupper() {
        return reference.maalgrupper();
    }

    public String workspaceLocation() {
        return workspace.directory().toString();
    }

    /** Saves; returns whether the workspace's figures change (so the screens recompute). */
    public boolean save() {
        WorkspaceSettings before = WorkspaceSettings.load(workspace);
        WorkspaceSettings after = new WorkspaceSettings(
                targetGroups.stream().distinct().sorted().collect(Collectors.toList()), threshold.get(), nt121.get(),
                new StaircaseRules(tie.get(), nt8.get(), deaths.get(), kommuneChange.get()), wellbeing.get());
        WorkspaceSettings.save(workspace, after);
        if (!language.get().getLanguage().equals(preferences.language().getLanguage())) {
            preferences.setLanguage(language.get());
        }
        return !after.equals(before);
    }

    /** Whether the language differs from the one the window was started in (it applies at the next start). */
    public boolean languageChanged(Locale running) {
        return !language.get().getLanguage().equals(running.getLanguage());
    }

    public ObservableList<String> targetGroups() {
        return targetGroups;
    }

    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<WorkspaceSettings.Nt121Variant> nt121Property() {
        return nt121;
    }

    public ObjectProperty<StaircaseRules.HandlekommuneTie> tieProperty() {
        return tie;
    }

    public ObjectProperty<StaircaseRules.Nt8Scope> nt8Property() {
        return nt8;
    }

    public ObjectProperty<StaircaseRules.DeathRule> deathsProperty() {
        return deaths;
    }

    public ObjectProperty<StaircaseRules.KommuneChangeRule> kommuneChangeProperty() {
        return kommuneChange;
    }

    public ObjectProperty<WorkspaceSettings.WellbeingMeasurement> wellbeingProperty() {
        return wellbeing;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }
}
