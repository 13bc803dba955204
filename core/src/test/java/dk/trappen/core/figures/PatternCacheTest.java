package dk.trappen.core.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.CellStatus;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suppression pattern kept in the workspace beside the figures: a later session reads it and
 * shows exactly the cells decided before; what is stored stays readable (pinned bytes).
 */
class PatternCacheTest {

    private static final ReferenceData REF = ReferenceLoader.fromDirectory(Path.of("..", "resources"));

    @TempDir
    Path tmp;

    /** The stored statuses are CellStatus ordinals: their order is part of the stored format. */
    @Test
    void statusOrdinalsArePinned() {
        assertEquals(List.of("SHOWN", "BELOW_THRESHOLD", "SECONDARY", "TOO_FEW", "NOT_AVAILABLE"),
                java.util.Arrays.stream(CellStatus.values()).map(Enum::name).collect(java.util.stream.Collectors.toList()));
    }

    /** A payload written by format 1 (format, cell count, a byte per cell, deflated) reads back as written. */
    @Test
    void aFormatOnePayloadStaysReadable() throws Exception {
        byte[] payload = HexFormat.of().parseHex("789c6360606064606060656064626001000043000e");
        assertArrayEquals(new byte[] {0, 1, 2, 0, 4}, FigureCache.decodePattern(payload));
        assertArrayEquals(new byte[] {0, 1, 2, 0, 4}, FigureCache.decodePattern(FigureCache.encodePattern(
                new byte[] {0, 1, 2, 0, 4})), "and what is written now reads back the same");
    }

    @Test
    void aNewSessionReadsThePatternKeptInTheWorkspace() throws Exception {
        Path dir = tmp.resolve("ws");
        List<String> first;
        try (Workspace ws = Workspace.create(dir)) {
            ImportService importer = new ImportService(ws, REF, Clock.systemUTC());
            for (String f : List.of("ydelser.csv", "doede.csv", "befolkning.csv")) {
                importer.importFile(Path.of("..", "samples", "small", f), ImportOptions.defaults(), ProgressListener.NONE,
                        new CancellationToken());
            }
            first = texts(new FigureService(REF).published(ws));
            try (Connection c = ws.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM figure_cache WHERE cache_key LIKE 'pattern|%'")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the pattern is kept beside the figures");
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            PublishedFigures again = new FigureService(REF).published(ws);
            assertEquals(first, texts(again));
            assertTrue(first.stream().anyMatch(t -> t.endsWith("=x")), "the sample has secondary suppression");
        }
    }

    /**
     * Every target group ticked one by one makes a settings key longer than the key column: it is
     * kept as its digest, so the figures are still kept and read back (the key once failed to save).
     */
    @Test
    void figuresUnderManyTargetGroupsAreKept() throws Exception {
        List<String> groups = new ArrayList<>();
        REF.maalgrupper().forEach(m -> groups.add(m.code()));
        WorkspaceSettings many = new WorkspaceSettings(groups, 5, WorkspaceSettings.Nt121Variant.SEL82);
        FigureCache cache = new FigureCache(REF);
        String key = cache.key(many);
        assertTrue(key.contains("|sha256:"), "the 23 målgrupper make a key longer than the column: " + key);
        assertTrue(key.length() <= FigureCache.MAX_KEY, key);
        assertTrue(cache.key(WorkspaceSettings.defaults()).contains("|1.2.2"), "a short key is kept as it is");
        assertEquals(key, cache.key(many), "the digest is stable");
        assertTrue(!key.equals(cache.key(WorkspaceSettings.defaults())));
        try (Workspace ws = Workspace.create(tmp.resolve("many"))) {
            ImportService importer = new ImportService(ws, REF, Clock.systemUTC());
            importer.importFile(Path.of("..", "samples", "small", "ydelser.csv"), ImportOptions.defaults(),
                    ProgressListener.NONE, new CancellationToken());
            WorkspaceSettings.save(ws, many);
            FigureService service = new FigureService(REF);
            FigureResult computed = service.compute(ws);
            service.clearCache();
            assertEquals(computed.dataVersion(), service.compute(ws).dataVersion());
            try (Connection c = ws.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM figure_cache WHERE cache_key LIKE 'v%sha256:%'")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the figures were kept under the digest key");
            }
        }
    }

    /** Every cell of every kommune and region as text, in a fixed order. */
    private static List<String> texts(PublishedFigures p) {
        List<String> out = new ArrayList<>();
        ComparisonUnits units = new ComparisonUnits(REF);
        List<ComparisonUnit> all = new ArrayList<>(units.units(Level.KOMMUNE));
        all.addAll(units.units(Level.REGION));
        all.add(units.land());
        for (ComparisonUnit u : all) {
            for (LocalDate d : p.result().cutDates()) {
                for (FigureId f : FigureId.standard(p.result().rules())) {
                    out.add(u.id() + " " + d + " " + f.id() + "=" + p.shown(u).cell(d, f).text());
                }
            }
        }
        return out;
    }
}
