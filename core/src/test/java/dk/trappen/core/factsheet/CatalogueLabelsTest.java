package dk.trappen.core.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.Messages;
import dk.trappen.core.export.ExportRequest;
import dk.trappen.core.export.WorkbookExporter;
import dk.trappen.core.factsheet.SheetContent.Row;
import dk.trappen.core.figures.AccountYears;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Trin;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: every figure's title and unit, as the workbook and the fact sheet write them, is the
 * catalogue's ({@code resources/noegletal.csv} through {@link ReferenceData}). The window's side is
 * {@code FigureLabelsTest} in the app, over the layer its screens name figures with.
 */
class CatalogueLabelsTest {

    private static final ReferenceData REF = SmallSampleSheets.REFERENCE;
    private static final int AARHUS = 751;
    /** Aarhus, its comparison group, its region and hele landet: the value columns B–E. */
    private static final int UNITS = 4;

    @TempDir
    static Path tmp;

    /** The sample's workbook for Aarhus under the default settings, and under NT12.1 = socialpædagogisk støtte. */
    private static Path standard;
    private static Path sel85;
    private static FactSheetData data;

    @BeforeAll
    static void export() throws Exception {
        standard = tmp.resolve("standard.xlsx");
        sel85 = tmp.resolve("sel85.xlsx");
        FigureService figures = new FigureService(REF);
        WorkbookExporter exporter = new WorkbookExporter(figures);
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            SmallSampleSheets.importSample(ws);
            exporter.export(ws, ExportRequest.kommune(AARHUS), standard, ProgressListener.NONE, new CancellationToken());
            WorkspaceSettings s = WorkspaceSettings.load(ws);
            WorkspaceSettings.save(ws, new WorkspaceSettings(s.targetGroups(), s.discretionThreshold(),
                    WorkspaceSettings.Nt121Variant.SEL85, s.staircaseRules()));
            exporter.export(ws, ExportRequest.kommune(AARHUS), sel85, ProgressListener.NONE, new CancellationToken());
        }
        data = SmallSampleSheets.data();
    }

    /** The workbook's number format for a catalogue unit: counts, a score, per cent, a ratio. */
    private static String excelFormat(Figure n) {
        // By the unit's name, so the mapping is the and not the code's own.
        switch (n.unit().name()) {
            case "PERSONER":
            case "INDLAEGGELSER":
                return "#,##0";
            case "SCORE":
                return "0.0";
            case "PROCENT":
                return "0.0%";
            case "FORHOLD":
                return "0.00";
            default:
                throw new AssertionError(n.id() + ": unexpected unit " + n.unit());
        }
    }

    @Test
    void theCatalogueCountsScoresAsScoresAndNt18AsAdmissions() throws Exception {
        Map<String, String> units = new HashMap<>();
        List<String> lines = Files.readAllLines(Path.of("..", "resources", "noegletal.csv"));
        List<String> header = List.of(lines.get(0).split(";"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";");
            units.put(cells[0], cells[header.indexOf("enhed")]);
        }
        for (String score : List.of("NT13", "NT13.1", "NT13.2", "NT14")) {
            assertEquals("score", units.get(score), score + " is a mean score 0–100, not per cent");
            assertEquals("SCORE", REF.figure(score).orElseThrow().unit().name(), score);
        }
        assertEquals("indlaeggelser", units.get("NT18"), "NT18 counts admissions, not persons");
        assertEquals("INDLAEGGELSER", REF.figure("NT18").orElseThrow().unit().name());
    }

    @Test
    void everyWorkbookTitleAndNumberFormatIsTheCatalogues() throws Exception {
        int checked = 0;
        try (InputStream in = Files.newInputStream(standard); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Figure n : REF.figures()) {
                Sheet s = wb.getSheet(Messages.danish("export.area." + n.area().name()));
                org.apache.poi.ss.usermodel.Row r = row(s, n.id() + " ");
                assertEquals(n.id() + " " + n.titleDa(), r.getCell(0).getStringCellValue(), n.id());
                // The row at the cut date and the figure's rows over the cut dates below "Udvikling".
                List<org.apache.poi.ss.usermodel.Row> rows = new ArrayList<>(List.of(r));
                for (int i = row(s, n.id() + " ", row(s, "Udvikling ").getRowNum()).getRowNum() + 1;
                        s.getRow(i) != null && s.getRow(i).getCell(0) != null
                        && s.getRow(i).getCell(0).getCellType() == CellType.NUMERIC; i++) {
                    rows.add(s.getRow(i));
                }
                int numbers = 0;
                int hidden = 0;
                for (int k = 0; k < rows.size() * UNITS; k++) {
                    Cell value = rows.get(k / UNITS).getCell(1 + k % UNITS);
                    if (value == null || value.getCellType() != CellType.NUMERIC) {
                        hidden += value != null && value.getCellType() == CellType.STRING ? 1 : 0;
                        continue; // hidden by discretion ("<5", "x") or not computed
                    }
                    numbers++;
                    assertEquals(excelFormat(n), value.getCellStyle().getDataFormatString(), n.id() + " " + n.unit());
                    if (n.unit().name().equals("SCORE")) {
                        assertTrue(value.getNumericCellValue() > 1, n.id() + " is stored as the score, not a fraction: "
                                + value.getNumericCellValue());
                    }
                }
                // A figure small everywhere in the sample (NT7.2) may be hidden in every unit and date.
                assertTrue(numbers > 0 || hidden > 0, n.id() + ": a number, or a hidden cell, at some date");
                checked++;
            }
        }
        assertEquals(REF.figures().size(), checked);
    }

    @Test
    void theWorkbookNamesNt121AfterTheSetting() throws Exception {
        try (InputStream in = Files.newInputStream(sel85); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(Messages.danish("export.area." + Omraade.BESKAEFTIGELSE.name()));
            assertEquals("NT12.1 Beskæftigelsesgrad for modtagere af socialpædagogisk støtte",
                    row(s, "NT12.1 ").getCell(0).getStringCellValue());
        }
        try (InputStream in = Files.newInputStream(standard); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(Messages.danish("export.area." + Omraade.BESKAEFTIGELSE.name()));
            assertEquals("NT12.1 " + REF.figure("NT12.1").orElseThrow().titleDa(),
                    row(s, "NT12.1 ").getCell(0).getStringCellValue());
        }
    }

    @Test
    void theWorkbooksStaircaseChartNamesTrinAndParagraph() throws Exception {
        try (InputStream in = Files.newInputStream(standard); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(Messages.danish("export.area." + Omraade.INDSATSTRAPPEN.name()));
            XSSFChart chart = s.getDrawingPatriarch().getCharts().get(0);
            String ref = chart.getChartSeries().get(0).getSeries(0).getCategoryData().getDataRangeReference();
            List<String> categories = new ArrayList<>();
            for (org.apache.poi.ss.util.CellReference c : new org.apache.poi.ss.util.AreaReference(ref,
                    org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).getAllReferencedCells()) {
                categories.add(wb.getSheet(c.getSheetName()).getRow(c.getRow()).getCell(c.getCol()).getStringCellValue());
            }
            assertEquals(List.of("Trin 8 · §108 (NT1)", "Trin 7 · ABL §105 + §85 (NT2)", "Trin 6 · §107 (NT3)",
                    "Trin 5 · §85 (NT4)", "Trin 3–4 · §103/§104 (NT5)", "Trin 2 · §82a, §82b (NT6)"), categories);
            // Each label's paragraphs are the trin table's laws of the figure's trin.
            for (int i = 0; i < 6; i++) {
                String id = "NT" + (i + 1);
                for (Trin t : REF.trin()) {
                    if (id.equals(t.keyFigure())) {
                        assertTrue(categories.get(i).contains(t.law().replace("SEL ", "")), categories.get(i));
                    }
                }
            }
        }
    }

    @Test
    void theWorkbooksMatrixRunsFromTrin8InRowsAndColumns() throws Exception {
        try (InputStream in = Files.newInputStream(standard); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Overgangsmatrix");
            org.apache.poi.ss.usermodel.Row header = row(s, "Trin ved ");
            for (int c = 1; c <= 8; c++) {
                assertEquals(Integer.toString(9 - c), header.getCell(c).getStringCellValue(), "column " + c);
            }
            assertEquals("Død", header.getCell(9).getStringCellValue());
        }
    }

    @Test
    void theWorkbookSaysByWhichKontoplanAYearBefore2018WasMapped() throws Exception {
        String note = AccountYears.note(REF, 2017, Messages.DANISH).orElseThrow();
        assertEquals("Regnskabsår 2017 ligger før katalogets første år (2018) og er opgjort efter kontoplanen for "
                + "2017 og frem (seed 002).", note);
        assertTrue(AccountYears.note(REF, 2018, Messages.DANISH).isEmpty());
        assertTrue(AccountYears.note(REF, 2016, Messages.DANISH).isEmpty(), "no row maps 2016: no figures, no note");
        try (InputStream in = Files.newInputStream(standard); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(Messages.danish("export.area." + Omraade.OEKONOMI.name()));
            assertTrue(cellStartingWith(s, note).isPresent(), "the sample has accounts for 2017");
        }
    }

    @Test
    void everyFactSheetTitleAndUnitIsTheCatalogues() {
        SheetContent sheet = new SheetBuilder(REF, SmallSampleSheets.CLOCK).build(data, AARHUS, Optional.empty(),
                data.latestCut());
        int checked = 0;
        for (Row r : sheet.table().rows()) {
            Optional<Figure> n = r.heading() ? Optional.empty() : REF.figure(r.id());
            if (n.isEmpty()) {
                continue;
            }
            assertEquals(n.get().shortTitleDa(), r.title(), r.id());
            switch (n.get().unit().name()) {
                case "PERSONER":
                case "INDLAEGGELSER":
                    assertTrue(List.of("antal", "pr. 10.000").contains(r.unit()), r.id() + ": " + r.unit());
                    break;
                case "SCORE":
                    assertEquals("score", r.unit(), r.id());
                    break;
                case "PROCENT":
                    assertEquals("%", r.unit(), r.id());
                    break;
                case "FORHOLD":
                    assertEquals("forhold", r.unit(), r.id());
                    break;
                default:
                    throw new AssertionError(r.id() + ": " + n.get().unit());
            }
            checked++;
        }
        assertEquals(REF.figures().size(), checked);
        // The staircase's and the movements' labels are the catalogue's short titles too.
        assertEquals("NT5: " + REF.figure("NT5").orElseThrow().shortTitleDa(), sheet.staircase().categories().get(4));
    }

    @Test
    void theFactSheetNamesNt121AfterTheSetting() {
        WorkspaceSettings s = data.settings();
        FactSheetData other = new FactSheetData(data.published(), new WorkspaceSettings(s.targetGroups(),
                s.discretionThreshold(), WorkspaceSettings.Nt121Variant.SEL85, s.staircaseRules()), data.coverage(),
                data.chosenGroups());
        SheetContent sheet = new SheetBuilder(REF, SmallSampleSheets.CLOCK).build(other, AARHUS, Optional.empty(),
                data.latestCut());
        Row nt121 = sheet.table().rows().stream().filter(r -> r.id().equals(FigureId.NT12_1.id())).findFirst().orElseThrow();
        assertEquals("Beskæftigelsesgrad, socialpædagogisk støtte", nt121.title());
    }

    @Test
    void aFactSheetOfAnAccountYearBefore2018SaysByWhichKontoplan() {
        LocalDate cut = LocalDate.of(2017, 12, 31);
        SheetContent sheet = new SheetBuilder(REF, SmallSampleSheets.CLOCK).build(data, AARHUS, Optional.empty(), cut);
        String note = AccountYears.note(REF, 2017, Messages.DANISH).orElseThrow();
        assertTrue(sheet.table().note().contains(note), sheet.table().note());
        SheetContent later = new SheetBuilder(REF, SmallSampleSheets.CLOCK).build(data, AARHUS, Optional.empty(),
                data.latestCut());
        assertTrue(!later.table().note().contains("kontoplanen"), later.table().note());
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet s, String prefix) {
        return row(s, prefix, -1);
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet s, String prefix, int after) {
        for (org.apache.poi.ss.usermodel.Row r : s) {
            if (r.getRowNum() <= after) {
                continue;
            }
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return r;
            }
        }
        throw new AssertionError("no row starting with '" + prefix + "' in " + s.getSheetName());
    }

    private static Optional<Cell> cellStartingWith(Sheet s, String prefix) {
        for (org.apache.poi.ss.usermodel.Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
