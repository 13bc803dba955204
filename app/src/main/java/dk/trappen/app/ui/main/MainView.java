package dk.trappen.app.ui.main;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.screens.ScreenViews;
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

    public MainView(MainViewModel vm, AppContext context, I18n i18n, Runnable onAbout) {
        this.vm = vm;
        this.i18n = i18n;
        this.screens = new ScreenViews(context, i18n, vm);
        root.setTop(menuBar(onAbout));
        root.setLeft(navigation());
        content.getStyleClass().add("content");
        root.setCenter(content);
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
        Menu file = new Menu(i18n.text("menu.file"), null, newWs, openWs, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        MenuItem about = new MenuItem(i18n.text("menu.help.about"));
        about.setOnAction(e -> onAbout.run());
        Menu help = new Menu(i18n.text("menu.help"), null, about);
        return new MenuBar(file, help);
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

    private void show(Screen screen) {
        Node view = built.computeIfAbsent(screen, screens::create);
        content.getChildren().setAll(view);
    }
}
