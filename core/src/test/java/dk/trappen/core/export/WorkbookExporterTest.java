package dk.trappen.core.export;

import static dk.trappen.core.export.ExportFixture.FIRST;
import static dk.trappen.core.export.ExportFixture.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of {@link ExportFixture#handBuilt}, read back with POI. Golden values by hand, at
 * 2018-06-30 (the persons are the same at both cut dates):
 * <ul>
 * <li>Aarhus: NT1 = 12 (12 / 240,000 × 10,000 = 0.5 per 10,000), NT4 = 3 shown as "&lt;5", and NT6 = 7
 * hidden as "x" (NT1–NT6 and their shown sum would give NT4 back; NT6 is the smallest other part);
 * their rates are hidden too.</li>
 * <li>Region Midtjylland, also the default comparison group: NT1 = 12 (0.29 → 0.3), NT4 = 3 + 20 = 23
 * (0.55 → 0.5), NT6 = 7 (0.17 → 0.2) per 10,000 of 420,000.</li>
 * <li>Hele landet: NT1 = 12 + 6 = 18 (0.15 → 0.1 per 10,000 of 1,210,000), NT4 = 23, NT6 = 7.</li>
 * </ul>
 */
class WorkbookExporterTest {

    private static final int AARHUS = 1;
    private static final int GROUP = 2;
    private static final int REGION = 3;
    private static final int LAND = 4;
    private static final int RATES = 4;

    @TempDir
    Path tmp;

    private int exports;

    /** Exports from a new copy of the fixture (a workspace per call) to {@code noegletal.xlsx}. */
    private Path export(ExportRequest request) throws Exception {
        Path out = tmp.resolve("noegletal.xlsx");
        try (Workspace ws = ExportFixture.handBuilt(tmp.resolve("ws" + (exports++ == 0 ? "" : exports)))) {
            ExportSummary summary = ExportFixture.exporter().export(ws, request, out, ProgressListener.NONE,
                    new CancellationToken());
            assertEquals(out.toAbsolutePath(), summary.file());
        }
        return out;
    }

    @Test
    void sheetsStandInReadingOrderWithDanishNamesExcelAccepts() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751)))) {
            assertEquals(List.of("Forside", "Indsatstrappen", "Bevægelser", "Uddannelse og beskæftigelse", "Trivsel",
                    "Mental sundhed", "Genindlæggelser", "Økonomi", "Overgangsmatrix", "Definitioner", "Diagramdata"),
                    book.sheetNames());
            book.sheetNames().forEach(n -> assertTrue(n.length() <= 31, n));
        }
    }

    /** Asked for in English (the workbench in English asks so), the texts are English; the numbers the same. */
    @Test
    void anEnglishWorkbookHasEnglishTextsAndTheSameNumbers() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751).in(java.util.Locale.ENGLISH)))) {
            assertEquals("Cover", book.sheetNames().get(0));
            assertTrue(book.sheetNames().containsAll(List.of("Transition matrix", "Definitions", "Chart data")),
                    book.sheetNames().toString());
            assertEquals("Key figures of social psychiatry", book.sheet("Cover").getRow(0).getCell(0).getStringCellValue());
            XSSFSheet staircase = book.sheet(book.sheetNames().get(1));
            assertCount(12, WorkbookReader.row(staircase, 0, "NT1 ").getCell(AARHUS));
        }
        assertEquals(java.util.Locale.ENGLISH, ExportRequest.kommune(751).in(java.util.Locale.UK).language());
        assertEquals(dk.trappen.core.Messages.DANISH, ExportRequest.kommune(751).in(java.util.Locale.GERMAN).language(),
                "a language without texts falls back to Danish");
    }

    @Test
    void theStaircaseTableHoldsNumbersAndTheHiddenCellsHoldTextWithANote() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751)))) {
            XSSFSheet s = book.sheet("Indsatstrappen");
            Row nt1 = WorkbookReader.row(s, 0, "NT1 ");
            assertCount(12, nt1.getCell(AARHUS));
            assertCount(12, nt1.getCell(GROUP));
            assertCount(12, nt1.getCell(REGION));
            assertCount(18, nt1.getCell(LAND));
            assertRate(0.5, nt1.getCell(AARHUS + RATES));
            assertRate(0.3, nt1.getCell(REGION + RATES));
            assertRate(0.1, nt1.getCell(LAND + RATES));

            Row nt4 = WorkbookReader.row(s, 0, "NT4 ");
            assertHidden("<5", nt4.getCell(AARHUS), "Færre end 5 personer");
            assertHidden("x", nt4.getCell(AARHUS + RATES), "antallet bag tallet er skjult");
            // Region Midtjylland (Aarhus's "<5" + Randers's 20) would give Aarhus's 3 away; of the
            // region and Randers the region opens fewer relations, so it is the one hidden, in
            // every output (the workspace's one pattern).
            assertHidden("x", nt4.getCell(REGION), "sekundær diskretionering");
            assertHidden("x", nt4.getCell(REGION + RATES), "antallet bag tallet er skjult");
            Row nt6 = WorkbookReader.row(s, 0, "NT6 ");
            assertHidden("x", nt6.getCell(AARHUS), "sekundær diskretionering");
            // Aarhus's 7 are all of the region's and hele landet's NT6 (every other kommune has 0,
            // as the all-kommuner outputs show), so those are hidden with it.
            assertHidden("x", nt6.getCell(LAND), "sekundær diskretionering");
            assertHidden("x", nt6.getCell(REGION + RATES), "antallet bag tallet er skjult");

            // The development: one block per figure, a row per cut date with the date as a date.
            int development = WorkbookReader.row(s, 0, "Udvikling fra 31-12-2017 til 30-06-2018").getRowNum();
            assertTrue(development > nt6.getRowNum(), "the blocks come after the table at the cut date");
            Row first = WorkbookReader.dateRow(s, development, FIRST);
            assertEquals("dd-mm-yyyy", first.getCell(0).getCellStyle().getDataFormatString());
            assertEquals("NT1 Modtagere af længerevarende botilbud (SEL §108)",
                    s.getRow(first.getRowNum() - 1).getCell(0).getStringCellValue(), "NT1's block comes first");
            assertCount(12, first.getCell(AARHUS));
            int nt4Block = WorkbookReader.row(s, 0, "NT4 Modtagere", development).getRowNum();
            assertHidden("<5", WorkbookReader.dateRow(s, nt4Block, SECOND).getCell(AARHUS), "Færre end 5");
        }
    }

    @Test
    void headersAreFrozenAndTheSheetPrintsOnA4() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751)))) {
            XSSFSheet s = book.sheet("Indsatstrappen");
            PaneInformation pane = s.getPaneInformation();
            assertNotNull(pane, "frozen panes");
            assertTrue(pane.isFreezePane());
            Row header = s.getRow(pane.getHorizontalSplitPosition() - 1);
            assertEquals("Aarhus", header.getCell(AARHUS).getStringCellValue());
            assertEquals("Region Midtjylland", header.getCell(REGION).getStringCellValue());
            assertEquals("Hele landet", header.getCell(LAND).getStringCellValue());
            for (XSSFSheet sheet : List.of(s, book.sheet("Forside"), book.sheet("Definitioner"))) {
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(),
                        sheet.getSheetName());
                assertNotNull(book.wb.getPrintArea(book.wb.getSheetIndex(sheet)), sheet.getSheetName());
            }
            assertTrue(s.getColumnWidth(0) >= 30 * 256, "the labels' column is wide enough for a title");
        }
    }

    /**
     * Two charts on the staircase sheet: bars of NT1–NT6 per 10,000 for the four units, and Aarhus's
     * development. Their data are on Diagramdata, where Aarhus's hidden NT4 and NT6 are empty cells.
     */
    @Test
    void chartsAreNativeAndTheirDataHoldNoHiddenNumber() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751)))) {
            List<XSSFChart> charts = WorkbookReader.charts(book.sheet("Indsatstrappen"));
            assertEquals(2, charts.size());
            XDDFChartData bars = charts.get(0).getChartSeries().get(0);
            assertEquals(4, bars.getSeriesCount(), "Aarhus, the group, the region and hele landet");
            XDDFChartData.Series aarhus = bars.getSeries(0);
            String values = aarhus.getValuesData().getDataRangeReference();
            assertTrue(values.startsWith("Diagramdata!$B$"), values);
            List<Cell> cells = book.cells(values);
            assertEquals(6, cells.size(), "NT1–NT6");
            assertEquals(0.5, cells.get(0).getNumericCellValue(), 1e-9);
            assertBlank(cells.get(3));
            assertBlank(cells.get(5));
            List<Cell> categories = book.cells(aarhus.getCategoryData().getDataRangeReference());
            assertEquals("Trin 8 · §108 (NT1)", categories.get(0).getStringCellValue());
            assertEquals("Trin 3–4 · §103/§104 (NT5)", categories.get(4).getStringCellValue());
            assertEquals("Trin 2 · §82a, §82b (NT6)", categories.get(5).getStringCellValue());
            List<Cell> land = book.cells(bars.getSeries(3).getValuesData().getDataRangeReference());
            assertEquals(0.1, land.get(0).getNumericCellValue(), 1e-9);

            XDDFChartData lines = charts.get(1).getChartSeries().get(0);
            assertEquals(6, lines.getSeriesCount(), "NT1–NT6 over time");
            List<Cell> dates = book.cells(lines.getSeries(0).getCategoryData().getDataRangeReference());
            assertEquals(List.of(FIRST, SECOND), dates.stream().map(c -> c.getLocalDateTimeCellValue().toLocalDate())
                    .collect(Collectors.toList()));
            for (int i = 0; i < lines.getSeriesCount(); i++) {
                for (Cell c : book.cells(lines.getSeries(i).getValuesData().getDataRangeReference())) {
                    assertTrue(c == null || c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.BLANK,
                            "chart data are numbers or empty: " + c);
                }
            }
            assertBlank(book.cells(lines.getSeries(3).getValuesData().getDataRangeReference()).get(0));
        }
    }

    @Test
    void noCellHoldsACountFromOneToFour() throws Exception {
        for (ExportRequest request : List.of(ExportRequest.kommune(751), ExportRequest.allKommuner())) {
            try (WorkbookReader book = new WorkbookReader(export(request))) {
                // The Forside counts files and rows, not persons.
                assertEquals(List.of(), book.smallCounts(List.of("Forside")), request.toString());
            }
        }
    }

    /** Without discretion (threshold 0) Aarhus's 3 persons on trin 5 are shown: the scan above can fail. */
    @Test
    void withDiscretionOffTheSmallCountIsShownAndFound() throws Exception {
        Path out = tmp.resolve("uden.xlsx");
        try (Workspace ws = ExportFixture.handBuilt(tmp.resolve("ws"))) {
            WorkspaceSettings.save(ws, new WorkspaceSettings(List.of("1.2.2"), 0, WorkspaceSettings.Nt121Variant.SEL82));
            ExportFixture.exporter().export(ws, ExportRequest.kommune(751), out, ProgressListener.NONE,
                    new CancellationToken());
        }
        try (WorkbookReader book = new WorkbookReader(out)) {
            assertFalse(book.smallCounts(List.of("Forside")).isEmpty());
            assertCount(3, WorkbookReader.row(book.sheet("Indsatstrappen"), 0, "NT4 ").getCell(AARHUS));
            assertTrue(WorkbookReader.row(book.sheet("Forside"), 0, "Diskretionering").getCell(1).getStringCellValue()
                    .startsWith("Ingen"));
        }
    }

    @Test
    void theForsideNamesTheKommuneItsComparisonsTheDataAndTheRule() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751)))) {
            XSSFSheet s = book.sheet("Forside");
            assertEquals("Aarhus (751)", WorkbookReader.row(s, 0, "Kommune").getCell(1).getStringCellValue());
            assertEquals("Region Midtjylland", WorkbookReader.row(s, 0, "Region").getCell(1).getStringCellValue());
            assertEquals("Egen region (standard): Region Midtjylland",
                    WorkbookReader.row(s, 0, "Sammenligningsgruppe").getCell(1).getStringCellValue());
            String members = WorkbookReader.row(s, 0, "Gruppens kommuner (19)").getCell(1).getStringCellValue();
            assertTrue(members.contains("Randers (730)") && members.contains("Aarhus (751)"), members);
            assertFalse(WorkbookReader.row(s, 0, "Sundhedsklynge").getCell(1).getStringCellValue().isEmpty());
            Cell cut = WorkbookReader.row(s, 0, "Skæringsdato").getCell(1);
            assertEquals(SECOND, cut.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd-mm-yyyy", cut.getCellStyle().getDataFormatString());
            assertTrue(WorkbookReader.row(s, 0, "Diskretionering").getCell(1).getStringCellValue()
                    .startsWith("Antal fra 1 til 4 personer vises som <5"));
            assertTrue(WorkbookReader.row(s, 0, "Programversion").getCell(1).getStringCellValue().startsWith("Trappen "));
            Row services = WorkbookReader.row(s, 0, "Ydelser (indsatstrappen)");
            assertEquals(LocalDate.of(2017, 1, 1), services.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(SECOND, services.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("ikke importeret", WorkbookReader.row(s, 0, "DREAM").getCell(2).getStringCellValue());
            Row file = WorkbookReader.row(s, 0, "ydelser.csv");
            assertEquals(49, file.getCell(4).getNumericCellValue());
            // Links to every other sheet.
            assertEquals("'Diagramdata'!A1", WorkbookReader.row(s, 0, "Diagramdata").getCell(0).getHyperlink().getAddress());
        }
    }

    /** The fixture has no DREAM, measurements, LPR or accounts: those sheets say why instead of empty tables. */
    @Test
    void aSourceMissingFromTheWorkspaceIsNamedInsteadOfEmptyTables() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751)))) {
            XSSFSheet s = book.sheet("Uddannelse og beskæftigelse");
            WorkbookReader.row(s, 0, "Ikke opgjort ved 30-06-2018: ingen DREAM-data importeret.");
            assertThrows(AssertionError.class, () -> WorkbookReader.row(s, 0, "NT11 "));
            assertEquals(List.of(), WorkbookReader.charts(s));
            WorkbookReader.row(book.sheet("Forside"), 0, "NT11–NT12.2 (DREAM) ved 30-06-2018: ingen DREAM-data importeret.");
            WorkbookReader.row(book.sheet("Økonomi"), 0, "Ikke opgjort ved 31-12-2017: ingen regnskabsdata importeret.");
        }
    }

    @Test
    void progressRunsThroughEverySheetToTheEnd() throws Exception {
        List<long[]> calls = new ArrayList<>();
        try (Workspace ws = ExportFixture.handBuilt(tmp.resolve("ws"))) {
            ExportFixture.exporter().export(ws, ExportRequest.kommune(751), tmp.resolve("x.xlsx"),
                    (done, total, message) -> calls.add(new long[] {done, total}), new CancellationToken());
        }
        long[] last = calls.get(calls.size() - 1);
        assertEquals(last[1], last[0], "done at the end");
        assertEquals(12, last[1], "11 sheets and saving");
    }

    @Test
    void anEarlierCutDateEndsTheSeriesThere() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751).at(FIRST)))) {
            XSSFSheet s = book.sheet("Indsatstrappen");
            assertTrue(WorkbookReader.row(s, 0, "Ved skæringsdatoen 31-12-2017") != null);
            int from = WorkbookReader.row(s, 0, "Udvikling").getRowNum();
            WorkbookReader.dateRow(s, from, FIRST);
            assertThrows(AssertionError.class, () -> WorkbookReader.dateRow(s, from, SECOND));
        }
    }

    @Test
    void theTransitionMatrixHasARowPerTrinAndAColumnPerTrinDiedAndTotal() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(101)))) {
            XSSFSheet s = book.sheet("Overgangsmatrix");
            Row header = WorkbookReader.row(s, 0, "Trin ved 31-12-2017");
            assertEquals("8", header.getCell(1).getStringCellValue(), "columns run from trin 8 as the rows do");
            assertEquals("1", header.getCell(8).getStringCellValue());
            assertEquals("Død", header.getCell(9).getStringCellValue());
            assertEquals("I alt", header.getCell(10).getStringCellValue());
            Row trin8 = WorkbookReader.row(s, 0, "8 Længerevarende botilbud");
            assertCount(6, trin8.getCell(1));
            assertCount(0, trin8.getCell(8));
            assertCount(6, trin8.getCell(10));
            assertEquals(2, s.getRow(trin8.getRowNum() + 6).getCell(0).getStringCellValue().charAt(0) - '0',
                    "rows run from trin 8 down to trin 2");
        }
    }

    @Test
    void definitionsHoldTheWholeCatalogue() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.kommune(751)))) {
            XSSFSheet s = book.sheet("Definitioner");
            Row nt1 = WorkbookReader.row(s, 0, "NT1");
            assertEquals("Indsatstrappen", nt1.getCell(1).getStringCellValue());
            assertEquals("Modtagere af længerevarende botilbud (SEL §108)", nt1.getCell(2).getStringCellValue());
            assertTrue(nt1.getCell(3).getStringCellValue().contains("trin 8"));
            assertEquals("halvårlig", nt1.getCell(6).getStringCellValue());
            assertEquals("faldende", nt1.getCell(7).getStringCellValue());
            int ids = 0;
            for (Row r : s) {
                Cell c = r.getCell(0);
                if (c != null && c.getStringCellValue().startsWith("NT") && r.getRowNum() > 2) {
                    ids++;
                }
            }
            assertEquals(ExportFixture.REFERENCE.figures().size() + 2, ids, "the catalogue and NT18_INDL, NT18_RATE");
        }
    }

    /**
     * Every kommune in a row beside the regions and hele landet. Region Midtjylland's NT4 (23) with
     * Aarhus's "&lt;5" and Randers's 20 would give Aarhus's 3 away, so the region's NT4 is hidden
     * (the same cell as in Aarhus's workbook) and Randers's 20 stays.
     * København (6 on trin 8 of 10,000 adults) is shown as it is.
     */
    @Test
    void allKommunerAddsASortableSheetAndComparesTheRegions() throws Exception {
        try (WorkbookReader book = new WorkbookReader(export(ExportRequest.allKommuner()))) {
            assertEquals("Alle kommuner", book.sheetNames().get(1));
            XSSFSheet s = book.sheet("Alle kommuner");
            Row aarhus = WorkbookReader.row(s, 1, "Aarhus");
            Row header = WorkbookReader.row(s, 0, "Kode");
            assertEquals(751, aarhus.getCell(0).getNumericCellValue());
            assertEquals("NT1", header.getCell(4).getStringCellValue());
            Row copenhagen = WorkbookReader.row(s, 1, "København");
            assertCount(6, copenhagen.getCell(4));
            assertRate(6.0, copenhagen.getCell(5));
            int nt4 = WorkbookReader.column(header, "NT4");
            assertHidden("<5", aarhus.getCell(nt4), "Færre end 5");
            assertCount(20, WorkbookReader.row(s, 1, "Randers").getCell(nt4));
            assertHidden("x", WorkbookReader.row(s, 1, "Hele landet").getCell(nt4), "sekundær diskretionering");
            assertNotNull(header.getCell(4).getCellComment(), "the figure's title in a note");
            // An autofilter over the header and the 98 kommuner.
            org.openxmlformats.schemas.spreadsheetml.x2006.main.CTAutoFilter filter = s.getCTWorksheet().getAutoFilter();
            assertNotNull(filter);
            assertEquals("A" + (header.getRowNum() + 1), filter.getRef().split(":")[0]);
            assertTrue(filter.getRef().endsWith(Integer.toString(header.getRowNum() + 1 + 98)), filter.getRef());

            Row units = s.getRow(0);
            assertNotNull(units);
            XSSFSheet staircase = book.sheet("Indsatstrappen");
            Row names = staircase.getRow(staircase.getPaneInformation().getHorizontalSplitPosition() - 1);
            assertEquals("Region Nordjylland", names.getCell(1).getStringCellValue());
            assertEquals("Hele landet", names.getCell(6).getStringCellValue());
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Path out = tmp.resolve("noegletal.xlsx");
        try (Workspace ws = ExportFixture.handBuilt(tmp.resolve("ws"))) {
            CancellationToken cancel = new CancellationToken();
            List<String> steps = new ArrayList<>();
            // Cancelled while the sheets are written, after the figures are computed.
            ProgressListener progress = (done, total, message) -> {
                steps.add(message);
                if (message.startsWith("Skriver arket Trivsel")) {
                    cancel.cancel();
                }
            };
            assertThrows(CancelledException.class,
                    () -> ExportFixture.exporter().export(ws, ExportRequest.kommune(751), out, progress, cancel));
            assertTrue(steps.contains("Skriver arket Indsatstrappen"), steps.toString());
        }
        assertEquals(List.of("ws"), filesIn(tmp));
    }

    @Test
    void anExistingFileIsReplacedWhole() throws Exception {
        Path out = tmp.resolve("noegletal.xlsx");
        Files.writeString(out, "an older workbook");
        export(ExportRequest.kommune(751));
        try (WorkbookReader book = new WorkbookReader(out)) {
            assertEquals("Forside", book.sheetNames().get(0));
        }
        assertEquals(List.of("noegletal.xlsx", "ws"), filesIn(tmp), "no temporary file is left");
    }

    @Test
    void wrongRequestsAreDanishErrorsAndWriteNothing() throws Exception {
        Path out = tmp.resolve("noegletal.xlsx");
        try (Workspace ws = ExportFixture.handBuilt(tmp.resolve("ws"))) {
            WorkbookExporter exporter = ExportFixture.exporter();
            ExportException notCut = assertThrows(ExportException.class, () -> exporter.export(ws,
                    ExportRequest.kommune(751).at(LocalDate.of(2024, 12, 31)), out, ProgressListener.NONE,
                    new CancellationToken()));
            assertEquals("31-12-2024 er ikke en skæringsdato i data. Vælg 30-06 eller 31-12 fra 31-12-2017 til 30-06-2018.",
                    notCut.getMessage());
            ExportException unknown = assertThrows(ExportException.class, () -> exporter.export(ws,
                    ExportRequest.kommune(999), out, ProgressListener.NONE, new CancellationToken()));
            assertEquals("Kommunekoden 999 findes ikke i kommunetabellen.", unknown.getMessage());
            ExportException folder = assertThrows(ExportException.class, () -> exporter.export(ws,
                    ExportRequest.kommune(751), tmp.resolve("findes-ikke").resolve("x.xlsx"), ProgressListener.NONE,
                    new CancellationToken()));
            assertTrue(folder.getMessage().startsWith("Mappen "), folder.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    private static List<String> filesIn(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static void assertCount(int expected, Cell c) {
        assertNotNull(c);
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
        assertEquals(expected, c.getNumericCellValue(), 0.0, c.getAddress().toString());
        assertEquals("#,##0", c.getCellStyle().getDataFormatString());
    }

    private static void assertRate(double expected, Cell c) {
        assertNotNull(c);
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
        assertEquals(expected, c.getNumericCellValue(), 1e-9, c.getAddress().toString());
        assertEquals("#,##0.0", c.getCellStyle().getDataFormatString());
    }

    private static void assertHidden(String text, Cell c, String note) {
        assertNotNull(c);
        assertEquals(CellType.STRING, c.getCellType(), c.getAddress().toString());
        assertEquals(text, c.getStringCellValue());
        assertNotNull(c.getCellComment(), "a note on " + c.getAddress());
        String said = c.getCellComment().getString().getString();
        assertTrue(said.contains(note), said);
    }

    private static void assertBlank(Cell c) {
        assertTrue(c == null || c.getCellType() == CellType.BLANK, "empty, not " + c);
    }
}
