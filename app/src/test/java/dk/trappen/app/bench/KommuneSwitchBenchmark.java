package dk.trappen.app.bench;

import dk.trappen.app.AppContext;
import dk.trappen.app.prefs.AppPreferences;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.TrappenApplication;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;

/**
 * How long a change of kommune takes on a screen, from the new value to the screen laid out and
 * its charts drawn, on a workspace given as the argument (the national sample). Not a unit test:
 * run by hand or by the benchmark script, e.g.
 * {@code java -cp <test classpath> dk.trappen.app.bench.KommuneSwitchBenchmark /tmp/ws-national-ui}.
 * Warms up on every screen, then switches through 40 kommuner per screen and prints median and max.
 */
public final class KommuneSwitchBenchmark {

    private KommuneSwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path home = Files.createTempDirectory("trappen-bench-home");
        AppContext ctx = new AppContext(ReferenceLoader.load(Path.of("..", "resources")),
                new AppPreferences(home.resolve("indstillinger.properties")), home, null);
        ctx.preferences().setLastWorkspace(ws);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new TrappenApplication(() -> ctx, null));
        long t0 = System.nanoTime();
        ComboBox<Kommune> box = waitFor(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Kommune> b = (ComboBox<Kommune>) root(stage).lookup("#select-kommune");
            return b != null && b.getValue() != null && root(stage).lookup("#tiles") != null
                    && !((Parent) root(stage).lookup("#tiles")).getChildrenUnmodifiable().isEmpty() ? b : null;
        });
        System.out.printf(Locale.ROOT, "Overblik viser nøgletal efter %.1f s (figurer beregnet eller hentet fra arbejdsmappen)%n",
                (System.nanoTime() - t0) / 1e9);
        List<Kommune> kommuner = new ArrayList<>(box.getItems());
        Collections.shuffle(kommuner, new java.util.Random(1));
        System.out.println("skærm;median_ms;max_ms;skift");
        for (Screen screen : List.of(Screen.OVERBLIK, Screen.INDSATSTRAPPEN, Screen.BEVAEGELSER, Screen.BESKAEFTIGELSE,
                Screen.GENINDLAEGGELSER, Screen.OEKONOMI, Screen.ALLE_KOMMUNER)) {
            onFx(() -> {
                @SuppressWarnings("unchecked")
                ListView<Screen> nav = (ListView<Screen>) root(stage).lookup("#navigation");
                nav.getSelectionModel().select(screen);
                return null;
            });
            for (int i = 0; i < 5; i++) {
                time(stage, box, kommuner.get(i));
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 5; i < 45; i++) {
                ms.add(time(stage, box, kommuner.get(i % kommuner.size())));
            }
            Collections.sort(ms);
            System.out.printf(Locale.ROOT, "%s;%.1f;%.1f;%d%n", screen, ms.get(ms.size() / 2), ms.get(ms.size() - 1), ms.size());
        }
        Platform.exit();
        System.exit(0);
    }

    /** One change of kommune: the value set, styles applied, the scene laid out (charts draw on layout). */
    private static double time(Stage stage, ComboBox<Kommune> box, Kommune k) throws Exception {
        return onFx(() -> {
            long start = System.nanoTime();
            box.setValue(k);
            Parent root = root(stage);
            root.applyCss();
            root.layout();
            return (System.nanoTime() - start) / 1e6;
        });
    }

    private static Parent root(Window w) {
        return w.getScene().getRoot();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static <T> T waitFor(java.util.concurrent.Callable<T> c) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < until) {
            T v = onFx(c);
            if (v != null) {
                return v;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the workbench did not show figures within 5 minutes");
    }
}
