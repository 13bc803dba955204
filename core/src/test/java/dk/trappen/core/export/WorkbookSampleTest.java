package dk.trappen.core.export;

import dk.trappen.core.figures.WorkspaceSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.CellStatus;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.store.Workspace;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.BeforeAll;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks of the committed synthetic sample (every source present), checked cell by cell
 * against the core's own figures after discretion: what the workbook shows must be what the
 * figures command and the screens show, as numbers where they are shown.
 */
class WorkbookSampleTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final FigureCatalogue TITLES = new FigureCatalogue(ExportFixture.REFERENCE);

    @TempDir
    static Path tmp;

    private static Path aarhus;
    private static Path all;
    private static FigureResult result;
    private static dk.trappen.core.figures.compare.PublishedFigures published;
    private static Discretion discretion;
    private static LocalDate cut;

    @BeforeAll
    static void export() {
        aarhus = tmp.resolve("aarhus.xlsx");
        all = tmp.resolve("alle.xlsx");
        try (Workspace ws = ExportFixture.sample(tmp.resolve("ws"))) {
            FigureService figures = new FigureService(ExportFixture.REFERENCE);
            WorkbookExporter exporter = new WorkbookExporter(figures, ExportFixture.CLOCK);
            exporter.export(ws, ExportRequest.kommune(751), aarhus, ProgressListener.NONE, new CancellationToken());
            exporter.export(ws, ExportRequest.allKommuner(), all, ProgressListener.NONE, new CancellationToken());
            result = figures.compute(ws);
            discretion = Discretion.of(WorkspaceSettings.load(ws));
            published = figures.published(ws);
        }
        cut = result.cutDates().get(result.cutDates().size() - 1);
    }

    /** Aarhus, its default group (Region Midtjylland's kommuner), the region, hele landet. */
    private static List<ComparisonUnit> units() {
        ComparisonUnits units = new ComparisonUnits(ExportFixture.REFERENCE);
        List<ComparisonUnit> all = units.comparisonsFor(751, Optional.empty());
        return List.of(all.get(0), all.get(1), all.get(2), units.land());
    }

    private static List<FigureId> figures(Omraade area) {
        List<FigureId> out = new ArrayList<>();
        for (Figure n : ExportFixture.REFERENCE.figures(area)) {
            out.add(FigureId.parse(n.id()).orElseThrow());
            if (n.id().equals("NT18")) {
                out.add(FigureId.NT18_INDL);
                out.add(FigureId.NT18_RATE);
            }
        }
        return out;
    }

    /** Every unit's cells are the workspace's one suppression pattern, in the area tables and in Alle kommuner. */
    @Test
    void everyAreaTableShowsTheCoresCellsAtTheCutDate() throws Exception {
        List<ComparisonUnit> units = units();
        int checked = 0;
        int extra = 0;
        try (WorkbookReader book = new WorkbookReader(aarhus)) {
            for (Omraade area : Omraade.values()) {
                XSSFSheet s = book.sheet(AreaSheet.name(new Texts(DANISH), area));
                LocalDate at = area == Omraade.OEKONOMI ? LocalDate.of(cut.getYear(), Month.DECEMBER, 31) : cut;
                for (FigureId f : figures(area)) {
                    Row r = WorkbookReader.row(s, 0, f.id() + " ");
                    for (int i = 0; i < units.size(); i++) {
                        DisplaySeries shown = published.shown(units.get(i));
                        boolean own = i == 0;
                        extra += assertSame(shown.cell(at, f), r.getCell(1 + i), f.decimals(), own,
                                area + " " + f + " " + units.get(i).name());
                        if (TITLES.isCount(f)) {
                            assertSame(shown.per10000(at, f), r.getCell(1 + units.size() + i), 1, own,
                                    area + " " + f + " rate " + units.get(i).name());
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(4 * (ExportFixture.REFERENCE.figures().size() + 2), checked);
        assertEquals(0, extra, "every cell is the workspace's one pattern, none hidden beside it");
    }

    /**
     * Every time-series row of NT4 and NT12: one row per cut date from 2017-12-31, the same cells as
     * the core's at that date.
     */
    @Test
    void theDevelopmentBlocksShowTheCoresCellsAtEveryCutDate() throws Exception {
        List<ComparisonUnit> units = units();
        try (WorkbookReader book = new WorkbookReader(aarhus)) {
            for (FigureId f : List.of(FigureId.NT4, FigureId.NT12, FigureId.NT7_2)) {
                String sheet = f == FigureId.NT12 ? "Uddannelse og beskæftigelse" : f == FigureId.NT4 ? "Indsatstrappen"
                        : "Bevægelser";
                XSSFSheet s = book.sheet(sheet);
                int block = WorkbookReader.row(s, 0, f.id() + " ", WorkbookReader.row(s, 0, "Udvikling").getRowNum()).getRowNum();
                for (LocalDate d : result.cutDates()) {
                    Row r = WorkbookReader.dateRow(s, block, d);
                    for (int i = 0; i < units.size(); i++) {
                        assertSame(published.shown(units.get(i)).cell(d, f), r.getCell(1 + i), f.decimals(),
                                i == 0, f + " " + d + " " + units.get(i).name());
                    }
                }
            }
        }
    }

    /**
     * Beside the table at the cut date: Aarhus' change since the same time the year before, signed
     * (never read as a count), and its judgement by the catalogue's desired direction; the values
     * are those of core's Change over the sheet's own cells.
     */
    @Test
    void theTableAtTheCutDateHasTheChangeSinceTheYearBefore() throws Exception {
        try (WorkbookReader book = new WorkbookReader(aarhus)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.sheet("Indsatstrappen");
            Row heading = WorkbookReader.row(sheet, 0, "Ved skæringsdatoen");
            int col = -1;
            for (org.apache.poi.ss.usermodel.Cell c : heading) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Ændring siden samme tid året før")) {
                    col = c.getColumnIndex();
                }
            }
            assertTrue(col > 0, "a change column");
            assertEquals("Ændring siden samme tid året før (31-12-2024), Aarhus", heading.getCell(col).getStringCellValue());
            Row nt6 = WorkbookReader.row(sheet, 0, "NT6 ");
            Row nt1 = WorkbookReader.row(sheet, 0, "NT1 ");
            for (Row r : List.of(nt6, nt1)) {
                org.apache.poi.ss.usermodel.Cell change = r.getCell(col);
                if (change != null && change.getCellType() == CellType.NUMERIC) {
                    assertFormat("+#,##0;-#,##0;#,##0", change);
                    double d = change.getNumericCellValue();
                    boolean rising = r == nt6; // NT6 stigende, NT1 faldende
                    String judged = r.getCell(col + 1) == null ? "" : r.getCell(col + 1).getStringCellValue();
                    assertEquals(d == 0 ? "uændret" : (d > 0) == rising ? "bedre" : "dårligere", judged, r.getCell(0).toString());
                }
            }
            StringBuilder notes = new StringBuilder();
            for (Row r : book.sheet("Trivsel")) {
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        notes.append(c.getStringCellValue()).append('\n');
                    }
                }
            }
            assertTrue(notes.toString().contains("Region Midtjylland: egne målinger (NT13–NT17) ikke vist ved 31-12-2025, fordi kun 2 af "
                    + "enhedens 19 kommuner har målinger"), notes.toString());
        }
    }

    @Test
    void numbersCarryTheirExcelFormats() throws Exception {
        try (WorkbookReader book = new WorkbookReader(aarhus)) {
            assertFormat("0.0%", WorkbookReader.row(book.sheet("Uddannelse og beskæftigelse"), 0, "NT12 ").getCell(1));
            // Aarhus' own share (column 1): hele landet (column 4) has no NT15.1, as only Aarhus and
            // Randers of the 98 kommuner have own measurements in the sample.
            assertFormat("0.0%", WorkbookReader.row(book.sheet("Mental sundhed"), 0, "NT15.1 ").getCell(1));
            assertNull(WorkbookReader.row(book.sheet("Mental sundhed"), 0, "NT15.1 ").getCell(4));
            assertFormat("0.00", WorkbookReader.row(book.sheet("Økonomi"), 0, "NT19 ").getCell(4));
            assertFormat("0.0%", WorkbookReader.row(book.sheet("Økonomi"), 0, "NT20.1 ").getCell(4));
            Row nt18 = WorkbookReader.row(book.sheet("Genindlæggelser"), 0, "NT18 ");
            assertFormat("#,##0", nt18.getCell(4));
            assertFormat("#,##0.0", nt18.getCell(5));
            assertFormat("0.0%", WorkbookReader.row(book.sheet("Genindlæggelser"), 0, "NT18_RATE ").getCell(4));
        }
    }

    @Test
    void noCellHoldsACountFromOneToFour() throws Exception {
        for (Path file : List.of(aarhus, all)) {
            try (WorkbookReader book = new WorkbookReader(file)) {
                assertEquals(List.of(), book.smallCounts(List.of("Forside")), file.toString());
            }
        }
    }

    /**
     * Nine charts; each series' cached points are exactly its Diagramdata cells, a number where the
     * table shows one and an empty cell (a gap) where it shows "&lt;5", "x" or nothing.
     */
    @Test
    void chartsAreDrawnFromTheirCellsWithGapsForHiddenValues() throws Exception {
        int charts = 0;
        int gaps = 0;
        try (WorkbookReader book = new WorkbookReader(aarhus)) {
            for (Omraade area : Omraade.values()) {
                for (XSSFChart chart : WorkbookReader.charts(book.sheet(AreaSheet.name(new Texts(DANISH), area)))) {
                    charts++;
                    XDDFChartData data = chart.getChartSeries().get(0);
                    for (int i = 0; i < data.getSeriesCount(); i++) {
                        XDDFChartData.Series series = data.getSeries(i);
                        String ref = series.getValuesData().getDataRangeReference();
                        assertTrue(ref.startsWith("Diagramdata!"), ref);
                        List<org.apache.poi.ss.usermodel.Cell> cells = book.cells(ref);
                        CTNumData cache = cache(series);
                        assertEquals(cells.size(), cache.getPtCount().getVal(), ref);
                        for (int p = 0; p < cells.size(); p++) {
                            org.apache.poi.ss.usermodel.Cell c = cells.get(p);
                            Double cached = point(cache, p);
                            if (c == null || c.getCellType() == CellType.BLANK) {
                                gaps++;
                                assertEquals(null, cached, ref + " point " + p);
                            } else {
                                assertEquals(CellType.NUMERIC, c.getCellType(), ref);
                                assertNotNull(cached, ref + " point " + p);
                                assertEquals(c.getNumericCellValue(), cached, 1e-12, ref + " point " + p);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(9, charts);
        assertTrue(gaps > 0, "the sample has hidden values, so some chart points are gaps");
    }

    @Test
    void theAllKommunerSheetShowsEveryKommunesCells() throws Exception {
        try (WorkbookReader book = new WorkbookReader(all)) {
            XSSFSheet s = book.sheet("Alle kommuner");
            Row header = WorkbookReader.row(s, 0, "Kode");
            int nt4 = WorkbookReader.column(header, "NT4");
            int nt12 = WorkbookReader.column(header, "NT12");
            int rows = 0;
            for (int code : result.kommuner()) {
                Row r = s.getRow(header.getRowNum() + 1 + rows++);
                assertEquals(code, (int) r.getCell(0).getNumericCellValue());
                DisplaySeries shown = published.kommune(code);
                assertSame(shown.cell(cut, FigureId.NT4), r.getCell(nt4), 0, false, "NT4 of " + code);
                assertSame(shown.cell(cut, FigureId.NT12), r.getCell(nt12), 1, true, "NT12 of " + code);
            }
            assertEquals(98, rows);
        }
    }

    /** A text missing from the bundle shows as its key ("export.x [..]"); no cell or note may. */
    @Test
    void everyTextIsFoundInTheBundle() throws Exception {
        for (Path file : List.of(aarhus, all)) {
            try (WorkbookReader book = new WorkbookReader(file)) {
                for (org.apache.poi.ss.usermodel.Sheet s : book.wb) {
                    for (Row r : s) {
                        for (org.apache.poi.ss.usermodel.Cell c : r) {
                            String text = c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
                            String note = c.getCellComment() == null ? "" : c.getCellComment().getString().getString();
                            for (String t : List.of(text, note)) {
                                assertTrue(!t.matches("(?s).*\\b(export|figures)\\.[A-Za-z.]+ \\[.*"),
                                        s.getSheetName() + "!" + c.getAddress() + ": " + t);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Every XML part (sheets, charts, drawings, notes, styles) is valid against the OOXML schemas:
     * what Excel meets with a repair prompt is mostly a part that is not, such as a line chart
     * without its grouping.
     */
    @Test
    void everyPartIsValidOfficeOpenXml() throws Exception {
        for (Path file : List.of(aarhus, all)) {
            int parts = 0;
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                for (PackagePart part : pkg.getParts()) {
                    String name = part.getPartName().getName();
                    if (!name.startsWith("/xl/") || !name.endsWith(".xml")) {
                        continue;
                    }
                    XmlObject xml;
                    try (InputStream in = part.getInputStream()) {
                        xml = TypeSystemHolder.typeSystem.parse(in, null, null);
                    }
                    List<XmlError> errors = new ArrayList<>();
                    XmlOptions options = new XmlOptions();
                    options.setErrorListener(errors);
                    assertTrue(xml.validate(options), file.getFileName() + name + ": " + errors);
                    parts++;
                }
            }
            assertTrue(parts > 30, "sheets, 9 charts, drawings, notes, styles: " + parts);
        }
    }

    /**
     * A workbook cell against the core's cell of the unit alone: shown values as numbers that print
     * as the core's text (per cent values as fractions), hidden ones as the core's text, missing ones
     * empty. Unless {@code exact}, a shown value may also be "x" with a note: hidden because the
     * units shown together would give a small count away. Returns 1 for such a cell, else 0.
     */
    private static int assertSame(Cell expected, org.apache.poi.ss.usermodel.Cell actual, int decimals, boolean exact,
            String what) {
        if (expected.status() == CellStatus.NOT_AVAILABLE) {
            assertTrue(actual == null || actual.getCellType() == CellType.BLANK, what + ": empty, not " + actual);
            return 0;
        }
        assertNotNull(actual, what);
        if (!expected.shown()) {
            assertEquals(CellType.STRING, actual.getCellType(), what);
            assertEquals(expected.text(), actual.getStringCellValue(), what);
            return 0;
        }
        if (!exact && actual.getCellType() == CellType.STRING) {
            assertEquals("x", actual.getStringCellValue(), what);
            assertNotNull(actual.getCellComment(), what);
            return 1;
        }
        assertEquals(CellType.NUMERIC, actual.getCellType(), what);
        double v = actual.getNumericCellValue() * (actual.getCellStyle().getDataFormatString().endsWith("%") ? 100 : 1);
        assertEquals(expected.text(), String.format(DANISH, "%." + decimals + "f", v).replace("-0,0", "0,0"), what);
        return 0;
    }

    /**
     * No kommune's count of 1–4 can be worked out by subtracting shown cells: in Aarhus's workbook,
     * for every count and cut date, each shown unit minus a shown unit inside it (the group, the
     * region or hele landet minus Aarhus; hele landet minus the region) is 0, at least 5, or the sum
     * of at least two kommuner whose own cells are hidden (so no one of them follows from it; that
     * no combination of all outputs gives a cell away is DisclosureAttackTest's).
     */
    @Test
    void noSmallCountFollowsFromSubtractingTheUnitsShown() throws Exception {
        List<ComparisonUnit> units = units();
        int pairs = 0;
        try (WorkbookReader book = new WorkbookReader(aarhus)) {
            for (Omraade area : Omraade.values()) {
                XSSFSheet s = book.sheet(AreaSheet.name(new Texts(DANISH), area));
                for (FigureId f : figures(area)) {
                    if (!TITLES.isCount(f)) {
                        continue;
                    }
                    int block = WorkbookReader.row(s, 0, f.id() + " ", WorkbookReader.row(s, 0, "Udvikling").getRowNum())
                            .getRowNum();
                    for (LocalDate d : result.cutDates()) {
                        Row r = WorkbookReader.dateRow(s, block, d);
                        for (int outer = 1; outer < units.size(); outer++) {
                            for (int inner = 0; inner < outer; inner++) {
                                if (!units.get(outer).kommuner().containsAll(units.get(inner).kommuner())
                                        || units.get(outer).kommuner().size() == units.get(inner).kommuner().size()) {
                                    continue;
                                }
                                Double big = number(r.getCell(1 + outer));
                                Double small = number(r.getCell(1 + inner));
                                if (big != null && small != null) {
                                    double rest = big - small;
                                    List<Integer> others = new java.util.ArrayList<>(units.get(outer).kommuner());
                                    others.removeAll(units.get(inner).kommuner());
                                    long hidden = others.stream().filter(k -> result.count(k, d, f) > 0
                                            && !published.kommune(k).cell(d, f).shown()).count();
                                    assertTrue(rest == 0 || rest >= 5 || hidden >= 2, f + " " + d + ": "
                                            + units.get(outer).name() + " − " + units.get(inner).name() + " = " + rest);
                                    pairs++;
                                }
                            }
                        }
                    }
                }
            }
        }
        // Enough pairs where both cells are numbers for the check to mean something.
        assertTrue(pairs > 300, "pairs checked: " + pairs);
    }

    /**
     * With all kommuner, no hidden kommune follows from its region (or hele landet) and the other
     * kommuner: of a region and its kommuner either none is hidden, and they add up, or two or more.
     */
    @Test
    void noHiddenKommuneFollowsFromItsRegionAndTheOthers() throws Exception {
        ComparisonUnits units = new ComparisonUnits(ExportFixture.REFERENCE);
        List<ComparisonUnit> regions = units.units(dk.trappen.core.figures.compare.Level.REGION);
        int relations = 0;
        try (WorkbookReader book = new WorkbookReader(all)) {
            XSSFSheet kommuner = book.sheet("Alle kommuner");
            Row header = WorkbookReader.row(kommuner, 0, "Kode");
            for (Omraade area : Omraade.values()) {
                XSSFSheet s = book.sheet(AreaSheet.name(new Texts(DANISH), area));
                for (FigureId f : figures(area)) {
                    if (!TITLES.isCount(f)) {
                        continue;
                    }
                    int column = WorkbookReader.column(header, f.id());
                    Row summary = WorkbookReader.row(s, 0, f.id() + " ");
                    for (int r = 0; r <= regions.size(); r++) {
                        List<Integer> members = r < regions.size() ? regions.get(r).kommuner() : units.land().kommuner();
                        Double total = number(summary.getCell(1 + r));
                        int hidden = total == null ? 1 : 0;
                        double sum = 0;
                        for (int i = header.getRowNum() + 1; i <= header.getRowNum() + 98; i++) {
                            Row k = kommuner.getRow(i);
                            if (members.contains((int) k.getCell(0).getNumericCellValue())) {
                                Double v = number(k.getCell(column));
                                hidden += v == null ? 1 : 0;
                                sum += v == null ? 0 : v;
                            }
                        }
                        String what = f + " " + (r < regions.size() ? regions.get(r).name() : "Hele landet");
                        assertTrue(hidden != 1, what + ": exactly one hidden");
                        if (hidden == 0) {
                            assertEquals(total, sum, 0.0, what);
                        }
                        relations++;
                    }
                }
            }
        }
        assertTrue(relations > 60, "relations checked: " + relations);
    }

    /** The readmission rate is NT18 over NT18_INDL: shown only where both are, or it gives one back. */
    @Test
    void theReadmissionRateIsHiddenWithEitherOfItsCounts() throws Exception {
        try (WorkbookReader book = new WorkbookReader(all)) {
            XSSFSheet s = book.sheet("Alle kommuner");
            Row header = WorkbookReader.row(s, 0, "Kode");
            int nt18 = WorkbookReader.column(header, "NT18");
            int admissions = WorkbookReader.column(header, "NT18_INDL");
            int rate = WorkbookReader.column(header, "NT18_RATE");
            int hidden = 0;
            for (int i = header.getRowNum() + 1; i <= header.getRowNum() + 98; i++) {
                Row r = s.getRow(i);
                if (r.getCell(nt18) != null && (number(r.getCell(nt18)) == null || number(r.getCell(admissions)) == null)) {
                    hidden++;
                    assertEquals(null, number(r.getCell(rate)), "NT18_RATE of " + r.getCell(1).getStringCellValue());
                }
            }
            assertTrue(hidden > 0, "some kommuner have few readmissions");
        }
    }

    /** A cell's number; null when it holds "&lt;5", "x" or nothing. */
    private static Double number(org.apache.poi.ss.usermodel.Cell c) {
        return c == null || c.getCellType() != CellType.NUMERIC ? null : c.getNumericCellValue();
    }

    /** The values a chart shows until it reads its cells again (POI's own reader ignores gaps). */
    private static CTNumData cache(XDDFChartData.Series series) {
        CTNumDataSource val = series instanceof XDDFLineChartData.Series
                ? ((XDDFLineChartData.Series) series).getCTLineSer().getVal()
                : ((XDDFBarChartData.Series) series).getCTBarSer().getVal();
        return val.getNumRef().getNumCache();
    }

    private static Double point(CTNumData cache, int index) {
        for (CTNumVal v : cache.getPtArray()) {
            if (v.getIdx() == index) {
                return Double.valueOf(v.getV());
            }
        }
        return null;
    }

    private static void assertFormat(String format, org.apache.poi.ss.usermodel.Cell c) {
        assertNotNull(c);
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
        assertEquals(format, c.getCellStyle().getDataFormatString(), c.getAddress().toString());
    }
}
