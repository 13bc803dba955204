package dk.trappen.core.factsheet;

import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed unit test: all 98 fact sheets and the combined file of an existing
 * workspace (e.g. the national sample imported), one warm-up then timed runs. Run with
 * {@code mvn -B -pl core test -Dtest=FactSheetBenchmark -Dbenchmark=true -Dbenchmark.workspace=DIR}
 * on a copy of the workspace (H2 lets one process open it at a time); {@code -Dbenchmark.threads=N}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FactSheetBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);

    @TempDir
    Path tmp;

    @Test
    void allKommuner() throws IOException {
        Path dir = Path.of(System.getProperty("benchmark.workspace", "/tmp/ws-national"));
        long t0 = System.nanoTime();
        FactSheetData data;
        try (Workspace ws = Workspace.open(dir)) {
            data = FactSheetData.read(ws, new FigureService(SmallSampleSheets.REFERENCE));
        }
        System.out.printf("read workspace %s (figures, settings, groups, import log): %d ms%n", dir,
                (System.nanoTime() - t0) / 1_000_000);
        int threads = Integer.getInteger("benchmark.threads", Runtime.getRuntime().availableProcessors());
        FactSheetService service = new FactSheetService(SmallSampleSheets.REFERENCE, Clock.systemDefaultZone(), threads);
        BatchResult first = run(service, data, "first");
        System.out.printf("first batch in this JVM: %d ms (%d sheets, combined %d kB)%n", first.elapsed().toMillis(),
                first.sheets().size(), Files.size(first.combined()) >> 10);
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = run(service, data, "run" + i).elapsed().toMillis();
        }
        Arrays.sort(ms);
        System.out.printf("98 sheets + combined, %d threads: median %d ms (%d–%d), %d runs%n", threads, ms[RUNS / 2], ms[0],
                ms[RUNS - 1], RUNS);
    }

    private BatchResult run(FactSheetService service, FactSheetData data, String name) {
        return service.writeAll(data, data.latestCut(), tmp.resolve(name), ProgressListener.NONE, new CancellationToken());
    }
}
