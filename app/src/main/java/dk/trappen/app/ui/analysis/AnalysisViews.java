package dk.trappen.app.ui.analysis;

import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.figures.FigureId;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;

/** Builds the analysis screens and lets a tile of the overview open another screen on a figure. */
public final class AnalysisViews {

    private final AnalysisViewModel vm;
    private final DialogService dialogs;
    private final MainViewModel main;
    private final Map<Screen, AnalysisScreen> built = new EnumMap<>(Screen.class);

    public AnalysisViews(AnalysisViewModel vm, DialogService dialogs, MainViewModel main) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.main = main;
    }

    public Node create(Screen screen) {
        return screen(screen).root();
    }

    private AnalysisScreen screen(Screen screen) {
        return built.computeIfAbsent(screen, s -> {
            switch (s) {
                case OVERBLIK:
                    return new OverviewScreen(vm, dialogs, this::open);
                case INDSATSTRAPPEN:
                    return new StaircaseScreen(vm, dialogs);
                case BEVAEGELSER:
                    return new MovementsScreen(vm, dialogs);
                case OEKONOMI:
                    return new EconomyScreen(vm, dialogs);
                case ALLE_KOMMUNER:
                    return new AllKommunerScreen(vm, dialogs);
                default:
                    return new AreaScreen(s, vm, dialogs);
            }
        });
    }

    /** Opens a screen on a figure; the main view builds the screen through {@link #create} first. */
    private void open(Screen target, FigureId figure) {
        AnalysisScreen s = screen(target);
        if (s instanceof AreaScreen) {
            ((AreaScreen) s).focus(figure);
        }
        main.selectedScreenProperty().set(target);
    }

    /** Whether a screen shows the selection bar. */
    public static boolean usesSelection(Screen screen) {
        return screen != Screen.DATA;
    }
}
