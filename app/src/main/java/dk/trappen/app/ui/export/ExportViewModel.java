package dk.trappen.app.ui.export;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.analysis.AnalysisViewModel;
import dk.trappen.app.ui.analysis.Selection;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.export.ExportRequest;
import dk.trappen.core.export.WorkbookExporter;
import dk.trappen.core.store.Workspace;
import java.util.Locale;

/**
 * Filer ▸ Eksportér nøgletal…: the key-figure workbook of the selected kommune (or of all kommuner)
 * at the selected cut date, written by core's exporter in the background with progress and cancel.
 */
public final class ExportViewModel {

    private final AppContext context;
    private final MainViewModel main;
    private final AnalysisViewModel analysis;
    private final DialogService dialogs;
    private final I18n i18n;

    public ExportViewModel(AppContext context, MainViewModel main, AnalysisViewModel analysis, DialogService dialogs) {
        this.context = context;
        this.main = main;
        this.analysis = analysis;
        this.dialogs = dialogs;
        this.i18n = analysis.i18n();
    }

    /** The selected kommune's workbook. */
    public void exportKommune() {
        Selection s = analysis.selectionProperty().get();
        if (s == null) {
            dialogs.showInformation(i18n.text("export.title"), i18n.text("export.nothing"));
            return;
        }
        String name = "noegletal-" + s.kommune().codeText() + "-" + s.kommune().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9æøå]+", "-") + "-" + s.cutDate() + ".xlsx";
        export(ExportRequest.kommune(s.kommune().code()).at(s.cutDate()), name);
    }

    /** Every kommune's figures at the cut date, with the regions and hele landet on the area sheets. */
    public void exportAll() {
        Selection s = analysis.selectionProperty().get();
        if (s == null) {
            dialogs.showInformation(i18n.text("export.title"), i18n.text("export.nothing"));
            return;
        }
        export(ExportRequest.allKommuner().at(s.cutDate()), "noegletal-alle-kommuner-" + s.cutDate() + ".xlsx");
    }

    private void export(ExportRequest request, String suggested) {
        Workspace ws = main.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        dialogs.chooseSaveFile(i18n.text("export.title"), null, suggested, "Excel", "*.xlsx").ifPresent(target ->
                main.tasks().work(i18n.text("task.export"), (progress, cancel) ->
                        new WorkbookExporter(context.figures()).export(ws, request.in(context.locale()), target, progress, cancel))
                        .onSuccess(summary -> dialogs.showInformation(i18n.text("export.title"),
                                i18n.text("export.done", summary.file(), summary.sheets().size())))
                        .onError(e -> dialogs.showError(i18n.text("export.failed"), main.userMessage(e), e))
                        .start());
    }
}
