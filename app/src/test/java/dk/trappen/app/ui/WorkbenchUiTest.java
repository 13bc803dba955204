package dk.trappen.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.AppContext;
import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.common.FakeDialogService;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real workbench (headless under Monocle in CI) and walks through every screen. */
class WorkbenchUiTest extends FxRobot {

    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final I18n i18n = new I18n(Locale.forLanguageTag("da"));
    private Path workspace;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        workspace = tmp.resolve("arbejdsmappe");
        Workspace.create(workspace).close();
        AppContext ctx = TestContexts.inFolder(tmp);
        ctx.preferences().setLastWorkspace(workspace);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new TrappenApplication(() -> ctx, window -> dialogs));
        waitForStatus("Arbejdsmappe: " + workspace.toAbsolutePath());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void windowIsTitledTrappenAndShowsTheWorkspace() {
        Stage stage = (Stage) window("Trappen");
        assertEquals("Trappen", stage.getTitle());
        assertEquals("Arbejdsmappe: " + workspace.toAbsolutePath(), lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    @Test
    void everyScreenCanBeReachedFromTheNavigation() {
        for (Screen screen : Screen.values()) {
            clickOn("#nav-" + screen.name().toLowerCase(Locale.ROOT));
            WaitForAsyncUtils.waitForFxEvents();
            Label title = lookup("#screen-title").queryAs(Label.class);
            assertEquals(i18n.text(screen.key()), title.getText(), "screen " + screen);
        }
    }

    @Test
    void anEmptyWorkspaceSaysWhereToImport() throws Exception {
        clickOn("#nav-indsatstrappen");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#empty-message").match(javafx.scene.Node::isVisible)
                .tryQueryAs(Label.class).map(l -> l.getText().equals(i18n.text("analysis.noData"))).orElse(false));
    }

    @Test
    void fileMenuCreatesANewWorkspace() throws Exception {
        Path fresh = tmp.resolve("ny-mappe");
        dialogs.directoryAnswers.add(fresh);
        clickOn("#menu-file");
        clickOn(i18n.text("menu.file.new"));
        waitForStatus("Arbejdsmappe: " + fresh.toAbsolutePath());
        assertTrue(Workspace.exists(fresh));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private void waitForStatus(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#status-bar").tryQueryAs(StatusBar.class)
                .map(b -> expected.equals(b.getText())).orElse(false));
    }
}
