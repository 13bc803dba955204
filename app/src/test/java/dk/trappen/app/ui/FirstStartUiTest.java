package dk.trappen.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.AppContext;
import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.common.FakeDialogService;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A first start with nothing imported opens on the bundled sample, clearly labelled as synthetic. */
class FirstStartUiTest extends FxRobot {

    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private javafx.application.Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void firstStartImportsAndLabelsTheSample() throws Exception {
        AppContext ctx = TestContexts.withSample(tmp);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new TrappenApplication(() -> ctx, window -> dialogs));
        String expected = "Eksempeldata — syntetiske data · Arbejdsmappe: " + ctx.sampleWorkspace().toAbsolutePath();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lookup("#status-bar").tryQueryAs(StatusBar.class)
                .map(b -> expected.equals(b.getText())).orElse(false));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(lookup("#sample-label").queryAs(Label.class).isVisible());
        assertTrue(Workspace.exists(ctx.sampleWorkspace()));
        assertTrue(ctx.preferences().lastWorkspace().isEmpty(), "the sample is not remembered as the user's own");
        clickOn("#nav-data");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, lookup("#import-log").queryAs(TableView.class).getItems().size(), "all seven sample files");
    }
}
