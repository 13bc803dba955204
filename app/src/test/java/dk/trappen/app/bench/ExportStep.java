package dk.trappen.app.bench;

import dk.trappen.core.export.ExportRequest;
import dk.trappen.core.export.WorkbookExporter;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The all-kommuner workbook of a workspace whose figures are kept in it: the first export in the
 * JVM (what a user waits for, reading the workspace included), then a warm-up and timed exports.
 * {@code ExportStep WORKSPACE [RUNS]}.
 */
public final class ExportStep {

    private ExportStep() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ReferenceData ref = Bench.reference();
        Path out = Files.createTempDirectory("trappen-bench-workbook");
        Bench.resetPeaks();
        try (Workspace ws = Workspace.open(dir)) {
            WorkbookExporter exporter = new WorkbookExporter(new FigureService(ref));
            int[] n = {0};
            long t = System.nanoTime();
            export(exporter, ws, out.resolve("w" + n[0]++ + ".xlsx"));
            double first = Bench.millisSince(t);
            Bench.Spread s = Bench.time(1, runs, () -> export(exporter, ws, out.resolve("w" + n[0]++ + ".xlsx")));
            Bench.emit("workbook.first", String.format(Locale.ROOT, "%.0f", first), Files.size(out.resolve("w0.xlsx")) >> 10);
            Bench.emit("workbook.warm", s.text(), Bench.peakHeapMb());
        }
    }

    private static Object export(WorkbookExporter exporter, Workspace ws, Path file) {
        return exporter.export(ws, ExportRequest.allKommuner(), file, ProgressListener.NONE, new CancellationToken());
    }
}
