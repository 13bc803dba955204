package dk.trappen.core.factsheet;

import dk.trappen.core.factsheet.ChartParts.Swatch;
import dk.trappen.core.factsheet.PdfCanvas.Align;
import dk.trappen.core.factsheet.SheetContent.Movements;
import dk.trappen.core.factsheet.SheetContent.Series;
import dk.trappen.core.figures.discretion.Cell;
import java.util.List;

/**
 * NT7–NT10 in the two half-years of the last year as horizontal bar pairs (hatched: the earlier
 * half-year, grey: the latest), each labelled with its value; a count that may not be shown gets
 * no bar, only its "&lt;5" or "x".
 */
final class MovementChart {

    private static final float LABELS = 200f;
    private static final float BAR = 6f;

    private MovementChart() {
    }

    static void draw(PdfCanvas c, Movements m, int threshold, float x, float top, float w, float h) {
        List<Series> both = List.of(m.earlier(), m.latest());
        String sub = m.unitLabel() + (ChartParts.anyHidden(both)
                ? " " + Texts.get("chart.hiddenNote", Integer.toString(threshold)) : "");
        float y = ChartParts.heading(c, m.heading(), sub, x, top);
        y = ChartParts.legend(c, both, List.of(Swatch.HATCHED_BAR, Swatch.BAR), x + LABELS, y, w - LABELS);
        int n = m.categories().size();
        float row = (top + h - y) / n;
        float left = x + LABELS;
        float right = x + w - 24;
        double max = Math.max(1, ChartParts.maxShown(both));
        c.line(left, y, left, y + n * row, ChartParts.AXIS);
        for (int i = 0; i < n; i++) {
            float rowTop = y + i * row;
            float mid = rowTop + row / 2;
            c.text(m.categories().get(i), x, mid + 2.5f, false, ChartParts.SMALL, Align.LEFT, 0f);
            bar(c, m.earlier().cells().get(i), true, left, right, mid - BAR - 0.5f, max);
            bar(c, m.latest().cells().get(i), false, left, right, mid + 0.5f, max);
            if (i > 0) {
                c.line(x, rowTop, x + w, rowTop, ChartParts.GRID);
            }
        }
    }

    private static void bar(PdfCanvas c, Cell cell, boolean hatched, float left, float right, float top, double max) {
        float end = left;
        if (cell.shown()) {
            end = left + (float) (cell.value().getAsDouble() / max * (right - left));
            ChartParts.bar(c, left, top, end - left, BAR, hatched);
        }
        c.text(DanishFormat.cell(cell, 0), end + 3, top + BAR - 0.6f, !hatched, ChartParts.TICK, Align.LEFT, 0f);
    }
}
