package dk.trappen.core.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written workbook read back with POI (XSSF, read-only), with the look-ups the tests share. */
final class WorkbookReader implements AutoCloseable {

    /** Excel's format of a person count: a count of 1–4 must never be found in one. */
    static final String COUNT_FORMAT = "#,##0";

    final XSSFWorkbook wb;

    WorkbookReader(Path file) throws IOException, InvalidFormatException {
        this.wb = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    XSSFSheet sheet(String name) {
        XSSFSheet s = wb.getSheet(name);
        assertNotNull(s, "sheet " + name);
        return s;
    }

    List<String> sheetNames() {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    /** The first row whose cell in column {@code col} is a text starting with {@code prefix}. */
    static Row row(Sheet s, int col, String prefix) {
        return row(s, col, prefix, -1);
    }

    /** As {@link #row(Sheet, int, String)}, below row {@code after}. */
    static Row row(Sheet s, int col, String prefix, int after) {
        for (Row r : s) {
            if (r.getRowNum() <= after) {
                continue;
            }
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return r;
            }
        }
        throw new AssertionError("no row starting with '" + prefix + "' in " + s.getSheetName());
    }

    /** The row of column A after {@code from} whose cell is a date equal to {@code date}. */
    static Row dateRow(Sheet s, int from, java.time.LocalDate date) {
        for (int i = from + 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            Cell c = r == null ? null : r.getCell(0);
            if (c != null && c.getCellType() == CellType.NUMERIC && c.getLocalDateTimeCellValue().toLocalDate().equals(date)) {
                return r;
            }
        }
        throw new AssertionError("no row dated " + date + " after row " + from + " in " + s.getSheetName());
    }

    /** The column whose header cell reads {@code text}. */
    static int column(Row header, String text) {
        for (Cell c : header) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text);
    }

    static List<XSSFChart> charts(XSSFSheet s) {
        XSSFDrawing d = s.getDrawingPatriarch();
        return d == null ? List.of() : d.getCharts();
    }

    /** The cells of a reference such as {@code Diagramdata!$B$5:$B$21}. */
    List<Cell> cells(String reference) {
        List<Cell> out = new ArrayList<>();
        for (CellReference ref : new AreaReference(reference, SpreadsheetVersion.EXCEL2007).getAllReferencedCells()) {
            Row r = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
            out.add(r == null ? null : r.getCell(ref.getCol()));
        }
        return out;
    }

    /** Every number in a count format that is a count from 1 to 4, as "sheet!A1 = n". */
    List<String> smallCounts(List<String> skip) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            if (skip.contains(s.getSheetName())) {
                continue;
            }
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.NUMERIC && COUNT_FORMAT.equals(c.getCellStyle().getDataFormatString())
                            && c.getNumericCellValue() >= 1 && c.getNumericCellValue() <= 4) {
                        out.add(s.getSheetName() + "!" + c.getAddress() + " = " + c.getNumericCellValue());
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        wb.getPackage().revert();
    }
}
