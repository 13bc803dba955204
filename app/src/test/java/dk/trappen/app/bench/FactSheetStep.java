package dk.trappen.app.bench;

import dk.trappen.core.factsheet.BatchResult;
import dk.trappen.core.factsheet.FactSheetData;
import dk.trappen.core.factsheet.FactSheetService;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * All 98 fact sheets and the combined file at the latest cut date, from a workspace whose figures
 * are kept in it: the first batch in the JVM (what a user waits for), then a warm-up and timed
 * batches. {@code FactSheetStep WORKSPACE [RUNS]}.
 */
public final class FactSheetStep {

    private FactSheetStep() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ReferenceData ref = Bench.reference();
        Path out = Files.createTempDirectory("trappen-bench-sheets");
        Bench.resetPeaks();
        long t = System.nanoTime();
        FactSheetData data;
        try (Workspace ws = Workspace.open(dir)) {
            data = FactSheetData.read(ws, new FigureService(ref));
        }
        FactSheetService service = new FactSheetService(ref);
        int[] n = {0};
        BatchResult first = batch(service, data, out.resolve("b" + n[0]++));
        double firstMs = Bench.millisSince(t);
        Bench.Spread s = Bench.time(1, runs, () -> batch(service, data, out.resolve("b" + n[0]++)));
        Bench.emit("factsheets.first", String.format(Locale.ROOT, "%.0f", firstMs), first.sheets().size());
        Bench.emit("factsheets.warm", s.text(), Bench.peakHeapMb());
    }

    private static BatchResult batch(FactSheetService service, FactSheetData data, Path folder) {
        return service.writeAll(data, data.latestCut(), folder, ProgressListener.NONE, new CancellationToken());
    }
}
