package dk.trappen.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.data.WizardFixtures;
import dk.trappen.app.ui.common.FakeDialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole workbench: the Data screen's wizard imports a file and the screen's import log shows it. */
class DataScreenUiTest extends FxRobot {

    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        AppContext ctx = WizardFixtures.withNewWorkspace(tmp);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new TrappenApplication(() -> ctx, window -> dialogs));
        String expected = "Arbejdsmappe: " + ctx.preferences().lastWorkspace().orElseThrow().toAbsolutePath();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#status-bar").tryQueryAs(StatusBar.class)
                .map(b -> expected.equals(b.getText())).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWizardImportsAFileIntoTheOpenWorkspaceAndTheLogShowsIt() throws Exception {
        clickOn("#nav-data");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> log = lookup("#import-log").queryAs(TableView.class);
        assertEquals(0, log.getItems().size());
        dialogs.fileAnswers.add(List.of(WizardFixtures.DOEDE));
        clickOn("#wizard-choose");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup("#wizard-import").query().isDisabled());
        clickOn("#wizard-import");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#wizard-report").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, log.getItems().size(), "the log reloads after the import");
        assertEquals(1, lookup("#wizard-report").queryAs(TableView.class).getItems().size());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
