package dk.trappen.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's DuckDB SQL and its comparison, on the committed small sample: the SQL agrees with
 * Trappen on every NT1–NT10 value, and a changed value is reported (so the national run's check can
 * fail). The suite's table lands between its markers and replaces an earlier one.
 */
class DuckDbComparisonTest {

    private static final Path SMALL = Path.of("..", "samples", "small");

    @TempDir
    Path tmp;

    @Test
    void duckDbAndTrappenAgreeOnTheSmallSampleAndAChangedValueIsCaught() throws Exception {
        ReferenceData ref = Bench.reference();
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.create(dir)) {
            for (String f : List.of("ydelser.csv", "doede.csv")) {
                new ImportService(ws, ref, Clock.systemDefaultZone()).importFile(SMALL.resolve(f), ImportOptions.defaults(),
                        ProgressListener.NONE, new CancellationToken());
            }
        }
        FigureResult trappen = DuckDbComparison.trappenCold(ref, dir);
        Map<String, Integer> duck = DuckDbComparison.duckDb(SMALL);
        assertEquals(List.of(), DuckDbComparison.compare(ref, trappen, duck));

        LocalDate last = trappen.cutDates().get(trappen.cutDates().size() - 1);
        int nt4 = trappen.count(751, last, FigureId.NT4);
        assertTrue(nt4 > 0, "Aarhus has persons on trin 5 in the sample");
        Map<String, Integer> changed = new HashMap<>(duck);
        changed.put("NT4|751|" + last, nt4 + 1);
        List<String> differences = DuckDbComparison.compare(ref, trappen, changed);
        assertEquals(List.of("751 " + last + " NT4: " + nt4 + " / " + (nt4 + 1)), differences);
    }

    @Test
    void theTableReplacesTheEarlierOneBetweenTheMarkers() throws Exception {
        Path doc = tmp.resolve("performance.md");
        Files.writeString(doc, "# Performance\n\nearlier text\n");
        BenchmarkSuite.writeSection(doc, "| a |\n");
        BenchmarkSuite.writeSection(doc, "| b |\n");
        String text = Files.readString(doc);
        assertTrue(text.startsWith("# Performance\n\nearlier text\n"));
        assertTrue(text.contains(BenchmarkSuite.START + "\n| b |\n" + BenchmarkSuite.END));
        assertFalse(text.contains("| a |"));
    }
}
