package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportReport;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the generator writes imports without a single rejected row, in both variants. */
class SampleImportTest {

    private static final List<String> FILES = List.of("ydelser.csv", "doede.csv", "befolkning.csv", "dream.csv",
            "lpr.csv", "regnskab.csv", "maalinger.xlsx");

    @TempDir
    Path tmp;

    @Test
    void committedSmallSampleImportsCleanly() {
        importAll(Path.of("small"), tmp.resolve("ws"));
    }

    @Test
    void cp1252VariantImportsCleanlyToo() throws Exception {
        ReferenceData ref = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
        Path out = tmp.resolve("cp1252");
        new SampleGenerator().generate(ref, new SampleOptions(SampleScale.SMALL, 1, SampleOptions.defaults().until(),
                SampleVariant.CP1252), out, ProgressListener.NONE, new CancellationToken());
        importAll(out, tmp.resolve("ws2"));
    }

    /** The small sample makes every staircase figure non-trivial for the large kommune (Aarhus). */
    @Test
    void largeKommuneHasEveryStaircaseFigureAtTheLatestCutDate() {
        Path wsDir = tmp.resolve("ws3");
        importAll(Path.of("small"), wsDir);
        ReferenceData ref = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
        try (Workspace ws = Workspace.open(wsDir)) {
            FigureResult result = new FigureService(ref).compute(ws);
            List<LocalDate> cuts = result.cutDates();
            LocalDate latest = cuts.get(cuts.size() - 1);
            assertEquals(LocalDate.of(2025, 12, 31), latest);
            for (FigureId id : List.of(FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4, FigureId.NT5, FigureId.NT6,
                    FigureId.NT7, FigureId.NT7_1, FigureId.NT7_2, FigureId.NT7_3, FigureId.NT8, FigureId.NT9,
                    FigureId.NT10)) {
                assertTrue(result.count(751, latest, id) > 0, id.id() + " for Aarhus at " + latest);
            }
        }
    }

    private static void importAll(Path dir, Path wsDir) {
        ReferenceData ref = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
        try (Workspace ws = Workspace.create(wsDir)) {
            ImportService service = new ImportService(ws, ref, Clock.systemDefaultZone());
            for (String f : FILES) {
                ImportReport r = service.importFile(dir.resolve(f), ImportOptions.defaults(), ProgressListener.NONE,
                        new CancellationToken());
                assertEquals(0, r.rowsRejected(), f + ": " + r.rejects());
                assertTrue(r.rowsStored() > 0, f);
            }
        }
    }
}
