package dk.trappen.app.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import dk.trappen.app.prefs.AppPreferences;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import dk.trappen.core.figures.WorkspaceSettings.WellbeingMeasurement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings form's view model, without a screen: it loads and saves the workspace's settings. */
class SettingsViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void theWellbeingMeasurementRuleIsLoadedAndSavedAndChangesTheFigures() {
        AppPreferences prefs = new AppPreferences(tmp.resolve("indstillinger.properties"));
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            SettingsViewModel vm = new SettingsViewModel(ws, prefs, TestContexts.reference());
            assertEquals(WellbeingMeasurement.PER_INSTRUMENT, vm.wellbeingProperty().get(), "§7's decision by default");
            assertFalse(vm.save(), "nothing changed");

            vm.wellbeingProperty().set(WellbeingMeasurement.LATEST_ROW);
            assertTrue(vm.save(), "the rule changes the figures");
            WorkspaceSettings saved = WorkspaceSettings.load(ws);
            assertEquals(WellbeingMeasurement.LATEST_ROW, saved.wellbeingMeasurement());
            assertEquals(WorkspaceSettings.defaults().nt121Variant(), saved.nt121Variant(), "the other settings stay");

            SettingsViewModel again = new SettingsViewModel(ws, prefs, TestContexts.reference());
            assertEquals(WellbeingMeasurement.LATEST_ROW, again.wellbeingProperty().get());
        }
    }
}
