package dk.trappen.core.factsheet;

import dk.trappen.core.factsheet.ChartParts.Swatch;
import dk.trappen.core.factsheet.PdfCanvas.Align;
import dk.trappen.core.factsheet.SheetContent.Series;
import dk.trappen.core.factsheet.SheetContent.Trend;
import dk.trappen.core.figures.discretion.Cell;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/** One figure over the cut dates since 2017: a line per unit, the years under the axis, the kommune's last value at its end. */
final class TrendChart {

    private static final float AXIS_LABELS = 30f;
    private static final float END_LABEL = 30f;

    private TrendChart() {
    }

    static void draw(PdfCanvas c, Trend t, int threshold, float x, float top, float w, float h) {
        String sub = t.unitLabel() + (ChartParts.anyHidden(t.lines())
                ? " " + Texts.get("chart.hiddenNote", Integer.toString(threshold)) : "");
        float y = ChartParts.heading(c, t.heading(), sub, x, top);
        y = ChartParts.legend(c, t.lines(), Collections.nCopies(t.lines().size(), Swatch.LINE), x + AXIS_LABELS, y,
                w - AXIS_LABELS);
        float plotTop = y + 4;
        float baseline = top + h - 14;
        float left = x + AXIS_LABELS;
        float right = x + w - END_LABEL;
        Axis axis = Axis.spanning(ChartParts.minShown(t.lines()) * 0.97, ChartParts.maxShown(t.lines()) * 1.03,
                t.decimals() == 0 ? 5 : 0);
        ChartParts.valueGrid(c, axis, left, right, plotTop, baseline);

        List<LocalDate> dates = t.dates();
        int n = dates.size();
        float[] xs = new float[n];
        float inset = 6;
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? (left + right) / 2 : left + inset + i * (right - left - 2 * inset) / (n - 1);
            boolean december = dates.get(i).getMonthValue() == 12;
            c.line(xs[i], baseline, xs[i], baseline + (december ? 3 : 1.5f), ChartParts.AXIS);
            if (december) {
                c.text(Integer.toString(dates.get(i).getYear()), xs[i], baseline + 10, false, ChartParts.TICK,
                        Align.CENTER, ChartParts.TEXT_GREY);
            }
        }
        for (int s = t.lines().size() - 1; s >= 0; s--) {
            // The kommune (first) is drawn last, on top of the others.
            ChartParts.seriesLine(c, t.lines().get(s), xs, axis, plotTop, baseline, 3.2f);
        }
        if (!t.lines().isEmpty() && n > 0) {
            Cell last = t.lines().get(0).cells().get(n - 1);
            float ly = ChartParts.yOf(last, axis, plotTop, baseline);
            if (!Float.isNaN(ly)) {
                c.text(DanishFormat.cell(last, t.decimals()), xs[n - 1] + 6, ly + 2.5f, true, 7.5f, Align.LEFT, 0f);
            }
        }
    }
}
