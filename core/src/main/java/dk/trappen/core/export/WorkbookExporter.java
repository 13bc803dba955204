package dk.trappen.core.export;

import dk.trappen.core.Messages;
import dk.trappen.core.TrappenVersion;
import dk.trappen.core.figures.FigureException;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonGroups;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.io.AtomicFile;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the key-figure workbook (issue 8) with Apache POI: Forside, one sheet per area with tables
 * and native charts, the transition matrix, the catalogue's definitions, and with all kommuner a
 * sortable sheet of every kommune. Every number passes through the workspace's discretion. Sheets
 * are streamed (SXSSF); the workbook goes to a temporary file beside the target and is moved into
 * place only when complete, so a failed or cancelled export leaves no half-written file.
 */
public final class WorkbookExporter {

    /** Rows kept in memory per sheet while streaming; every sheet writes its rows in order. */
    private static final int ROW_WINDOW = 200;

    private final FigureService figures;
    private final Clock clock;

    public WorkbookExporter(FigureService figures) {
        this(figures, Clock.systemDefaultZone());
    }

    WorkbookExporter(FigureService figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * Exports the workspace's figures to {@code out} (an .xlsx file, replaced if it exists).
     *
     * @throws ExportException for an unknown kommune, a date that is no cut date of the data, or a
     *         file that cannot be written; {@link FigureException} when the workspace has no data;
     *         {@link dk.trappen.core.progress.CancelledException} when cancelled (no file is left)
     */
    public ExportSummary export(Workspace ws, ExportRequest request, Path out, ProgressListener progress,
            CancellationToken cancel) {
        long start = System.nanoTime();
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("export.noFolder", folder == null ? target : folder);
        }
        ReferenceData reference = figures.reference();
        Kommune kommune = null;
        if (request.kommune().isPresent()) {
            int code = request.kommune().getAsInt();
            kommune = reference.kommune(code).orElseThrow(() -> new ExportException("export.unknownKommune", String.valueOf(code)));
        }
        WorkspaceSettings settings = WorkspaceSettings.load(ws);
        FigureResult result = figures.compute(ws, settings, progress, cancel);
        if (result.isEmpty()) {
            throw new FigureException("figures.noData", ws.directory());
        }
        List<LocalDate> dates = result.cutDates();
        LocalDate cut = request.cutDate().orElse(dates.get(dates.size() - 1));
        if (!dates.contains(cut)) {
            throw new ExportException("export.notACutDate", Texts.date(cut), Texts.date(dates.get(0)),
                    Texts.date(dates.get(dates.size() - 1)));
        }
        Optional<ComparisonGroup> chosen = kommune == null ? Optional.empty()
                : new ComparisonGroups(ws, reference).chosenFor(kommune.code());
        PublishedFigures published = figures.published(ws, settings, result, new ComparisonGroups(ws, reference).list());
        ExportData data = new ExportData(reference, published, settings, ws.importLog().entries(), kommune, chosen, cut,
                LocalDateTime.now(clock), TrappenVersion.version());
        List<String> sheets = write(data, new Texts(request.language()), target, progress, cancel);
        return new ExportSummary(target, cut, sheets, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Builds the workbook and moves it into place; returns the sheet names. */
    static List<String> write(ExportData data, Texts texts, Path target, ProgressListener progress,
            CancellationToken cancel) {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, true, true);
        try {
            List<String> names = build(wb, data, texts, progress, cancel);
            progress.progress(names.size(), names.size() + 1, Messages.danish("export.progress.saving"));
            AtomicFile.write(target, out -> {
                wb.write(out);
                // A cancel while saving still leaves no file.
                cancel.check();
            });
            progress.progress(names.size() + 1, names.size() + 1, Messages.danish("export.progress.done"));
            return names;
        } catch (IOException e) {
            throw new ExportException(e, "export.cannotWrite", target, e.getMessage());
        } finally {
            close(wb);
        }
    }

    private static List<String> build(SXSSFWorkbook wb, ExportData data, Texts t, ProgressListener progress,
            CancellationToken cancel) {
        Styles styles = new Styles(wb, ValueFormat.inUse(data.reference()));
        int threshold = data.discretion().threshold();
        // Every sheet is made first so they stand in reading order; each is then written top to bottom.
        Map<String, String> contents = new LinkedHashMap<>();
        String cover = t.get("sheet.cover");
        String kommuner = t.get("sheet.kommuner");
        if (data.allKommuner()) {
            contents.put(kommuner, t.get("contents.kommuner"));
        }
        for (Omraade area : Omraade.values()) {
            contents.put(AreaSheet.name(t, area), t.get(data.allKommuner() ? "contents.areaAll" : "contents.area"));
        }
        String matrix = t.get("sheet.matrix");
        String definitions = t.get("sheet.definitions");
        String chartData = t.get("sheet.chartData");
        contents.put(matrix, t.get("contents.matrix"));
        contents.put(definitions, t.get("contents.definitions"));
        contents.put(chartData, t.get("contents.chartData"));
        List<String> names = new ArrayList<>();
        names.add(cover);
        names.addAll(contents.keySet());
        Map<String, SheetWriter> sheets = new LinkedHashMap<>();
        for (String name : names) {
            sheets.put(name, new SheetWriter(wb.createSheet(name), styles, t, threshold));
        }
        int total = names.size() + 1;
        int done = 0;
        step(progress, cancel, done++, total, cover);
        new CoverSheet(data, sheets.get(cover)).write(contents);
        if (data.allKommuner()) {
            step(progress, cancel, done++, total, kommuner);
            new KommunerSheet(data, sheets.get(kommuner)).write(cancel);
        }
        ChartDataSheet charts = new ChartDataSheet(sheets.get(chartData));
        for (Omraade area : Omraade.values()) {
            String name = AreaSheet.name(t, area);
            step(progress, cancel, done++, total, name);
            new AreaSheet(data, area, sheets.get(name)).write(charts);
        }
        step(progress, cancel, done++, total, matrix);
        new MatrixSheet(data, sheets.get(matrix)).write();
        step(progress, cancel, done++, total, definitions);
        new DefinitionsSheet(data, sheets.get(definitions)).write();
        step(progress, cancel, done, total, chartData);
        charts.finish();
        wb.setActiveSheet(0);
        return names;
    }

    private static void step(ProgressListener progress, CancellationToken cancel, int done, int total, String sheet) {
        cancel.check();
        progress.progress(done, total, Messages.danish("export.progress.sheet", sheet));
    }

    /** Closing also deletes the streamed sheets' temporary files. */
    private static void close(SXSSFWorkbook wb) {
        try {
            wb.close();
        } catch (IOException e) {
            // Only temporary files are at stake; the export's outcome is already decided.
        }
    }
}
