package dk.trappen.app.ui.data;

import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.common.BackgroundTasks;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.DanishDates;
import dk.trappen.core.TrappenException;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportReport;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.importing.RejectedRow;
import dk.trappen.core.importing.RejectsCsv;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Data screen's import wizard: choose files → preview and type → column mapping where
 * needed → import in the background (progress, cancel) → report with the rejected rows. Each
 * file is its own all-or-nothing import; a cancel rolls back the file being imported and skips
 * the rest. Never touches a Node.
 */
public final class DataViewModel {

    /** Rows shown in a file's preview. */
    static final int PREVIEW_ROWS = 10;
    /** The progress of one file in units of the whole run (core reports bytes or rows). */
    private static final long PER_FILE = 1000;
    private static final DateTimeFormatter DATE = DanishDates.DATE;

    private final MainViewModel main;
    private final ReferenceData reference;
    private final DialogService dialogs;
    private final I18n i18n;
    private final FileImporter importer;
    private final BackgroundTasks tasks;
    private final NumberFormat count;
    private final List<TypeChoice> typeChoices;

    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.CHOOSE);
    private final ObservableList<WizardFile> files = FXCollections.observableArrayList();
    private final ObjectProperty<WizardFile> selectedFile = new SimpleObjectProperty<>();
    private final BooleanProperty strict = new SimpleBooleanProperty(false);
    private final BooleanProperty acceptUnknownKommune = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<RejectLine> rejects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rejectsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSaveRejects = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final BooleanBinding canChoose;
    /** The import under way, or null. */
    private Run running;

    public DataViewModel(MainViewModel main, ReferenceData reference, DialogService dialogs, I18n i18n,
            FileImporter importer) {
        this.main = main;
        this.reference = reference;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.importer = importer;
        this.tasks = main.tasks();
        this.count = NumberFormat.getIntegerInstance(i18n.locale());
        this.typeChoices = TypeChoice.all(i18n);
        canChoose = main.workspaceProperty().isNotNull()
                .and(step.isEqualTo(WizardStep.CHOOSE).or(step.isEqualTo(WizardStep.PREVIEW)));
    }

    /** The wizard of the workbench: core's import service on the open workspace. */
    public static DataViewModel standard(MainViewModel main, I18n i18n) {
        ReferenceData reference = main.reference();
        return new DataViewModel(main, reference, main.dialogs(), i18n, (ws, file, options, progress, cancel) ->
                new ImportService(ws, reference, Clock.systemDefaultZone()).importFile(file, options, progress, cancel));
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<WizardFile> files() {
        return files;
    }

    public ObjectProperty<WizardFile> selectedFileProperty() {
        return selectedFile;
    }

    public List<TypeChoice> typeChoices() {
        return typeChoices;
    }

    /** Refuse a whole file when any row breaks a rule. */
    public BooleanProperty strictProperty() {
        return strict;
    }

    /** Store kommunekoder that are no current kommune (with a warning). */
    public BooleanProperty acceptUnknownKommuneProperty() {
        return acceptUnknownKommune;
    }

    /** A workspace is open and no import runs: files can be chosen or dropped. */
    public BooleanBinding canChooseProperty() {
        return canChoose;
    }

    /** Every file is read and at least one can be imported. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** 0–1 over all files, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return tasks.messageProperty();
    }

    /** Cancel was asked for; the running file is being rolled back. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ObservableList<FileOutcome> outcomes() {
        return outcomes;
    }

    public ObservableList<RejectLine> rejects() {
        return rejects;
    }

    /** How many rejected rows there are and how many the table shows. */
    public ReadOnlyStringProperty rejectsNoteProperty() {
        return rejectsNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveRejectsProperty() {
        return canSaveRejects.getReadOnlyProperty();
    }

    /** Where the rejected rows were saved. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** "Vælg filer…": adds the chosen files. */
    public void chooseFiles() {
        List<Path> chosen = dialogs.chooseFiles(i18n.text("wizard.choose.title"), null,
                i18n.text("wizard.choose.filter"), "*.csv", "*.txt", "*.tsv", "*.xlsx");
        addFiles(chosen);
    }

    /** Adds files (chosen or dropped) and reads a preview of each in the background. */
    public void addFiles(List<Path> paths) {
        Workspace ws = main.workspaceProperty().get();
        if (!canChoose.get() || ws == null) {
            return;
        }
        WizardFile first = null;
        for (Path path : paths) {
            if (files.stream().anyMatch(f -> f.path().equals(path))) {
                continue;
            }
            WizardFile file = new WizardFile(path, i18n, typeChoices.get(0), this::updateCanImport);
            files.add(file);
            first = first == null ? file : first;
            tasks.work(i18n.text("wizard.task.preview", file.name()), (progress, cancel) ->
                    new ImportService(ws, reference, Clock.systemDefaultZone()).preview(path, PREVIEW_ROWS))
                    .onSuccess(file::previewLoaded)
                    .onError(e -> file.previewFailed(main.userMessage(e)))
                    .start();
        }
        if (first != null) {
            step.set(WizardStep.PREVIEW);
            selectedFile.set(first);
        }
        updateCanImport();
    }

    public void removeSelected() {
        WizardFile f = selectedFile.get();
        if (f != null && step.get() == WizardStep.PREVIEW) {
            int i = files.indexOf(f);
            files.remove(f);
            selectedFile.set(files.isEmpty() ? null : files.get(Math.min(i, files.size() - 1)));
            afterRemoval();
        }
    }

    /** Empties the wizard: back to choosing files. */
    public void clear() {
        if (step.get() != WizardStep.IMPORTING) {
            files.clear();
            selectedFile.set(null);
            outcomes.clear();
            rejects.clear();
            rejectsNote.set("");
            saveStatus.set("");
            canSaveRejects.set(false);
            afterRemoval();
        }
    }

    private void afterRemoval() {
        if (files.isEmpty()) {
            step.set(WizardStep.CHOOSE);
        }
        updateCanImport();
    }

    private void updateCanImport() {
        canImport.set(step.get() == WizardStep.PREVIEW
                && files.stream().noneMatch(f -> f.state() == WizardFile.State.READING)
                && files.stream().anyMatch(f -> f.state() == WizardFile.State.READY));
    }

    /** Imports the ready files one after another in the background; the others are reported as not imported. */
    public void startImport() {
        Workspace ws = main.workspaceProperty().get();
        if (!canImport.get() || ws == null) {
            return;
        }
        List<WizardFile> all = List.copyOf(files);
        List<Job> jobs = new ArrayList<>();
        for (WizardFile f : all) {
            if (f.state() == WizardFile.State.READY) {
                jobs.add(new Job(f, f.options(strict.get(), acceptUnknownKommune.get())));
            }
        }
        Run run = new Run();
        step.set(WizardStep.IMPORTING);
        canImport.set(false);
        cancelling.set(false);
        running = run;
        run.handle = tasks.work(i18n.text("wizard.task.import"), (progress, cancel) -> {
            run.token = cancel;
            for (int i = 0; i < jobs.size(); i++) {
                cancel.check();
                Job job = jobs.get(i);
                run.current = job.file();
                long base = i * PER_FILE;
                long units = jobs.size() * PER_FILE;
                int number = i + 1;
                progress.progress(base, units, i18n.text("wizard.progress.file", number, jobs.size(), job.file().name()));
                // Core tells how far into this file it is (and how many rows it has read); shown as part of the whole.
                // A workbook's size says nothing of its rows: the bar then runs without an end, the rows counting.
                ProgressListener scaled = (done, total, text) -> progress.progress(
                        total > 0 ? base + Math.min(PER_FILE, done * PER_FILE / total) : 0, total > 0 ? units : -1,
                        i18n.text("wizard.progress.file", number, jobs.size(), text));
                run.done.put(job.file(), importOne(ws, job, scaled, cancel));
            }
            return run;
        }).onSuccess(r -> finish(all, r, false))
                .onCancelled(() -> finish(all, run, true))
                .onError(e -> {
                    // Only a failure outside the files' own imports comes here; each file's is in its outcome.
                    dialogs.showError(i18n.text("wizard.error.title"), main.userMessage(e), e);
                    finish(all, run, true);
                })
                .start();
    }

    private Outcome importOne(Workspace ws, Job job, ProgressListener progress,
            CancellationToken cancel) {
        try {
            return new Outcome(importer.importFile(ws, job.file().path(), job.options(), progress, cancel), null, null);
        } catch (CancelledException e) {
            throw e;
        } catch (TrappenException e) {
            return new Outcome(null, e.message(i18n.locale()), null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, e);
        }
    }

    /** Asks the running import to stop; the file it is on is rolled back, the files after it are skipped. */
    public void cancelImport() {
        Run run = running;
        if (run != null && step.get() == WizardStep.IMPORTING) {
            cancelling.set(true);
            run.cancel();
        }
    }

    private void finish(List<WizardFile> all, Run run, boolean stopped) {
        running = null;
        cancelling.set(false);
        List<FileOutcome> lines = new ArrayList<>();
        List<RejectLine> rejected = new ArrayList<>();
        Throwable unexpected = null;
        boolean anyLogged = false;
        long total = 0;
        for (WizardFile f : all) {
            Outcome o = run.done.get(f);
            String type = f.typeTextProperty().get();
            if (o != null && o.report() != null) {
                lines.add(reported(f, o.report()));
                anyLogged = true;
                total += o.report().rowsRejected();
                for (RejectedRow r : o.report().rejects()) {
                    rejected.add(new RejectLine(f.name(), r.where(), r.column() == null ? "" : r.column(),
                            r.value() != null ? r.value() : r.column() == null ? "" : i18n.text("wizard.rejects.hidden"),
                            r.rule()));
                }
            } else if (o != null && o.refused() != null) {
                lines.add(FileOutcome.notImported(f.name(), type, i18n.text("wizard.result.refused"), o.refused()));
            } else if (o != null) {
                unexpected = unexpected == null ? o.error() : unexpected;
                lines.add(FileOutcome.notImported(f.name(), type, i18n.text("wizard.result.failed"),
                        i18n.text("wizard.outcome.failed", f.name())));
            } else if (f.state() != WizardFile.State.READY) {
                lines.add(FileOutcome.notImported(f.name(), type, i18n.text("wizard.result.skipped"),
                        i18n.text("wizard.outcome.skipped", f.name(), f.messageProperty().get())));
            } else if (stopped && f == run.current) {
                lines.add(FileOutcome.notImported(f.name(), type, i18n.text("wizard.result.cancelled"),
                        i18n.text("wizard.outcome.cancelled", f.name())));
            } else {
                lines.add(FileOutcome.notImported(f.name(), type, i18n.text("wizard.result.skipped"),
                        i18n.text("wizard.outcome.notReached", f.name())));
            }
        }
        outcomes.setAll(lines);
        rejects.setAll(rejected);
        rejectsNote.set(total == 0 ? i18n.text("wizard.rejects.none")
                : rejected.size() < total ? i18n.text("wizard.rejects.some", count.format(rejected.size()), count.format(total))
                : i18n.text("wizard.rejects.all", total, count.format(total)));
        canSaveRejects.set(total > 0);
        saveStatus.set("");
        step.set(WizardStep.REPORT);
        if (anyLogged) {
            main.dataChanged();
        }
        if (unexpected != null) {
            dialogs.showError(i18n.text("wizard.error.title"), i18n.text("error.unexpected"), unexpected);
        }
    }

    private FileOutcome reported(WizardFile f, ImportReport r) {
        String type = TypeChoice.label(r.type(), i18n);
        String period = r.periodFrom() == null ? "" : DATE.format(r.periodFrom()) + " – " + DATE.format(r.periodTo());
        if (r.duplicateOfImport() > 0) {
            return new FileOutcome(f.name(), type, count.format(r.rowsRead()), "0", "0", count.format(r.rowsDuplicate()),
                    period, i18n.text("wizard.result.duplicate"),
                    i18n.text("wizard.outcome.duplicate", f.name(), r.duplicateOfImport()), r.importId(), 0, List.of());
        }
        StringBuilder text = new StringBuilder(i18n.text("wizard.outcome.imported", f.name(), count.format(r.rowsRead()),
                count.format(r.rowsStored()), count.format(r.rowsRejected()), count.format(r.rowsDuplicate())));
        r.warnings().forEach((warning, rows) -> text.append(' ')
                .append(i18n.text("wizard.outcome.warning", warning, rows, count.format(rows))));
        return new FileOutcome(f.name(), type, count.format(r.rowsRead()), count.format(r.rowsStored()),
                count.format(r.rowsRejected()), count.format(r.rowsDuplicate()), period,
                i18n.text("wizard.result.imported"), text.toString(), r.importId(), r.rowsRejected(), r.rejects());
    }

    /** "Gem afviste rækker som CSV…": every rejected row of the imported files, kept in the workspace. */
    public void saveRejects() {
        Workspace ws = main.workspaceProperty().get();
        if (!canSaveRejects.get() || ws == null) {
            return;
        }
        Map<Long, String> imports = new LinkedHashMap<>();
        outcomes.stream().filter(o -> o.rejectedCount() > 0).forEach(o -> imports.put(o.importId(), o.fileName()));
        dialogs.chooseSaveFile(i18n.text("wizard.save.title"), null, i18n.text("wizard.save.name"),
                i18n.text("wizard.save.filter"), "*.csv").ifPresent(out ->
                tasks.work(i18n.text("wizard.task.save"), (progress, cancel) -> RejectsCsv.write(ws, imports, out))
                        .onSuccess(n -> saveStatus.set(i18n.text("wizard.save.done", n, count.format(n), out)))
                        .onError(e -> dialogs.showError(i18n.text("wizard.save.error"), main.userMessage(e), e))
                        .start());
    }

    /** From the report: start over with new files. */
    public void newImport() {
        clear();
    }

    private record Job(WizardFile file, ImportOptions options) {
    }

    /** One file's end: a report, or the Danish reason it was refused, or an unexpected failure. */
    private record Outcome(ImportReport report, String refused, Throwable error) {
    }

    /** What the background work has done so far; read on the FX thread after it ends. */
    private static final class Run {
        final Map<WizardFile, Outcome> done = Collections.synchronizedMap(new LinkedHashMap<>());
        volatile WizardFile current;
        /** The work's own token, known once it runs (before start() returns when tasks run synchronously). */
        volatile CancellationToken token;
        volatile BackgroundTasks.Handle handle;

        void cancel() {
            if (token != null) {
                token.cancel();
            }
            if (handle != null) {
                handle.cancel();
            }
        }
    }
}
