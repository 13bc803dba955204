package dk.trappen.core.export;

import dk.trappen.core.figures.discretion.CellStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Writes one sheet top to bottom (rows stream out of memory behind it): typed cells, figure cells
 * after discretion with their notes, merged headings, widths in characters and the A4 print setup.
 */
final class SheetWriter {

    /** Excel's default row height in points (Calibri 11). */
    static final float LINE_HEIGHT = 15f;
    private static final float TITLE_HEIGHT = 24f;
    private static final String NOTE_AUTHOR = "Trappen";
    private static final double TEXT_PER_WIDTH = 1.15;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final Texts texts;
    private final int threshold;
    private final CreationHelper helper;
    private Drawing<?> drawing;
    private int next;
    private int[] widths = new int[0];

    SheetWriter(SXSSFSheet sheet, Styles styles, Texts texts, int threshold) {
        this.sheet = sheet;
        this.styles = styles;
        this.texts = texts;
        this.threshold = threshold;
        this.helper = sheet.getWorkbook().getCreationHelper();
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    Styles styles() {
        return styles;
    }

    Texts texts() {
        return texts;
    }

    /** The index of the next row to be written. */
    int rowIndex() {
        return next;
    }

    Row row() {
        return sheet.createRow(next++);
    }

    /** A row tall enough for {@code lines} lines of text. */
    Row row(int lines) {
        Row r = row();
        if (lines > 1) {
            r.setHeightInPoints(lines * LINE_HEIGHT);
        }
        return r;
    }

    /** The sheet's title, in a row tall enough for its large type. */
    void title(String value) {
        Row r = row();
        r.setHeightInPoints(TITLE_HEIGHT);
        text(r, 0, value, styles.title);
    }

    void skip(int rows) {
        next += rows;
    }

    /** Column widths in characters, from column A. */
    void widths(int... chars) {
        widths = chars.clone();
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    int width(int column) {
        return column < widths.length ? widths[column] : 8;
    }

    /**
     * The lines a text needs in a column of this many characters, wrapped at spaces. A column's
     * width counts the digit "0"; ordinary text runs about a fifth narrower.
     */
    static int lines(String text, int width) {
        int capacity = Math.max(1, (int) (width * TEXT_PER_WIDTH));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int need = used == 0 ? word.length() : used + 1 + word.length();
                if (need > capacity && used > 0) {
                    lines++;
                    used = word.length();
                } else {
                    used = need;
                }
            }
        }
        return lines;
    }

    /** Lines needed by a text spread over the columns {@code first}..{@code last}. */
    int lines(String text, int first, int last) {
        int w = 0;
        for (int c = first; c <= last; c++) {
            w += width(c);
        }
        return lines(text, w);
    }

    Cell text(Row r, int col, String value, CellStyle style) {
        return put(r, col, style, c -> c.setCellValue(value));
    }

    Cell number(Row r, int col, double value, CellStyle style) {
        return put(r, col, style, c -> c.setCellValue(value));
    }

    /** A date as a row label or a fact (left-aligned). */
    Cell date(Row r, int col, LocalDate value) {
        return date(r, col, value, styles.date);
    }

    Cell date(Row r, int col, LocalDate value, CellStyle style) {
        return put(r, col, style, c -> c.setCellValue(value));
    }

    Cell dateTime(Row r, int col, LocalDateTime value, CellStyle style) {
        return put(r, col, style, c -> c.setCellValue(value));
    }

    private static Cell put(Row r, int col, CellStyle style, java.util.function.Consumer<Cell> value) {
        Cell c = r.createCell(col);
        value.accept(c);
        c.setCellStyle(style);
        return c;
    }

    /** A text over the columns {@code first}..{@code last} of a new row, as tall as it needs. */
    Row wide(String value, CellStyle style, int first, int last) {
        boolean wraps = style.getWrapText();
        Row r = row(wraps ? lines(value, first, last) : 1);
        text(r, first, value, style);
        merge(r.getRowNum(), first, last);
        return r;
    }

    void merge(int row, int firstCol, int lastCol) {
        if (lastCol > firstCol) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, firstCol, lastCol));
        }
    }

    /** A link to another sheet's first cell. */
    void link(Row r, int col, String label, String sheetName) {
        Cell c = text(r, col, label, styles.link);
        Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
        c.setHyperlink(h);
    }

    /**
     * A figure's cell after discretion: the number in its format when shown; "&lt;5" or "x" with a
     * note saying why when hidden; nothing when not available. {@code rateOfCount} marks a per-10,000
     * cell, hidden because its count is.
     */
    void figure(Row r, int col, dk.trappen.core.figures.discretion.Cell cell, ValueFormat format, boolean rateOfCount) {
        if (cell.shown()) {
            number(r, col, format.stored(cell.value().getAsDouble()), styles.value(format));
        } else if (cell.status() != CellStatus.NOT_AVAILABLE) {
            note(text(r, col, cell.text(), styles.hidden), noteText(cell.status(), rateOfCount));
        }
    }

    private String noteText(CellStatus status, boolean rateOfCount) {
        if (rateOfCount) {
            return texts.get("note.rateHidden");
        }
        switch (status) {
            case BELOW_THRESHOLD:
                return texts.get("note.belowThreshold", threshold);
            case SECONDARY:
                return texts.get("note.secondary");
            default:
                return texts.get("note.tooFew", threshold);
        }
    }

    /** A note (comment) on a cell, shown when the pointer rests on it. */
    void note(Cell cell, String value) {
        // The note belongs to the cell its anchor starts at, so the box starts at the cell itself.
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing().createCellComment(anchor);
        comment.setString(helper.createRichTextString(value));
        comment.setAuthor(NOTE_AUTHOR);
        cell.setCellComment(comment);
    }

    /** The sheet's drawing, for charts. */
    XSSFDrawing charts() {
        drawing();
        return sheet.getDrawingPatriarch();
    }

    private Drawing<?> drawing() {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        return drawing;
    }

    /** Header rows kept in view while scrolling, and the first {@code columns} columns. */
    void freeze(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
    }

    /**
     * A4 with the header rows repeated on every page, scaled to one page wide; the print area runs
     * from A1 to the last written row and {@code lastCol}.
     */
    void print(boolean landscape, int lastCol, int headerFirst, int headerLast, String title) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        if (headerFirst >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
        }
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, Math.max(0, next - 1));
        sheet.getHeader().setLeft(title);
        sheet.getFooter().setLeft("Trappen");
        sheet.getFooter().setRight(texts.get("print.page", "&P", "&N"));
    }

    /**
     * A4 landscape for a sheet too wide for one page: printed at a fixed scale across as many pages
     * as it needs, the header rows and the first columns repeated on each.
     */
    void printAcross(int lastCol, int headerFirst, int headerLast, int lastRepeatedCol, String title) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setScale((short) 70);
        sheet.setFitToPage(false);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, lastRepeatedCol));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, Math.max(0, next - 1));
        sheet.getHeader().setLeft(title);
        sheet.getFooter().setLeft("Trappen");
        sheet.getFooter().setRight(texts.get("print.page", "&P", "&N"));
    }

    /** Starts a new printed page at the next row. */
    void pageBreak() {
        if (next > 0) {
            sheet.setRowBreak(next - 1);
        }
    }
}
