package dk.trappen.core.importing;

import static dk.trappen.core.importing.ImportFixtures.importFile;
import static dk.trappen.core.importing.ImportFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.store.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook larger than the national sample, written and read a row at a time: the import
 * streams it, and dates, a vertically merged kommune and formulas with and without a cached
 * value read as in a small workbook.
 */
class LargeWorkbookImportTest {

    private static final int ROWS = 150_000;
    /** Excel's serial number of 2024-01-01. */
    private static final int JAN_1_2024 = 45292;
    /** Data row whose score is a formula with a cached value, and one whose formula has none. */
    private static final int CACHED = 5;
    private static final int UNCACHED = 7;
    /** Data rows 11–20 share one kommune, written in row 11 and merged down. */
    private static final int MERGED_FROM = 11;
    private static final int MERGED_TO = 20;
    /** After this data row the sheet has an empty row, which is skipped. */
    private static final int GAP_AFTER = 1000;

    @TempDir
    Path tmp;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.create(tmp.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLargeWorkbookIsStreamedWithDatesMergesAndFormulas() throws Exception {
        Path file = tmp.resolve("maalinger_stor.xlsx");
        write(file);

        ImportReport r = importFile(ws, file, ImportOptions.defaults());

        assertEquals(ImportType.MAALINGER, r.type());
        assertEquals(ROWS, r.rowsRead());
        assertEquals(ROWS - 1, r.rowsStored());
        assertEquals(1, r.rowsRejected());
        String reject = r.rejects().get(0).message();
        // The uncached formula is shown, not read as 0; its Excel row is data row + 1 (the header).
        assertTrue(reject.startsWith("maalinger_stor.xlsx, ark Målinger, række " + (UNCACHED + 1)
                + ", kolonne WHO5_SCORE: værdien \"=40+4 (en formel uden gemt resultat"), reject);
        assertEquals(List.of(String.valueOf(ROWS - 1)), rows(ws, "SELECT COUNT(*) FROM measurement"));
        // Persons are pseudonymised, so rows are told apart by their values: scores run 0–50,
        // and only the cached formula gives 52.
        assertEquals(List.of("101|2024-01-06|52|§82"),
                rows(ws, "SELECT kommune, measured_on, who5, indsats FROM measurement WHERE who5 = 52"));
        // The merged kommune counts on each of the rows it spans, and only there.
        assertEquals(List.of("147|2024-01-12|11", "147|2024-01-13|12", "147|2024-01-14|13", "147|2024-01-15|14",
                "147|2024-01-16|15", "147|2024-01-17|16", "147|2024-01-18|17", "147|2024-01-19|18",
                "147|2024-01-20|19", "147|2024-01-21|20"),
                rows(ws, "SELECT kommune, measured_on, who5 FROM measurement WHERE kommune <> 101 ORDER BY measured_on"));
        assertEquals(List.of("2024-01-01|2024-12-31"), rows(ws, "SELECT MIN(measured_on), MAX(measured_on) FROM measurement"));
        assertEquals(List.of("§82|74999", "§85|75000"),
                rows(ws, "SELECT indsats, COUNT(*) FROM measurement GROUP BY indsats ORDER BY indsats"));
    }

    /** The workbook, written with SXSSF so the test itself needs little memory. */
    private static void write(Path file) throws Exception {
        // close() also deletes SXSSF's temporary files.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            SXSSFSheet s = wb.createSheet("Målinger");
            Row h = s.createRow(0);
            String[] names = {"PNR", "BORGER_ID", "KOMMUNEKODE", "MAALEDATO", "WHO5_1", "WHO5_2", "WHO5_3",
                "WHO5_4", "WHO5_5", "WHO5_SCORE", "INSPIRE_SCORE", "INDSATS"};
            for (int i = 0; i < names.length; i++) {
                h.createCell(i).setCellValue(names[i]);
            }
            for (int i = 1; i <= ROWS; i++) {
                int rowIndex = i > GAP_AFTER ? i + 1 : i;
                if (i == GAP_AFTER + 1) {
                    s.createRow(GAP_AFTER + 1); // an empty row between data rows
                }
                Row r = s.createRow(rowIndex);
                r.createCell(1).setCellValue("B-" + i);
                if (i < MERGED_FROM || i > MERGED_TO) {
                    r.createCell(2).setCellValue(101);
                } else if (i == MERGED_FROM) {
                    r.createCell(2).setCellValue(147);
                }
                Cell d = r.createCell(3);
                d.setCellValue(JAN_1_2024 + i % 366);
                d.setCellStyle(date);
                Cell score = r.createCell(9);
                if (i == CACHED) {
                    score.setCellFormula("50+1");
                    score.setCellValue(52); // the cached value counts, not what the formula gives now
                } else if (i == UNCACHED) {
                    score.setCellFormula("40+4");
                    // SXSSF always writes a number's cached value; an empty text result it leaves out.
                    score.setCellValue("");
                } else {
                    score.setCellValue(i % 51);
                }
                r.createCell(11).setCellValue(i % 2 == 0 ? "§85" : "§82");
            }
            s.addMergedRegion(new CellRangeAddress(MERGED_FROM, MERGED_TO, 2, 2));
            wb.write(out);
        }
    }
}
