package dk.trappen.core.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, made once (Excel caps a workbook's styles) and shared by every sheet. */
final class Styles {

    static final String DATE_FORMAT = "dd-mm-yyyy";
    /** Excel's default body font, named on every font so other programs do not pick their own. */
    private static final String FONT = "Calibri";
    static final String DATE_TIME_FORMAT = "dd-mm-yyyy hh:mm";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle note;
    final CellStyle heading;
    final CellStyle header;
    final CellStyle headerLeft;
    final CellStyle blockTitle;
    final CellStyle text;
    final CellStyle textWrap;
    final CellStyle label;
    /** A date as a row label or a fact: left-aligned. */
    final CellStyle date;
    /** A date in a table column. */
    final CellStyle dateInTable;
    final CellStyle dateTime;
    final CellStyle dateTimeInTable;
    /** The label of a fact on the Forside: bold, wrapped, no fill. */
    final CellStyle factLabel;
    final CellStyle integer;
    final CellStyle plainInteger;
    /** "&lt;5" and "x": right-aligned like the numbers they stand for. */
    final CellStyle hidden;
    final CellStyle link;
    /** A style per number format in use, made at its first use (Excel caps a workbook's styles). */
    private final Map<ValueFormat, CellStyle> values = new HashMap<>();
    private final Map<ValueFormat, CellStyle> changes = new HashMap<>();
    private final Workbook wb;
    private final Font plain;

    /** {@code formats}: the number formats made up front, in this order; any other is made at its first use. */
    Styles(Workbook wb, List<ValueFormat> formats) {
        this.wb = wb;
        this.plain = font(wb, false, 11, IndexedColors.BLACK);
        Font bold = font(wb, true, 11, IndexedColors.BLACK);
        Font grey = font(wb, false, 10, IndexedColors.GREY_50_PERCENT);
        title = style(wb, font(wb, true, 16, IndexedColors.DARK_BLUE));
        subtitle = style(wb, font(wb, false, 11, IndexedColors.GREY_80_PERCENT));
        subtitle.setWrapText(true);
        note = style(wb, grey);
        note.setWrapText(true);
        heading = style(wb, font(wb, true, 12, IndexedColors.DARK_BLUE));
        header = style(wb, bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        headerLeft = wb.createCellStyle();
        headerLeft.cloneStyleFrom(header);
        headerLeft.setAlignment(HorizontalAlignment.LEFT);
        blockTitle = style(wb, bold);
        blockTitle.setBorderBottom(BorderStyle.HAIR);
        text = style(wb, plain);
        textWrap = style(wb, plain);
        textWrap.setWrapText(true);
        label = style(wb, plain);
        label.setWrapText(true);
        date = aligned(wb, plain, DATE_FORMAT, HorizontalAlignment.LEFT);
        dateInTable = aligned(wb, plain, DATE_FORMAT, HorizontalAlignment.CENTER);
        dateTime = aligned(wb, plain, DATE_TIME_FORMAT, HorizontalAlignment.LEFT);
        dateTimeInTable = aligned(wb, plain, DATE_TIME_FORMAT, HorizontalAlignment.CENTER);
        factLabel = style(wb, bold);
        factLabel.setWrapText(true);
        integer = style(wb, plain);
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        plainInteger = style(wb, plain);
        plainInteger.setDataFormat(wb.createDataFormat().getFormat("0"));
        plainInteger.setAlignment(HorizontalAlignment.LEFT);
        hidden = style(wb, font(wb, false, 11, IndexedColors.GREY_80_PERCENT));
        hidden.setAlignment(HorizontalAlignment.RIGHT);
        link = style(wb, linkFont(wb));
        for (ValueFormat f : formats) {
            value(f);
            change(f);
        }
    }

    /** A change between two shown values: the value's format with an explicit sign (+3, -2, 0). */
    CellStyle change(ValueFormat format) {
        return changes.computeIfAbsent(format, f -> aligned(wb, plain, f.changeFormat(), HorizontalAlignment.GENERAL));
    }

    CellStyle value(ValueFormat format) {
        return values.computeIfAbsent(format, f -> aligned(wb, plain, f.excelFormat(), HorizontalAlignment.GENERAL));
    }

    /** Every cell is top-aligned, so a row with a wrapped label reads along its first line. */
    private static CellStyle style(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle aligned(Workbook wb, Font font, String format, HorizontalAlignment alignment) {
        CellStyle s = style(wb, font);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setAlignment(alignment);
        return s;
    }

    private static Font font(Workbook wb, boolean bold, int points, IndexedColors colour) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        f.setColor(colour.getIndex());
        return f;
    }

    private static Font linkFont(Workbook wb) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setUnderline(Font.U_SINGLE);
        f.setColor(IndexedColors.BLUE.getIndex());
        return f;
    }
}
