package dk.trappen.app.ui.screens;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.analysis.AnalysisViewModel;
import dk.trappen.app.ui.analysis.AnalysisViews;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.main.MainViewModel;
import javafx.scene.Node;

/** Builds the view of each screen. */
public final class ScreenViews {

    private final I18n i18n;
    private final MainViewModel main;
    private final AnalysisViews analysis;
    private final AppContext context;
    private final AnalysisViewModel analysisVm;
    private final DialogService dialogs;

    public ScreenViews(AppContext context, I18n i18n, MainViewModel main, AnalysisViewModel analysisVm,
            DialogService dialogs) {
        this.i18n = i18n;
        this.main = main;
        this.analysis = new AnalysisViews(analysisVm, dialogs, main);
        this.context = context;
        this.analysisVm = analysisVm;
        this.dialogs = dialogs;
    }

    public Node create(Screen screen) {
        if (screen == Screen.DATA) {
            return new DataView(i18n, main).root();
        }
        if (screen == Screen.FAKTAARK) {
            return new dk.trappen.app.ui.factsheet.FactSheetView(new dk.trappen.app.ui.factsheet.FactSheetViewModel(
                    context, main, analysisVm, dialogs), analysisVm, i18n).root();
        }
        return analysis.create(screen);
    }
}
