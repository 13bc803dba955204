package dk.trappen.core.export;

import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed unit test: exports the workbook of one kommune and of all kommuner from an
 * existing workspace (the national sample imported), first in a fresh JVM, then warm, each several
 * times; prints the median with min–max. The figures are computed once before (the exporter's time
 * is the workbook's). Run with
 * {@code mvn -B -pl core test -Dtest=ExportBenchmark -Dbenchmark=true -Dbenchmark.workspace=DIR}
 * ({@code -Dbenchmark.kommune=751}, {@code -Dbenchmark.runs=7}).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ExportBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 7);

    @TempDir
    Path tmp;

    @Test
    void national() throws Exception {
        Path dir = Path.of(System.getProperty("benchmark.workspace"));
        int kommune = Integer.getInteger("benchmark.kommune", 751);
        FigureService figures = new FigureService(ExportFixture.REFERENCE);
        WorkbookExporter exporter = new WorkbookExporter(figures);
        try (Workspace ws = Workspace.open(dir)) {
            long t0 = System.nanoTime();
            figures.compute(ws);
            System.out.printf("figures (from the workspace's copy or computed): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            ExportRequest one = ExportRequest.kommune(kommune);
            ExportRequest all = ExportRequest.allKommuner();
            System.out.printf("first export in a fresh JVM, one kommune: %d ms%n", time(exporter, ws, one) / 1_000_000);
            for (int i = 0; i < 3; i++) {
                time(exporter, ws, one);
                time(exporter, ws, all);
            }
            report("one kommune", exporter, ws, one);
            report("all kommuner", exporter, ws, all);
        }
    }

    private void report(String what, WorkbookExporter exporter, Workspace ws, ExportRequest request) throws Exception {
        long[] runs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = time(exporter, ws, request);
        }
        Arrays.sort(runs);
        System.out.printf("%s: median %d ms (%d–%d), %,d bytes%n", what, runs[RUNS / 2] / 1_000_000, runs[0] / 1_000_000,
                runs[RUNS - 1] / 1_000_000, Files.size(tmp.resolve("bench.xlsx")));
    }

    private long time(WorkbookExporter exporter, Workspace ws, ExportRequest request) {
        long t0 = System.nanoTime();
        exporter.export(ws, request, tmp.resolve("bench.xlsx"), ProgressListener.NONE, new CancellationToken());
        return System.nanoTime() - t0;
    }
}
