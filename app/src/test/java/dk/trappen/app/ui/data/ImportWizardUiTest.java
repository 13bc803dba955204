package dk.trappen.app.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.AppContext;
import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.common.BackgroundTasks;
import dk.trappen.app.ui.common.FakeDialogService;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.importing.ImportPreview;
import dk.trappen.core.importing.ImportType;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard panel on a real workspace with real background threads (headless under Monocle):
 * a good file, refused files, a cancel that leaves the workspace as it was, and the rejected rows.
 */
class ImportWizardUiTest extends FxRobot {

    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final I18n i18n = new I18n(Locale.forLanguageTag("da"));
    private MainViewModel main;
    private DataViewModel vm;

    @BeforeEach
    void openWorkspace() throws Exception {
        AppContext ctx = WizardFixtures.withNewWorkspace(tmp);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            main = new MainViewModel(ctx, i18n, dialogs,
                    BackgroundTasks.standard(e -> dialogs.errors.add("uventet: " + e)));
            main.openInitialWorkspace();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.workspaceProperty().get() != null);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> main.close());
        FxToolkit.cleanupStages();
    }

    private void show(FileImporter importer) throws Exception {
        FxToolkit.setupStage(stage -> {
            vm = new DataViewModel(main, TestContexts.reference(), dialogs, i18n, importer);
            stage.setScene(new Scene(new javafx.scene.layout.VBox(new ImportWizardView(vm, i18n).root()), 1200, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path write(String name, String text) throws Exception {
        return WizardFixtures.write(tmp, name, text);
    }

    private void waitUntilEnabled(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(query).tryQuery()
                .map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
    }

    private void waitForReport() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.stepProperty().get() == WizardStep.REPORT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aGoodFileIsPreviewedAndImported() throws Exception {
        show(WizardFixtures.real());
        dialogs.fileAnswers.add(List.of(WizardFixtures.DOEDE));
        clickOn("#wizard-choose");
        waitUntilEnabled("#wizard-import");
        TableView<?> files = lookup("#wizard-files").queryAs(TableView.class);
        assertEquals(1, files.getItems().size());
        assertEquals("Klar til import som Dødsfald.", text("#wizard-file-message"));
        @SuppressWarnings("unchecked")
        TableView<List<String>> preview = lookup("#wizard-preview").queryAs(TableView.class);
        assertEquals(List.of("PNR", "DOEDSDATO"), preview.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(DataViewModel.PREVIEW_ROWS, preview.getItems().size());
        assertTrue(preview.getItems().stream().allMatch(r -> r.get(0).equals(ImportPreview.HIDDEN)),
                "no CPR number on screen");
        assertFalse(lookup("#wizard-mapping-box").query().isVisible(), "a recognised file needs no mapping");

        clickOn("#wizard-import");
        waitForReport();
        TableView<?> report = lookup("#wizard-report").queryAs(TableView.class);
        assertEquals(1, report.getItems().size());
        assertEquals("doede.csv: 192 læst, 192 gemt, 0 afvist, 0 dubletter.", text("#wizard-report-message"));
        assertEquals(1, main.importLog().size(), "the import log reloaded");
        assertTrue(lookup("#wizard-save-rejects").query().isDisabled(), "nothing was rejected");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        clickOn("#wizard-new");
        assertTrue(lookup("#wizard-choose").query().isVisible());
    }

    @Test
    void aFileThatIsNoDataIsRefusedWithItsMessageShown() throws Exception {
        show(WizardFixtures.real());
        dialogs.fileAnswers.add(List.of(write("noter.txt", "Hej med dig\nDette er ikke data\n")));
        clickOn("#wizard-choose");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#wizard-file-message").startsWith("Filen"));
        assertEquals("Filen noter.txt kan ikke genkendes som en af de kendte filtyper. Vælg filtypen, og angiv hvilke af "
                + "filens kolonner der svarer til typens kolonner. Fundne kolonner: Hej med dig.",
                text("#wizard-file-message"));
        assertTrue(lookup("#wizard-import").query().isDisabled());
        assertTrue(dialogs.errors.isEmpty(), "shown in the wizard, not in a dialog");
    }

    @Test
    void aFileTheImportRefusesShowsTheImportsMessageInTheReport() throws Exception {
        show(WizardFixtures.real());
        dialogs.fileAnswers.add(List.of(write("doede-fremtid.csv", "PNR;DOEDSDATO\n0101801234;2099-01-01\n")));
        clickOn("#wizard-choose");
        waitUntilEnabled("#wizard-import");
        clickOn("#wizard-import");
        waitForReport();
        assertTrue(text("#wizard-report-message").startsWith("Ingen rækker i filen doede-fremtid.csv kunne bruges "
                + "(1 afvist), så filen er afvist i sin helhed."), text("#wizard-report-message"));
        assertTrue(main.importLog().isEmpty());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void cancelLeavesTheWorkspaceUnchanged() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        // The import waits at its start until the test has clicked Cancel, then runs for real and
        // meets the cancelled token: no sleeps, no race with a fast machine.
        show((w, f, o, p, c) -> {
            started.countDown();
            try {
                cancelled.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return WizardFixtures.real().importFile(w, f, o, p, c);
        });
        Workspace ws = main.workspaceProperty().get();
        List<ImportLogEntry> logBefore = ws.importLog().entries();
        long versionBefore = ws.dataVersion();
        dialogs.fileAnswers.add(List.of(WizardFixtures.DOEDE));
        clickOn("#wizard-choose");
        waitUntilEnabled("#wizard-import");
        clickOn("#wizard-import");
        assertTrue(started.await(20, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#wizard-progress").query().isVisible());
        clickOn("#wizard-cancel");
        assertEquals("Annullerer …", lookup("#wizard-cancel").queryAs(Button.class).getText());
        cancelled.countDown();
        waitForReport();
        assertEquals("doede.csv: importen blev annulleret; intet fra filen er gemt.", text("#wizard-report-message"));
        assertEquals(logBefore, ws.importLog().entries());
        assertEquals(versionBefore, ws.dataVersion());
        assertEquals(0, WizardFixtures.count(ws, "death"));
        assertEquals(0, WizardFixtures.count(ws, "person_block"));
        assertTrue(main.importLog().isEmpty());
    }

    @Test
    void rejectedRowsAreTabledAndSavedAsCsv() throws Exception {
        show(WizardFixtures.real());
        dialogs.fileAnswers.add(List.of(write("doede.csv",
                "PNR;DOEDSDATO\n0101801234;2021-06-15\n0202024235;31-02-2021\n;2021-01-01\n")));
        clickOn("#wizard-choose");
        waitUntilEnabled("#wizard-import");
        clickOn("#wizard-import");
        waitForReport();
        TableView<?> rejects = lookup("#wizard-rejects").queryAs(TableView.class);
        assertEquals(2, rejects.getItems().size());
        assertEquals(new RejectLine("doede.csv", "linje 3", "DOEDSDATO", "31-02-2021",
                "er ikke en dato (brug fx 2024-12-31, 31-12-2024, 31.12.2024, 31DEC2024 eller 20241231)"),
                rejects.getItems().get(0));
        Path out = tmp.resolve("afviste.csv");
        dialogs.saveAnswers.add(out);
        clickOn("#wizard-save-rejects");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text("#wizard-save-status").isEmpty());
        assertEquals("2 afviste rækker gemt i " + out, text("#wizard-save-status"));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of("\uFEFFfil;linje;kolonne;vaerdi;regel",
                "doede.csv;3;DOEDSDATO;31-02-2021;\"doede.csv, linje 3, kolonne DOEDSDATO: værdien \"\"31-02-2021\"\" er "
                        + "ikke en dato (brug fx 2024-12-31, 31-12-2024, 31.12.2024, 31DEC2024 eller 20241231).\"",
                "doede.csv;4;PNR;;doede.csv, linje 4, kolonne PNR: personnummer eller borger-id mangler (værdien vises "
                        + "ikke, da det er et personnummer)."), lines);
    }

    @Test
    void anUnknownLayoutIsMappedInThePanel() throws Exception {
        show(WizardFixtures.real());
        dialogs.fileAnswers.add(List.of(write("egen.csv", "Person;Død den\n0101801234;2021-06-15\n")));
        clickOn("#wizard-choose");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.files().get(0).state() == WizardFile.State.NEEDS_TYPE);
        @SuppressWarnings("unchecked")
        ComboBox<TypeChoice> type = lookup("#wizard-type").queryAs(ComboBox.class);
        interact(() -> type.getSelectionModel().select(
                type.getItems().stream().filter(c -> c.type() == ImportType.DOEDE).findFirst().orElseThrow()));
        assertTrue(lookup("#wizard-mapping-box").query().isVisible());
        assertTrue(lookup("#wizard-import").query().isDisabled());
        select("#map-PNR", "Person");
        select("#map-DOEDSDATO", "Død den");
        assertEquals("Klar til import som Dødsfald med din kolonneoversættelse, som huskes til næste fil med samme "
                + "kolonner.", text("#wizard-file-message"));
        clickOn("#wizard-import");
        waitForReport();
        assertEquals("egen.csv: 1 læst, 1 gemt, 0 afvist, 0 dubletter.", text("#wizard-report-message"));
    }

    private void select(String query, String value) {
        @SuppressWarnings("unchecked")
        ComboBox<String> box = lookup(query).queryAs(ComboBox.class);
        interact(() -> box.getSelectionModel().select(value));
    }
}
