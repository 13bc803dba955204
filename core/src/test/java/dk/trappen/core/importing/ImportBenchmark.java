package dk.trappen.core.importing;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Import throughput on a generated file (not part of the test suite): one warm-up import, then
 * several timed imports, each into a fresh workspace; prints the median, spread and peak heap.
 * Usage: ImportBenchmark FILE [RUNS] — run with -Xmx1g to check the memory target.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ReferenceData ref = ReferenceLoader.fromDirectory(Path.of(System.getProperty("trappen.reference.dir", "resources")));
        Path root = Files.createTempDirectory("trappen-importbench");
        List<double[]> results = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            resetPeaks();
            try (Workspace ws = Workspace.create(root.resolve("ws" + i))) {
                long t0 = System.nanoTime();
                ImportReport r = new ImportService(ws, ref, Clock.systemDefaultZone()).importFile(file,
                        ImportOptions.defaults(), ProgressListener.NONE, new CancellationToken());
                double secs = (System.nanoTime() - t0) / 1e9;
                double peakMb = peakHeap() / 1048576.0;
                System.out.printf("%s %s: %,d rows in %.2f s = %,.0f rows/s, peak heap %.0f MB%n",
                        i == 0 ? "warm-up" : "run " + i, r.fileName(), r.rowsRead(), secs, r.rowsRead() / secs, peakMb);
                if (i > 0) {
                    results.add(new double[] {r.rowsRead() / secs, peakMb, secs});
                }
            }
        }
        results.sort(Comparator.comparingDouble(a -> a[0]));
        double median = results.get(results.size() / 2)[0];
        System.out.printf("median %,.0f rows/s (min %,.0f, max %,.0f); max peak heap %.0f MB%n", median,
                results.get(0)[0], results.get(results.size() - 1)[0],
                results.stream().mapToDouble(a -> a[1]).max().orElse(0));
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
