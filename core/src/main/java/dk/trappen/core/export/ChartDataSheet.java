package dk.trappen.core.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The Diagramdata sheet: the numbers behind every chart, one block per chart. Excel draws a text
 * cell ("&lt;5") in a chart as 0, so the charts do not read the tables: here a hidden or missing
 * value is an empty cell, which a chart leaves as a gap, and no hidden number exists.
 */
final class ChartDataSheet {

    /** Where a chart's block lies, as references a chart can use. */
    record Placed(String categories, List<String> names, List<String> values) {
    }

    private static final int SERIES_WIDTH = 16;

    private final SheetWriter w;
    private int widestBlock;

    ChartDataSheet(SheetWriter w) {
        this.w = w;
        Texts t = w.texts();
        w.widths(24, SERIES_WIDTH, SERIES_WIDTH, SERIES_WIDTH, SERIES_WIDTH, SERIES_WIDTH, SERIES_WIDTH, SERIES_WIDTH);
        w.title(t.get("chartData.title"));
        w.wide(t.get("chartData.note"), w.styles().note, 0, 7);
        w.skip(1);
        w.freeze(0, 0);
    }

    /** Writes a chart's numbers under the previous block. */
    Placed place(String area, ChartSpec spec) {
        Styles s = w.styles();
        w.text(w.row(), 0, area + ": " + spec.title(), s.heading);
        int lines = 1;
        for (ChartSpec.Series series : spec.series()) {
            lines = Math.max(lines, SheetWriter.lines(series.name(), SERIES_WIDTH - 1));
        }
        Row header = w.row(lines);
        w.text(header, 0, spec.categoryHeader(), s.headerLeft);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < spec.series().size(); i++) {
            w.text(header, 1 + i, spec.series().get(i).name(), s.header);
            names.add(new CellReference(w.name(), header.getRowNum(), 1 + i, true, true).formatAsString());
        }
        int first = w.rowIndex();
        for (int c = 0; c < spec.categoryCount(); c++) {
            Row r = w.row();
            if (spec.dates().isEmpty()) {
                w.text(r, 0, spec.labels().get(c), s.text);
            } else {
                w.date(r, 0, spec.dates().get(c));
            }
            for (int i = 0; i < spec.series().size(); i++) {
                Double v = spec.series().get(i).values().get(c);
                if (v != null) {
                    w.number(r, 1 + i, v, s.value(spec.format()));
                }
            }
        }
        int last = w.rowIndex() - 1;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < spec.series().size(); i++) {
            values.add(range(first, last, 1 + i));
        }
        widestBlock = Math.max(widestBlock, spec.series().size());
        w.skip(1);
        return new Placed(range(first, last, 0), names, values);
    }

    private String range(int firstRow, int lastRow, int col) {
        return new CellRangeAddress(firstRow, lastRow, col, col).formatAsString(w.name(), true);
    }

    /** A4 landscape over the widest block. */
    void finish() {
        w.print(true, Math.max(7, widestBlock), -1, -1, w.texts().get("chartData.title"));
    }
}
