package dk.trappen.app.ui.main;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.analysis.AnalysisViewModel;
import dk.trappen.app.ui.analysis.AnalysisViews;
import dk.trappen.app.ui.analysis.SelectionBar;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.screens.ScreenViews;
import dk.trappen.app.ui.settings.SettingsView;
import dk.trappen.app.ui.settings.SettingsViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;

/** The main window: menu, navigation, the current screen, and a status bar. Binds only. */
public final class MainView {

    private final MainViewModel vm;
    private final I18n i18n;
    private final ScreenViews screens;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();

    private final AnalysisViewModel analysis;
    private final DialogService dialogs;
    private final AppContext context;
    private final SelectionBar selectionBar;

    public MainView(MainViewModel vm, AnalysisViewModel analysis, AppContext context, I18n i18n, DialogService dialogs,
            Runnable onAbout) {
        this.vm = vm;
        this.i18n = i18n;
        this.analysis = analysis;
        this.dialogs = dialogs;
        this.context = context;
        this.screens = new ScreenViews(context, i18n, vm, analysis, dialogs);
        root.setTop(menuBar(onAbout));
        root.setLeft(navigation());
        content.getStyleClass().add("content");
        selectionBar = new SelectionBar(analysis, dialogs);
        javafx.scene.layout.VBox center = new javafx.scene.layout.VBox(selectionBar, content);
        javafx.scene.layout.VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(center);
        root.setBottom(statusBar());
        show(vm.selectedScreenProperty().get());
        vm.selectedScreenProperty().addListener((obs, old, now) -> show(now));
    }

    public Parent root() {
        return root;
    }

    private MenuBar menuBar(Runnable onAbout) {
        MenuItem newWs = new MenuItem(i18n.text("menu.file.new"));
        newWs.setId("menu-new-workspace");
        newWs.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newWs.setOnAction(e -> vm.newWorkspace());
        MenuItem openWs = new MenuItem(i18n.text("menu.file.open"));
        openWs.setId("menu-open-workspace");
        openWs.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openWs.setOnAction(e -> vm.openWorkspace());
        MenuItem quit = new MenuItem(i18n.text("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        MenuItem settings = new MenuItem(i18n.text("menu.file.settings"));
        settings.setId("menu-settings");
        settings.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        settings.setOnAction(e -> openSettings());
        settings.disableProperty().bind(vm.workspaceProperty().isNull());
        dk.trappen.app.ui.export.ExportViewModel export = new dk.trappen.app.ui.export.ExportViewModel(context, vm,
                analysis, dialogs);
        MenuItem exportOne = new MenuItem(i18n.text("menu.file.export"));
        exportOne.setId("menu-export");
        exportOne.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportOne.setOnAction(e -> export.exportKommune());
        MenuItem exportAll = new MenuItem(i18n.text("menu.file.exportAll"));
        exportAll.setId("menu-export-all");
        exportAll.setOnAction(e -> export.exportAll());
        exportOne.disableProperty().bind(analysis.selectionProperty().isNull());
        exportAll.disableProperty().bind(analysis.selectionProperty().isNull());
        Menu file = new Menu(i18n.text("menu.file"), null, newWs, openWs, new SeparatorMenuItem(), exportOne, exportAll,
                new SeparatorMenuItem(), settings,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        // Every screen by shortcut: Ctrl+1 … Ctrl+9 for the first nine, Ctrl+D (Data), Ctrl+F (Faktaark).
        Menu view = new Menu(i18n.text("menu.view"));
        view.setId("menu-view");
        for (Screen screen : vm.screens()) {
            MenuItem item = new MenuItem(i18n.text(screen.key()));
            item.setId("menu-view-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccelerator(KeyCombination.keyCombination(shortcut(screen)));
            item.setOnAction(e -> vm.selectedScreenProperty().set(screen));
            view.getItems().add(item);
        }

        MenuItem about = new MenuItem(i18n.text("menu.help.about"));
        about.setOnAction(e -> onAbout.run());
        Menu help = new Menu(i18n.text("menu.help"), null, about);
        return new MenuBar(file, view, help);
    }

    private ListView<Screen> navigation() {
        ListView<Screen> nav = new ListView<>();
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.getItems().setAll(vm.screens());
        nav.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Screen item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.text(item.key()));
                setId(empty || item == null ? null : "nav-" + item.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        nav.getSelectionModel().select(vm.selectedScreenProperty().get());
        nav.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedScreenProperty().set(now);
            }
        });
        vm.selectedScreenProperty().addListener((obs, old, now) -> nav.getSelectionModel().select(now));
        nav.setPrefWidth(230);
        return nav;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(javafx.beans.binding.Bindings.when(vm.tasks().runningProperty())
                .then(vm.tasks().messageProperty()).otherwise(vm.statusTextProperty()));
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.tasks().runningProperty())
                .then(vm.tasks().progressProperty()).otherwise(0.0));
        javafx.scene.control.Label sample = new javafx.scene.control.Label(i18n.text("status.sampleLabel"));
        sample.setId("sample-label");
        sample.getStyleClass().add("sample-label");
        sample.visibleProperty().bind(vm.sampleProperty());
        sample.managedProperty().bind(vm.sampleProperty());
        bar.getRightItems().add(sample);
        return bar;
    }

    /** The accelerator of a screen. */
    static String shortcut(Screen screen) {
        switch (screen) {
            case DATA:
                return "Shortcut+D";
            case FAKTAARK:
                return "Shortcut+F";
            default:
                return "Shortcut+" + (screen.ordinal() + 1);
        }
    }

    private void openSettings() {
        dk.trappen.core.store.Workspace ws = vm.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        SettingsViewModel settings = new SettingsViewModel(ws, context.preferences(), context.reference());
        if (dialogs.showForm(i18n.text("settings.title"), new SettingsView(settings, i18n).root())) {
            try {
                if (settings.save()) {
                    analysis.recompute();
                }
                if (settings.languageChanged(i18n.locale())) {
                    dialogs.showInformation(i18n.text("settings.title"), i18n.text("settings.languageRestart"));
                }
            } catch (dk.trappen.core.TrappenException e) {
                dialogs.showError(i18n.text("settings.title"), vm.userMessage(e), e);
            }
        }
    }

    private void show(Screen screen) {
        Node view = built.computeIfAbsent(screen, screens::create);
        content.getChildren().setAll(view);
        boolean bar = AnalysisViews.usesSelection(screen);
        selectionBar.setVisible(bar);
        selectionBar.setManaged(bar);
    }
}
