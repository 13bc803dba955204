package dk.trappen.app.bench;

import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportReport;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Imports one file, the way a user does, in a JVM of its own (the suite starts it with -Xmx1g).
 * {@code ImportStep WORKSPACE FILE}: into the workspace (made if missing), timed, the first import
 * in the JVM. {@code ImportStep --repeat N FILE}: one warm-up, then N timed imports each into a
 * fresh temporary workspace (median and spread).
 */
public final class ImportStep {

    private ImportStep() {
    }

    public static void main(String[] args) throws Exception {
        ReferenceData ref = Bench.reference();
        if (args[0].equals("--repeat")) {
            int runs = Integer.parseInt(args[1]);
            Path file = Path.of(args[2]);
            Path root = Files.createTempDirectory("trappen-bench-import");
            int[] n = {0};
            long[] rows = {0};
            Bench.resetPeaks();
            Bench.Spread s = Bench.time(1, runs, () -> {
                try (Workspace ws = Workspace.create(root.resolve("ws" + n[0]++))) {
                    rows[0] = importFile(ws, ref, file).rowsRead();
                }
                return null;
            });
            Bench.emit("import.warm." + name(file), rows[0], s.text(), Bench.peakHeapMb());
            return;
        }
        Path dir = Path.of(args[0]);
        Path file = Path.of(args[1]);
        Bench.resetPeaks();
        try (Workspace ws = Workspace.openOrCreate(dir)) {
            long t = System.nanoTime();
            ImportReport r = importFile(ws, ref, file);
            double ms = Bench.millisSince(t);
            System.out.printf(Locale.ROOT, "%s: %,d rækker læst, %,d gemt, %,d afvist på %.1f s%n", r.fileName(), r.rowsRead(),
                    r.rowsStored(), r.rowsRejected(), ms / 1000);
            Bench.emit("import." + name(file), r.rowsRead(), String.format(Locale.ROOT, "%.0f", ms), Bench.peakHeapMb(),
                    r.rowsRejected());
        }
    }

    private static ImportReport importFile(Workspace ws, ReferenceData ref, Path file) {
        return new ImportService(ws, ref, Clock.systemDefaultZone()).importFile(file, ImportOptions.defaults(),
                ProgressListener.NONE, new CancellationToken());
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }
}
