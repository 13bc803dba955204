package dk.trappen.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.AppContext;
import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.common.BackgroundTasks;
import dk.trappen.app.ui.common.FakeDialogService;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view model without a screen: synchronous background work, fake dialogs. */
class MainViewModelTest {

    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private MainViewModel vm;

    private MainViewModel create(AppContext ctx) {
        vm = new MainViewModel(ctx, new I18n(Locale.forLanguageTag("da")), dialogs,
                BackgroundTasks.synchronous(e -> dialogs.errors.add("uventet: " + e)));
        return vm;
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void opensTheLastWorkspaceUsed() {
        Path dir = tmp.resolve("sidst");
        Workspace.create(dir).close();
        AppContext ctx = TestContexts.inFolder(tmp);
        ctx.preferences().setLastWorkspace(dir);
        create(ctx).openInitialWorkspace();
        assertEquals(dir.toAbsolutePath(), vm.workspaceProperty().get().directory());
        assertEquals("Arbejdsmappe: " + dir.toAbsolutePath(), vm.statusTextProperty().get());
    }

    @Test
    void newWorkspaceCreatesAndRemembersIt() {
        AppContext ctx = TestContexts.inFolder(tmp);
        create(ctx);
        Path dir = tmp.resolve("ny");
        dialogs.directoryAnswers.add(dir);
        vm.newWorkspace();
        assertTrue(Workspace.exists(dir));
        assertEquals(dir.toAbsolutePath(), vm.workspaceProperty().get().directory());
        assertEquals(dir.toAbsolutePath(), ctx.preferences().lastWorkspace().orElseThrow());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void switchingClosesThePreviousWorkspace() {
        create(TestContexts.inFolder(tmp));
        dialogs.directoryAnswers.add(tmp.resolve("a"));
        vm.newWorkspace();
        Workspace first = vm.workspaceProperty().get();
        dialogs.directoryAnswers.add(tmp.resolve("b"));
        vm.newWorkspace();
        assertNotNull(vm.workspaceProperty().get());
        // The first one was released: it can be opened again by someone else.
        Workspace.open(first.directory()).close();
    }

    @Test
    void openingAFolderWithoutWorkspaceShowsADanishError() {
        create(TestContexts.inFolder(tmp));
        dialogs.directoryAnswers.add(tmp);
        vm.openWorkspace();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Der er ingen Trappen-arbejdsmappe i"), dialogs.errors.get(0));
        assertEquals("Ingen arbejdsmappe åben", vm.statusTextProperty().get());
    }

    @Test
    void cancellingTheChooserChangesNothing() {
        create(TestContexts.inFolder(tmp));
        vm.openWorkspace();
        assertEquals(null, vm.workspaceProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void startsOnTheOverviewAndNavigates() {
        create(TestContexts.inFolder(tmp));
        assertSame(Screen.OVERBLIK, vm.selectedScreenProperty().get());
        vm.selectedScreenProperty().set(Screen.OEKONOMI);
        assertSame(Screen.OEKONOMI, vm.selectedScreenProperty().get());
        assertEquals(11, vm.screens().size());
    }
}
