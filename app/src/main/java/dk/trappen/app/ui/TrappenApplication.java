package dk.trappen.app.ui;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.common.BackgroundTasks;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.common.FxDialogService;
import dk.trappen.app.ui.main.MainView;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.TrappenException;
import dk.trappen.core.TrappenVersion;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The desktop workbench. */
public final class TrappenApplication extends Application {

    private static final Logger LOG = Logger.getLogger(TrappenApplication.class.getName());

    private final Supplier<AppContext> contextFactory;
    private final Function<Window, DialogService> dialogFactory;
    private MainViewModel viewModel;

    /** Used by {@link Application#launch}: the real context and dialogs. */
    public TrappenApplication() {
        this(AppContext::standard, null);
    }

    /** For tests: a given context and, when not null, fake dialogs. */
    public TrappenApplication(Supplier<AppContext> contextFactory, Function<Window, DialogService> dialogFactory) {
        this.contextFactory = contextFactory;
        this.dialogFactory = dialogFactory;
    }

    public static void launchWorkbench() {
        Application.launch(TrappenApplication.class);
    }

    @Override
    public void start(Stage stage) {
        AppContext context;
        try {
            context = contextFactory.get();
        } catch (TrappenException e) {
            // Broken reference tables: say which file and line, then stop; nothing else can work.
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            alert.setTitle("Trappen");
            alert.setHeaderText("Trappen kan ikke starte");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        I18n i18n = new I18n(context.locale());
        DialogService dialogs = dialogFactory != null ? dialogFactory.apply(stage) : new FxDialogService(stage, i18n);
        BackgroundTasks tasks = BackgroundTasks.standard(e -> showUnexpected(dialogs, i18n, e));
        viewModel = new MainViewModel(context, i18n, dialogs, tasks);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(Level.SEVERE, "Ufanget fejl i tråden " + thread.getName(), e);
            if (Platform.isFxApplicationThread()) {
                showUnexpected(dialogs, i18n, e);
            } else {
                Platform.runLater(() -> showUnexpected(dialogs, i18n, e));
            }
        });

        dk.trappen.app.ui.analysis.AnalysisViewModel analysis =
                new dk.trappen.app.ui.analysis.AnalysisViewModel(context, viewModel, i18n);
        MainView view = new MainView(viewModel, analysis, context, i18n, dialogs, () -> dialogs.showInformation(
                i18n.text("about.title"), i18n.text("about.text", TrappenVersion.version())));
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(TrappenApplication.class.getResource("trappen.css").toExternalForm());
        stage.setTitle("Trappen");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        viewModel.openInitialWorkspace();
    }

    private static void showUnexpected(DialogService dialogs, I18n i18n, Throwable e) {
        String message = e instanceof TrappenException
                ? ((TrappenException) e).message(i18n.locale()) : i18n.text("error.unexpected");
        dialogs.showError(i18n.text("error.title"), message, e);
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
    }

}
