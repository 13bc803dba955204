package dk.trappen.app.ui.factsheet;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.analysis.AnalysisViewModel;
import dk.trappen.app.ui.analysis.Selection;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.factsheet.FactSheetData;
import dk.trappen.core.factsheet.FactSheetService;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.store.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Faktaark: the sheet of the selected kommune and cut date, previewed as page images, saved as PDF
 * (one kommune, or all 98 in a folder) and printed. The PDF comes from core's fact-sheet service,
 * so preview, file and print are the same sheet.
 */
public final class FactSheetViewModel {

    /** Preview resolution: sharp on screen, quick to render. */
    private static final float PREVIEW_DPI = 110;

    private final AppContext context;
    private final MainViewModel main;
    private final AnalysisViewModel analysis;
    private final DialogService dialogs;
    private final I18n i18n;
    private final FactSheetService service;
    private final ObservableList<byte[]> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Read once per figure result: the sheets' figures, settings and coverage. */
    private FactSheetData data;
    private Object dataFor;

    public FactSheetViewModel(AppContext context, MainViewModel main, AnalysisViewModel analysis, DialogService dialogs) {
        this.context = context;
        this.main = main;
        this.analysis = analysis;
        this.dialogs = dialogs;
        this.i18n = analysis.i18n();
        this.service = new FactSheetService(context.reference());
    }

    /** The preview's pages as PNG images (the view shows them; no scene types here). */
    public ObservableList<byte[]> pages() {
        return pages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Renders the preview of the current selection in the background. */
    public void preview() {
        Selection s = analysis.selectionProperty().get();
        Workspace ws = main.workspaceProperty().get();
        if (s == null || ws == null) {
            pages.clear();
            return;
        }
        Optional<ComparisonGroup> group = group();
        busy.set(true);
        main.tasks().work(i18n.text("task.factsheet.preview"), (progress, cancel) -> {
            // Core renders the pages; the view only turns the PNG images into pictures.
            return service.pageImages(data(ws, s), s.kommune().code(), group, s.cutDate(), PREVIEW_DPI);
        }).onSuccess(images -> {
            busy.set(false);
            pages.setAll(images);
        }).onError(e -> {
            busy.set(false);
            dialogs.showError(i18n.text("factsheet.error.title"), main.userMessage(e), e);
        }).start();
    }

    /** "Gem som PDF…": the selected kommune's sheet. */
    public void save() {
        Selection s = analysis.selectionProperty().get();
        Workspace ws = main.workspaceProperty().get();
        if (s == null || ws == null) {
            return;
        }
        Optional<ComparisonGroup> group = group();
        dialogs.chooseSaveFile(i18n.text("factsheet.save.title"), null,
                FactSheetService.fileName(s.kommune(), s.cutDate()), "PDF", "*.pdf").ifPresent(target ->
                main.tasks().work(i18n.text("task.factsheet.save"), (progress, cancel) ->
                        service.write(data(ws, s), s.kommune().code(), group, s.cutDate(), target))
                        .onSuccess(p -> dialogs.showInformation(i18n.text("factsheet.save.title"),
                                i18n.text("factsheet.saved", p)))
                        .onError(e -> dialogs.showError(i18n.text("factsheet.error.title"), main.userMessage(e), e))
                        .start());
    }

    /** "Gem alle kommuner…": one PDF per kommune and a combined one, in a folder. */
    public void saveAll() {
        Selection s = analysis.selectionProperty().get();
        Workspace ws = main.workspaceProperty().get();
        if (s == null || ws == null) {
            return;
        }
        dialogs.chooseDirectory(i18n.text("factsheet.saveAll.title"), null).ifPresent(folder ->
                main.tasks().work(i18n.text("task.factsheet.saveAll"), (progress, cancel) ->
                        service.writeAll(data(ws, s), s.cutDate(), folder, progress, cancel))
                        .onSuccess(r -> dialogs.showInformation(i18n.text("factsheet.saveAll.title"),
                                i18n.text("factsheet.savedAll", r.sheets().size(), folder)))
                        .onError(e -> dialogs.showError(i18n.text("factsheet.error.title"), main.userMessage(e), e))
                        .start());
    }

    /** "Udskriv…": the previewed pages through the system's print dialog. */
    public void print() {
        if (!pages.isEmpty()) {
            dialogs.print(i18n.text("factsheet.print.title"), List.copyOf(pages));
        }
    }

    private Optional<ComparisonGroup> group() {
        return analysis.groupProperty().get() == null ? Optional.empty() : analysis.groupProperty().get().group();
    }

    private synchronized FactSheetData data(Workspace ws, Selection s) {
        // Read again when the figures or the pattern change (a comparison group saved decides it anew).
        if (data == null || dataFor != analysis.published()) {
            data = FactSheetData.read(ws, context.figures());
            dataFor = analysis.published();
        }
        return data;
    }
}
