package dk.trappen.core.importing;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.store.WorkspaceException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports files into a workspace and previews them. A file is read one way for both
 * ({@link SourceFile}); its type is recognised ({@link TypeRecognition}), its columns bound to the
 * type's ({@link HeaderBinding}), and an import runs all or nothing ({@link ImportRun}).
 */
public final class ImportService {

    /** A preview judges the encoding from this much of the file. */
    private static final long PREVIEW_BYTES = 1 << 20;

    private final Workspace workspace;
    private final ReferenceData reference;
    private final Clock clock;

    public ImportService(Workspace workspace, ReferenceData reference, Clock clock) {
        this.workspace = workspace;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Imports one file, all or nothing: every row is stored or rejected with a Danish message, in
     * one transaction with the import log entry. An identical file imported again stores nothing.
     */
    public ImportReport importFile(Path file, ImportOptions options, ProgressListener progress,
            CancellationToken cancel) {
        try (SourceFile source = SourceFile.open(file, Long.MAX_VALUE)) {
            return new ImportRun(workspace, reference, clock, source, options, progress, cancel).run();
        }
    }

    /**
     * The file's recognised type, header and first {@code rows} rows, read without storing
     * anything. Never throws for a bad file: the preview says why it cannot be imported.
     */
    public ImportPreview preview(Path file, int rows) {
        String name = file.getFileName().toString();
        try (SourceFile source = SourceFile.open(file, PREVIEW_BYTES); Session s = workspace.read()) {
            return previewOf(s, name, source.tables().get(0), rows);
        } catch (ImportException e) {
            return refused(name, e);
        } catch (WorkspaceException e) {
            return refused(name, ImportException.fromStore(name, e));
        }
    }

    private static ImportPreview refused(String name, ImportException why) {
        return new ImportPreview(name, ImportPreview.Status.REFUSED, null, null, List.of(), List.of(), Map.of(), why);
    }

    private static ImportPreview previewOf(Session s, String name, SourceTable table, int limit) {
        List<String> header = table.header();
        List<String[]> raw = new ArrayList<>();
        ImportException broken = null;
        try {
            SourceTable.SourceRow row;
            while (raw.size() < limit && (row = table.next()) != null) {
                raw.add(row.cells());
            }
        } catch (ImportException e) {
            broken = e; // a broken quote refuses the file; the rows before it are still shown
        }
        Optional<ImportType> type = TypeRecognition.detect(s, header);
        Map<String, String> saved = type.map(t -> HeaderBinding.savedMapping(s, t, header)).orElse(Map.of());
        List<List<String>> shownRows = PreviewMask.rows(header, raw, saved);
        List<String> shownHeader = PreviewMask.header(header);
        boolean dataAsHeader = TypeRecognition.looksLikeData(header);
        ImportPreview.Status status;
        ImportException problem;
        if (broken != null) {
            status = ImportPreview.Status.REFUSED;
            problem = broken;
        } else if (raw.isEmpty()) {
            status = ImportPreview.Status.REFUSED;
            problem = dataAsHeader ? TypeRecognition.dataAsHeader(name, header)
                    : new ImportException("import.file.noRows", name);
        } else if (dataAsHeader) {
            status = ImportPreview.Status.REFUSED;
            problem = TypeRecognition.dataAsHeader(name, header);
        } else if (type.isEmpty()) {
            status = ImportPreview.Status.NEEDS_MAPPING;
            problem = new ImportException("import.preview.unrecognised", name, TypeRecognition.shownHeader(header));
        } else {
            List<String> missing = HeaderBinding.match(type.get(), header, saved).missing();
            status = missing.isEmpty() ? ImportPreview.Status.READY : ImportPreview.Status.NEEDS_MAPPING;
            problem = missing.isEmpty() ? null : new ImportException("import.preview.missingColumns", name,
                    type.get().id(), String.join(", ", missing));
        }
        return new ImportPreview(name, status, type.orElse(null), table.sheet(), shownHeader, shownRows, saved, problem);
    }
}
