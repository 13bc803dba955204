package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An .xlsx workbook as tables: one per sheet with a header in its first row. Formulas are read
 * as their cached values, Excel dates as ISO dates; a merged area's value sits in its first cell.
 */
final class XlsxTables implements AutoCloseable {

    private final Workbook workbook;
    private final String fileName;

    private XlsxTables(Workbook workbook, String fileName) {
        this.workbook = workbook;
        this.fileName = fileName;
    }

    static XlsxTables open(Path file) {
        String name = file.getFileName().toString();
        try {
            return new XlsxTables(WorkbookFactory.create(file.toFile(), null, true), name);
        } catch (IOException | RuntimeException e) {
            // POI signals a broken or foreign zip with a range of unchecked exceptions.
            throw new ImportException(e, "import.file.notWorkbook", name);
        }
    }

    /** The sheets that have a header row, in workbook order. */
    List<SourceTable> tables() {
        List<SourceTable> out = new ArrayList<>();
        for (Sheet sheet : workbook) {
            Row first = firstRow(sheet);
            if (first != null) {
                out.add(new SheetTable(sheet, first));
            }
        }
        return out;
    }

    private static Row firstRow(Sheet sheet) {
        for (Row r : sheet) {
            if (!blank(r)) {
                return r;
            }
        }
        return null;
    }

    private static boolean blank(Row r) {
        for (Cell c : r) {
            if (!text(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case STRING:
                return c.getStringCellValue().trim();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(c)) {
                    LocalDateTime t = c.getLocalDateTimeCellValue();
                    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                            : t.toLocalDate() + "T" + t.toLocalTime();
                }
                double d = c.getNumericCellValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString((long) d);
                }
                return BigDecimal.valueOf(d).toPlainString();
            case BOOLEAN:
                return Boolean.toString(c.getBooleanCellValue());
            case ERROR:
                return "#FEJL";
            default:
                return "";
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private final class SheetTable implements SourceTable {
        private final Sheet sheet;
        private final List<String> header = new ArrayList<>();
        private final java.util.Iterator<Row> rows;

        SheetTable(Sheet sheet, Row headerRow) {
            this.sheet = sheet;
            for (int i = 0; i < headerRow.getLastCellNum(); i++) {
                header.add(text(headerRow.getCell(i)));
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
            rows = sheet.iterator();
            while (rows.hasNext() && rows.next() != headerRow) {
                // skip to the row after the header
            }
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public SourceRow next() {
            while (rows.hasNext()) {
                Row r = rows.next();
                if (blank(r)) {
                    continue;
                }
                int width = Math.max(header.size(), r.getLastCellNum());
                String[] cells = new String[width];
                for (int i = 0; i < width; i++) {
                    cells[i] = text(r.getCell(i));
                }
                // Empty cells right of the header are not extra fields.
                int last = width;
                while (last > header.size() && cells[last - 1].isEmpty()) {
                    last--;
                }
                return new SourceRow(r.getRowNum() + 1L,
                        last == width ? cells : java.util.Arrays.copyOf(cells, last));
            }
            return null;
        }

        @Override
        public String where(SourceRow row) {
            return Messages.danish("import.where.sheetRow", sheet.getSheetName(), row.line());
        }

        @Override
        public String sheet() {
            return sheet.getSheetName();
        }
    }

    String fileName() {
        return fileName;
    }
}
