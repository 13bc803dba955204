package dk.trappen.app.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's state machine without a screen: synchronous background work, fake dialogs, a real workspace. */
class DataViewModelTest {

    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final I18n i18n = new I18n(Locale.forLanguageTag("da"));
    private MainViewModel main;
    private Workspace ws;

    @BeforeEach
    void open() {
        main = new MainViewModel(WizardFixtures.withNewWorkspace(tmp), i18n, dialogs, BackgroundTasks.synchronous(e -> dialogs.errors.add("uventet: " + e)));
        main.openInitialWorkspace();
        ws = main.workspaceProperty().get();
    }

    @AfterEach
    void close() {
        main.close();
    }

    private DataViewModel wizard(FileImporter importer) {
        return new DataViewModel(main, TestContexts.reference(), dialogs, i18n, importer);
    }

    private Path write(String name, String text) throws Exception {
        return WizardFixtures.write(tmp, name, text);
    }

    @Test
    void aGoodFileIsPreviewedImportedAndReported() throws Exception {
        DataViewModel vm = wizard(WizardFixtures.real());
        assertEquals(WizardStep.CHOOSE, vm.stepProperty().get());
        dialogs.fileAnswers.add(List.of(WizardFixtures.DOEDE));
        vm.chooseFiles();
        assertEquals(WizardStep.PREVIEW, vm.stepProperty().get());
        WizardFile f = vm.selectedFileProperty().get();
        assertEquals(WizardFile.State.READY, f.state());
        assertEquals("Dødsfald", f.typeTextProperty().get());
        assertEquals("Klar til import som Dødsfald.", f.messageProperty().get());
        assertFalse(f.mappingShownProperty().get(), "a recognised file needs no mapping");
        ImportPreview p = f.previewProperty().get();
        assertEquals(List.of("PNR", "DOEDSDATO"), p.header());
        assertEquals(List.of(ImportPreview.HIDDEN, "2023-11-28"), p.rows().get(0), "the first row, its CPR hidden");
        assertTrue(vm.canImportProperty().get());

        vm.startImport();
        assertEquals(WizardStep.REPORT, vm.stepProperty().get());
        FileOutcome o = vm.outcomes().get(0);
        // 193 lines: the header and 192 deaths, all valid.
        assertEquals(List.of("doede.csv", "Dødsfald", "192", "192", "0", "0", "Importeret"),
                List.of(o.fileName(), o.type(), o.read(), o.stored(), o.rejected(), o.duplicates(), o.result()));
        ImportLogEntry logged = ws.importLog().entries().get(0);
        assertEquals(192, logged.rowsStored());
        assertEquals(1, main.importLog().size(), "the log on screen was reloaded");
        assertEquals(1, main.dataChangesProperty().get(), "the analysis screens were told");
        assertEquals("Ingen rækker blev afvist.", vm.rejectsNoteProperty().get());
        assertFalse(vm.canSaveRejectsProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        vm.newImport();
        assertEquals(WizardStep.CHOOSE, vm.stepProperty().get());
        assertTrue(vm.files().isEmpty() && vm.outcomes().isEmpty());
    }

    @Test
    void anUnknownLayoutIsImportedThroughAMappingThatIsRemembered() throws Exception {
        DataViewModel vm = wizard(WizardFixtures.real());
        String text = "Person;Død den\n0101801234;2021-06-15\n0202024235;2022-01-31\n";
        vm.addFiles(List.of(write("egen.csv", text)));
        WizardFile f = vm.selectedFileProperty().get();
        assertEquals(WizardFile.State.NEEDS_TYPE, f.state());
        assertEquals("Vælg filtype", f.statusTextProperty().get());
        assertTrue(f.messageProperty().get().startsWith("Filen egen.csv kan ikke genkendes"), f.messageProperty().get());
        assertFalse(vm.canImportProperty().get());

        f.typeChoiceProperty().set(vm.typeChoices().stream().filter(c -> c.type() == ImportType.DOEDE).findFirst()
                .orElseThrow());
        assertEquals(WizardFile.State.NEEDS_MAPPING, f.state());
        assertTrue(f.mappingShownProperty().get());
        assertEquals(List.of("PNR", "DOEDSDATO"), f.mapping().stream().map(MappingRow::column).toList());
        assertEquals("Filen mangler kolonnen/kolonnerne PNR, DOEDSDATO for at kunne importeres som Dødsfald. Vælg under "
                + "Kolonner, hvilke af filens kolonner der svarer til dem.", f.messageProperty().get());
        f.mapping().get(0).sourceProperty().set("Person");
        assertEquals(WizardFile.State.NEEDS_MAPPING, f.state(), "DOEDSDATO is still missing");
        f.mapping().get(1).sourceProperty().set("Død den");
        assertEquals(WizardFile.State.READY, f.state());
        assertTrue(vm.canImportProperty().get());

        vm.startImport();
        assertEquals("2", vm.outcomes().get(0).stored());
        vm.newImport();
        vm.addFiles(List.of(write("egen2.csv", text + "0303031236;2023-03-03\n")));
        WizardFile next = vm.selectedFileProperty().get();
        assertEquals(WizardFile.State.READY, next.state(), "the layout is known now");
        assertEquals("Dødsfald", next.typeTextProperty().get());
    }

    @Test
    void refusedFilesAreReportedWithTheirDanishMessageAndNoDialog() throws Exception {
        DataViewModel vm = wizard(WizardFixtures.real());
        Path garbage = write("noter.txt", "Hej med dig\nDette er ikke data\n");
        Path allBad = write("doede-fremtid.csv", "PNR;DOEDSDATO\n0101801234;2099-01-01\n");
        vm.addFiles(List.of(garbage, allBad, WizardFixtures.DOEDE));
        assertEquals(List.of(WizardFile.State.NEEDS_TYPE, WizardFile.State.READY, WizardFile.State.READY),
                vm.files().stream().map(WizardFile::state).toList());
        vm.startImport();
        List<FileOutcome> out = vm.outcomes();
        assertEquals(List.of("Ikke importeret", "Afvist", "Importeret"), out.stream().map(FileOutcome::result).toList());
        assertTrue(out.get(0).message().startsWith("noter.txt blev ikke importeret. Filen noter.txt kan ikke genkendes"),
                out.get(0).message());
        assertTrue(out.get(1).message().startsWith("Ingen rækker i filen doede-fremtid.csv kunne bruges"),
                out.get(1).message());
        assertEquals(1, ws.importLog().entries().size(), "only the good file");
        assertTrue(dialogs.errors.isEmpty(), "a refused file is no dialog: " + dialogs.errors);
    }

    @Test
    void cancelRollsBackTheRunningFileAndSkipsTheRest() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DataViewModel[] vm = new DataViewModel[1];
        FileImporter cancelOnSecond = (w, f, o, p, c) -> {
            if (calls.incrementAndGet() == 2) {
                vm[0].cancelImport(); // as if the user clicked while the second file was being read
            }
            return WizardFixtures.real().importFile(w, f, o, p, c);
        };
        vm[0] = wizard(cancelOnSecond);
        Path befolkning = Path.of("..", "samples", "small", "befolkning.csv");
        Path regnskab = Path.of("..", "samples", "small", "regnskab.csv");
        vm[0].addFiles(List.of(WizardFixtures.DOEDE, befolkning, regnskab));
        vm[0].startImport();
        assertEquals(WizardStep.REPORT, vm[0].stepProperty().get());
        assertEquals(List.of("Importeret", "Annulleret", "Ikke importeret"),
                vm[0].outcomes().stream().map(FileOutcome::result).toList());
        assertEquals("befolkning.csv: importen blev annulleret; intet fra filen er gemt.",
                vm[0].outcomes().get(1).message());
        assertEquals(List.of("doede"), ws.importLog().entries().stream().map(ImportLogEntry::fileType).toList());
        assertEquals(0, count("population"), "the cancelled file left nothing");
        assertEquals(0, count("account_line"));
        assertEquals(192, count("death"));
        assertEquals(2, calls.get(), "the third file was never started");
    }

    @Test
    void cancellingTheOnlyFileLeavesTheWorkspaceAsItWas() throws Exception {
        DataViewModel[] vm = new DataViewModel[1];
        vm[0] = wizard((w, f, o, p, c) -> {
            vm[0].cancelImport();
            return WizardFixtures.real().importFile(w, f, o, p, c);
        });
        vm[0].addFiles(List.of(WizardFixtures.DOEDE));
        long version = ws.dataVersion();
        vm[0].startImport();
        assertEquals("Annulleret", vm[0].outcomes().get(0).result());
        assertTrue(ws.importLog().entries().isEmpty());
        assertEquals(0, count("death"));
        assertEquals(version, ws.dataVersion());
        assertEquals(0, main.dataChangesProperty().get(), "nothing changed, nothing to recompute");
    }

    @Test
    void rejectedRowsAreListedAndSavedAsCsv() throws Exception {
        DataViewModel vm = wizard(WizardFixtures.real());
        Path f = write("doede.csv", "PNR;DOEDSDATO\n0101801234;2021-06-15\n0202024235;31-02-2021\n;2021-01-01\n");
        vm.addFiles(List.of(f));
        vm.startImport();
        assertEquals("1", vm.outcomes().get(0).stored());
        assertEquals("2", vm.outcomes().get(0).rejected());
        assertEquals(List.of(
                new RejectLine("doede.csv", "linje 3", "DOEDSDATO", "31-02-2021",
                        "er ikke en dato (brug fx 2024-12-31, 31-12-2024, 31.12.2024, 31DEC2024 eller 20241231)"),
                new RejectLine("doede.csv", "linje 4", "PNR", "(vises ikke)", "personnummer eller borger-id mangler")),
                vm.rejects());
        assertEquals("2 afviste rækker.", vm.rejectsNoteProperty().get());
        assertTrue(vm.canSaveRejectsProperty().get());

        Path out = tmp.resolve("afviste.csv");
        dialogs.saveAnswers.add(out);
        vm.saveRejects();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFfil;linje;kolonne;vaerdi;regel", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("doede.csv;3;DOEDSDATO;31-02-2021;"), lines.get(1));
        assertEquals("2 afviste rækker gemt i " + out, vm.saveStatusProperty().get());
    }

    @Test
    void withoutAWorkspaceNothingCanBeChosen() {
        main.close();
        main = new MainViewModel(TestContexts.inFolder(tmp.resolve("tom")), i18n, dialogs,
                BackgroundTasks.synchronous(e -> dialogs.errors.add("uventet: " + e)));
        DataViewModel vm = wizard(WizardFixtures.real());
        assertFalse(vm.canChooseProperty().get());
        vm.addFiles(List.of(WizardFixtures.DOEDE));
        assertTrue(vm.files().isEmpty());
    }

    @Test
    void theSameFileIsListedOnceAndRemovingTheLastReturnsToChoosing() {
        DataViewModel vm = wizard(WizardFixtures.real());
        vm.addFiles(List.of(WizardFixtures.DOEDE, WizardFixtures.DOEDE));
        vm.addFiles(List.of(WizardFixtures.DOEDE));
        assertEquals(1, vm.files().size());
        vm.removeSelected();
        assertEquals(WizardStep.CHOOSE, vm.stepProperty().get());
        assertFalse(vm.canImportProperty().get());
    }

    private long count(String table) throws Exception {
        return WizardFixtures.count(ws, table);
    }
}
