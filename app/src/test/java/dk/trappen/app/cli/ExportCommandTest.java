package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trappen export} through {@link Cli#execute}: one Danish line on success, exit 2 with a
 * Danish message for wrong usage, exit 1 when the workspace cannot be used. The workspace holds the
 * committed sample's services ({@code samples/small/ydelser.csv}), imported once through
 * {@code trappen import}: cut dates 2017-12-31 to 2025-12-31.
 */
class ExportCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path ws;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void importTheSample() {
        ws = shared.resolve("ws");
        StringWriter log = new StringWriter();
        assertEquals(0, Cli.execute(() -> TestContexts.inFolder(shared), new PrintWriter(log, true),
                new PrintWriter(log, true), "import", "--workspace", ws.toString(),
                Path.of("..", "samples", "small", "ydelser.csv").toString()), log.toString());
    }

    private int run(String... args) {
        return Cli.execute(() -> TestContexts.inFolder(tmp), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void oneKommuneIsWrittenAndNamedInOneLine() throws IOException {
        Path file = tmp.resolve("aarhus.xlsx");
        assertEquals(0, run("export", "--workspace", ws.toString(), "--kommune", "751", "--out", file.toString()),
                err.toString());
        String line = out.toString().strip();
        assertTrue(line.matches("Nøgletal for Aarhus \\(751\\) pr\\. 31-12-2025 eksporteret til .*aarhus\\.xlsx "
                + "\\(11 ark, \\d+,\\d s\\)\\."), line);
        assertEquals(1, out.toString().split("\\R").length);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals("Forside", wb.getSheetName(0));
            assertTrue(wb.getSheet("Indsatstrappen").getRow(WorkbookRows.firstFigureRow(wb.getSheet("Indsatstrappen")))
                    .getCell(1).getNumericCellValue() > 0, "Aarhus's NT1, a number");
        }
    }

    @Test
    void allKommunerAtAnEarlierCutDateInEitherDateForm() throws IOException {
        Path file = tmp.resolve("alle.xlsx");
        assertEquals(0, run("export", "--workspace", ws.toString(), "--kommune", "all", "--cut", "31-12-2017", "--out",
                file.toString()), err.toString());
        assertTrue(out.toString().startsWith("Nøgletal for alle kommuner pr. 31-12-2017 eksporteret til "), out.toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals("Alle kommuner", wb.getSheetName(1));
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("export", "--workspace", ws.toString(), "--kommune", "all", "--cut", "2017-12-31", "--out",
                file.toString()), err.toString());
    }

    @Test
    void wrongUsageIsADanishLineAndExitTwo() {
        String w = ws.toString();
        String x = tmp.resolve("x.xlsx").toString();
        assertUsage("Fejl: --kommune mangler: angiv en kommunekode på tre cifre (fx 751) eller all",
                "export", "--workspace", w, "--out", x);
        assertUsage("Fejl: --out mangler: angiv projektmappen, der skal skrives, fx --out noegletal.xlsx",
                "export", "--workspace", w, "--kommune", "751");
        assertUsage("Fejl: --kommune skal være en kommunekode på tre cifre (fx 751) eller all, ikke 'Aarhus'",
                "export", "--workspace", w, "--kommune", "Aarhus", "--out", x);
        assertUsage("Fejl: ukendt kommunekode 999", "export", "--workspace", w, "--kommune", "999", "--out", x);
        assertUsage("Fejl: --out skal være en .xlsx-fil, ikke '" + tmp.resolve("x.csv") + "'",
                "export", "--workspace", w, "--kommune", "751", "--out", tmp.resolve("x.csv").toString());
        assertUsage("Fejl: ugyldig dato for --cut: '2018-13-01' (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ, fx 2025-12-31)",
                "export", "--workspace", w, "--kommune", "751", "--cut", "2018-13-01", "--out", x);
        assertUsage("Fejl: --cut skal være en skæringsdato, 30. juni eller 31. december, ikke 01-05-2018",
                "export", "--workspace", w, "--kommune", "751", "--cut", "2018-05-01", "--out", x);
        assertUsage("Fejl: 31-12-2030 er ikke en skæringsdato i data. Vælg 30-06 eller 31-12 fra 31-12-2017 til 31-12-2025.",
                "export", "--workspace", w, "--kommune", "751", "--cut", "2030-12-31", "--out", x);
        assertFalse(Files.exists(tmp.resolve("x.xlsx")));
    }

    @Test
    void aMissingWorkspaceOrFolderIsOneLineAndExitOne() {
        assertEquals(1, run("export", "--workspace", tmp.resolve("findes-ikke").toString(), "--kommune", "751", "--out",
                tmp.resolve("x.xlsx").toString()));
        assertEquals(1, err.toString().split("\\R").length, err.toString());
        assertTrue(err.toString().startsWith("Fejl: Der er ingen Trappen-arbejdsmappe i"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(1, run("export", "--workspace", ws.toString(), "--kommune", "751", "--out",
                tmp.resolve("mangler").resolve("x.xlsx").toString()), err.toString());
        assertTrue(err.toString().startsWith("Fejl: Mappen "), err.toString());
    }

    @Test
    void helpIsDanish() {
        assertEquals(0, run("export", "--help"));
        assertTrue(out.toString().contains("Eksportér nøgletallene til en Excel-projektmappe (.xlsx)."), out.toString());
        assertTrue(out.toString().contains("--kommune=CODE|all"), out.toString());
        assertTrue(out.toString().contains("Skæringsdatoen, ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ"), out.toString());
    }

    private void assertUsage(String message, String... args) {
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), String.join(" ", args) + ": " + err);
        String[] lines = err.toString().split("\\R");
        assertEquals(message, lines[0]);
        assertTrue(err.toString().contains("Brug: trappen export"), err.toString());
    }

    /** Finds the table's first row (NT1) on an area sheet. */
    private static final class WorkbookRows {
        static int firstFigureRow(org.apache.poi.ss.usermodel.Sheet s) {
            for (org.apache.poi.ss.usermodel.Row r : s) {
                org.apache.poi.ss.usermodel.Cell c = r.getCell(0);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().startsWith("NT1 ")) {
                    return r.getRowNum();
                }
            }
            throw new AssertionError("no NT1 row");
        }
    }
}
