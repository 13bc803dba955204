package dk.trappen.app.bench;

import dk.trappen.app.AppContext;
import dk.trappen.app.prefs.AppPreferences;
import dk.trappen.app.ui.TrappenApplication;
import dk.trappen.core.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Starts the real workbench on a workspace (headless under Monocle, as the TestFX tests do) and
 * prints {@code READY} the moment the Overblik tiles hold figures; the suite times the whole
 * process up to that line. {@code StartupProbe WORKSPACE}.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        ReferenceData ref = Bench.reference();
        Path home = Files.createTempDirectory("trappen-bench-home");
        AppContext ctx = new AppContext(ref, new AppPreferences(home.resolve("indstillinger.properties")), home, null);
        ctx.preferences().setLastWorkspace(ws);
        Bench.resetPeaks();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new TrappenApplication(() -> ctx, null));
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!tilesShowFigures(stage)) {
            if (System.nanoTime() > until) {
                System.out.println("Overblik viste ingen nøgletal inden for 5 minutter");
                System.exit(1);
            }
            Thread.sleep(20);
        }
        System.out.println("READY");
        Bench.emit("startup.heap", Bench.peakHeapMb());
        Platform.exit();
        System.exit(0);
    }

    /** Overblik's tiles are there and at least one holds a digit (a figure, not a placeholder). */
    private static boolean tilesShowFigures(Stage stage) throws Exception {
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Node tiles = stage.getScene() == null ? null : stage.getScene().getRoot().lookup("#tiles");
                f.complete(tiles instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty()
                        && p.lookupAll(".label").stream().anyMatch(n -> n instanceof Label l && l.getText() != null
                                && l.getText().chars().anyMatch(Character::isDigit)));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
