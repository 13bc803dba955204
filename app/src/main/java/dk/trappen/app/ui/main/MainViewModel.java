package dk.trappen.app.ui.main;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.common.BackgroundTasks;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.core.TrappenException;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state and actions: which screen is shown, which workspace is open, and the
 * File menu's workspace actions. Never touches a Node.
 */
public final class MainViewModel implements AutoCloseable {

    private final AppContext context;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(Screen.OVERBLIK);
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ImportLogEntry> importLog = FXCollections.observableArrayList();
    /** Bumped whenever the open workspace's data change (an import); the analysis screens recompute. */
    private final javafx.beans.property.ReadOnlyLongWrapper dataChanges = new javafx.beans.property.ReadOnlyLongWrapper();

    public MainViewModel(AppContext context, I18n i18n, DialogService dialogs, BackgroundTasks tasks) {
        this.context = context;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.tasks = tasks;
        statusText.set(i18n.text("status.noWorkspace"));
    }

    public ObjectProperty<Screen> selectedScreenProperty() {
        return selectedScreen;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ObservableList<ImportLogEntry> importLog() {
        return importLog;
    }

    public List<Screen> screens() {
        return List.of(Screen.values());
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    /**
     * At start: the last workspace used; on a first start the bundled sample (imported once into a
     * workspace of its own, clearly labelled); without a sample the default workspace.
     */
    public void openInitialWorkspace() {
        Optional<Path> last = context.preferences().lastWorkspace().filter(Workspace::exists);
        if (last.isPresent()) {
            switchTo(i18n.text("task.openWorkspace"), last.get(), Workspace::open);
        } else if (Workspace.exists(context.sampleWorkspace())) {
            switchTo(i18n.text("task.openWorkspace"), context.sampleWorkspace(), Workspace::open);
        } else if (context.sampleDir().isPresent()) {
            openNewSample(context.sampleDir().get());
        } else {
            switchTo(i18n.text("task.openWorkspace"), context.defaultWorkspace(), Workspace::openOrCreate);
        }
    }

    /** Imports the sample into a folder beside the target and moves it in place only when whole. */
    private void openNewSample(Path sampleFiles) {
        Path target = context.sampleWorkspace();
        tasks.work(i18n.text("task.importSample"), (progress, cancel) -> {
            Path building = target.resolveSibling(target.getFileName() + ".under-import");
            deleteRecursively(building);
            try (Workspace ws = Workspace.create(building)) {
                ImportService service = new ImportService(ws, context.reference(), Clock.systemDefaultZone());
                List<Path> files;
                try (Stream<Path> list = Files.list(sampleFiles)) {
                    files = list.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx"))
                            .sorted().collect(Collectors.toList());
                }
                for (Path f : files) {
                    service.importFile(f, ImportOptions.defaults(), progress, cancel);
                }
            }
            Files.move(building, target);
            Workspace opened = Workspace.open(target);
            return new Opened(opened, opened.importLog().entries());
        }).onSuccess(this::opened)
                .onError(e -> dialogs.showError(i18n.text("error.workspace.title"), userMessage(e), e)).start();
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** True while the open workspace is the bundled synthetic sample. */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** File ▸ Ny arbejdsmappe… */
    public void newWorkspace() {
        dialogs.chooseDirectory(i18n.text("menu.file.new.chooser"), currentDirectoryParent())
                .ifPresent(dir -> switchTo(i18n.text("task.createWorkspace"), dir, Workspace::create));
    }

    /** File ▸ Åbn arbejdsmappe… */
    public void openWorkspace() {
        dialogs.chooseDirectory(i18n.text("menu.file.open.chooser"), currentDirectoryParent())
                .ifPresent(dir -> switchTo(i18n.text("task.openWorkspace"), dir, Workspace::open));
    }

    private Path currentDirectoryParent() {
        Workspace ws = workspace.get();
        return ws == null ? null : ws.directory().getParent();
    }

    private void switchTo(String title, Path dir, Function<Path, Workspace> opener) {
        // The open workspace is released first: H2 allows one owner per database file.
        Workspace old = workspace.get();
        if (old != null && old.directory().equals(dir.toAbsolutePath().normalize())) {
            return;
        }
        tasks.work(title, (progress, cancel) -> {
            Workspace opened = opener.apply(dir);
            return new Opened(opened, opened.importLog().entries());
        }).onSuccess(this::opened)
                .onError(e -> dialogs.showError(i18n.text("error.workspace.title"), userMessage(e), e)).start();
    }

    private void opened(Opened o) {
        setWorkspace(o.workspace());
        importLog.setAll(o.log());
        // The sample is never remembered as the user's own workspace.
        if (!sample.get()) {
            context.preferences().setLastWorkspace(o.workspace().directory());
        }
    }

    private void setWorkspace(Workspace ws) {
        Workspace old = workspace.get();
        workspace.set(ws);
        sample.set(ws.directory().equals(context.sampleWorkspace().toAbsolutePath().normalize()));
        statusText.set(sample.get() ? i18n.text("status.sampleWorkspace", ws.directory())
                : i18n.text("status.workspace", ws.directory()));
        if (old != null) {
            old.close();
        }
        dk.trappen.app.Logging.toWorkspace(ws.directory());
    }

    /** Counts the changes of the open workspace's data since start; listen to recompute. */
    public javafx.beans.property.ReadOnlyLongProperty dataChangesProperty() {
        return dataChanges.getReadOnlyProperty();
    }

    /** After an import into the open workspace: reload the log and tell the screens. Call on the FX thread. */
    public void dataChanged() {
        Workspace ws = workspace.get();
        if (ws != null) {
            importLog.setAll(ws.importLog().entries());
        }
        dataChanges.set(dataChanges.get() + 1);
    }

    /** A Danish (or English) sentence for the user; details stay in the dialog's expander. */
    public String userMessage(Throwable e) {
        if (e instanceof TrappenException) {
            return ((TrappenException) e).message(i18n.locale());
        }
        return i18n.text("error.unexpected");
    }

    @Override
    public void close() {
        Workspace ws = workspace.get();
        dk.trappen.app.Logging.toWorkspace(null);
        if (ws != null) {
            ws.close();
            workspace.set(null);
        }
    }

    /** The dialogs, for the screens' own view models. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The reference tables, for the screens' own view models. */
    public dk.trappen.core.reference.ReferenceData reference() {
        return context.reference();
    }

    private record Opened(Workspace workspace, List<ImportLogEntry> log) {
    }
}
