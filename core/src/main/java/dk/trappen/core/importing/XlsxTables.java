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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * An .xlsx workbook as tables: one per sheet with a header in its first row. Formulas are read
 * as their cached values, Excel dates as ISO dates. A merged area's value sits in its first cell;
 * a vertically merged data cell (one kommune written once for several rows) counts on every row.
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
        try {
            for (Sheet sheet : workbook) {
                Row first = firstRow(sheet);
                if (first != null) {
                    out.add(new SheetTable(sheet, first));
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            // POI reads some parts lazily: a damaged one shows only now.
            throw new ImportException(e, "import.file.notWorkbook", fileName);
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
        if (c.getCellType() == CellType.FORMULA && c instanceof XSSFCell && !((XSSFCell) c).getCTCell().isSetV()) {
            // POI would read the missing result as 0: show the formula, which no rule accepts.
            return Messages.danish("import.formulaWithoutValue", "=" + c.getCellFormula());
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case STRING:
                return c.getStringCellValue().trim();
            case NUMERIC:
                LocalDateTime t = DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue() : null;
                if (t != null) { // null: a date-formatted number that is no Excel date (negative, say)
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
        /** Cells inside a vertically merged area below the header → the area's first row. */
        private final java.util.Map<Long, Integer> mergedFrom = new java.util.HashMap<>();

        SheetTable(Sheet sheet, Row headerRow) {
            this.sheet = sheet;
            for (CellRangeAddress area : sheet.getMergedRegions()) {
                if (area.getFirstColumn() == area.getLastColumn() && area.getFirstRow() > headerRow.getRowNum()) {
                    for (int r = area.getFirstRow() + 1; r <= area.getLastRow(); r++) {
                        mergedFrom.put(cellKey(r, area.getFirstColumn()), area.getFirstRow());
                    }
                }
            }
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

        private long cellKey(int row, int column) {
            return ((long) row << 20) | column;
        }

        @Override
        public SourceRow next() {
            try {
                return nextRow();
            } catch (RuntimeException e) {
                throw new ImportException(e, "import.file.notWorkbook", fileName);
            }
        }

        private SourceRow nextRow() {
            while (rows.hasNext()) {
                Row r = rows.next();
                if (blank(r)) {
                    continue;
                }
                int width = Math.max(header.size(), r.getLastCellNum());
                String[] cells = new String[width];
                for (int i = 0; i < width; i++) {
                    cells[i] = text(r.getCell(i));
                    Integer from = cells[i].isEmpty() ? mergedFrom.get(cellKey(r.getRowNum(), i)) : null;
                    if (from != null && sheet.getRow(from) != null) {
                        // A vertically merged cell shows its area's value on every row it spans.
                        cells[i] = text(sheet.getRow(from).getCell(i));
                    }
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
