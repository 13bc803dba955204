package dk.trappen.core.factsheet;

import dk.trappen.core.factsheet.ChartParts.Swatch;
import dk.trappen.core.factsheet.PdfCanvas.Align;
import dk.trappen.core.factsheet.SheetContent.Series;
import dk.trappen.core.factsheet.SheetContent.Staircase;
import dk.trappen.core.figures.discretion.Cell;
import java.util.ArrayList;
import java.util.List;

/**
 * NT1–NT6 at the cut date: the kommune as bars, the compared units as lines with markers across the
 * same categories; the kommune's values are printed under the axis, where no line can cover them.
 */
final class StaircaseChart {

    private static final float AXIS_LABELS = 30f;
    private static final float LABEL_LEADING = 7.8f;
    private static final int LABEL_LINES = 4;

    private StaircaseChart() {
    }

    /** Draws the chart in the box from {@code top} to {@code top + h}. */
    static void draw(PdfCanvas c, Staircase s, int threshold, float x, float top, float w, float h) {
        List<Series> all = new ArrayList<>();
        all.add(s.bars());
        all.addAll(s.lines());
        String sub = s.unitLabel() + (ChartParts.anyHidden(all)
                ? " " + Texts.get("chart.hiddenNote", Integer.toString(threshold)) : "");
        float y = ChartParts.heading(c, s.heading(), sub, x, top);
        List<Swatch> swatches = new ArrayList<>();
        swatches.add(Swatch.BAR);
        s.lines().forEach(l -> swatches.add(Swatch.LINE));
        y = ChartParts.legend(c, all, swatches, x + AXIS_LABELS, y, w - AXIS_LABELS);

        List<String> note = s.note() == null ? List.of() : c.wrap(s.note(), w, false, ChartParts.SMALL);
        float noteSpace = note.size() * 8.6f;
        float plotTop = y + 4;
        float baseline = top + h - noteSpace - 10 - LABEL_LINES * LABEL_LEADING;
        float left = x + AXIS_LABELS;
        float right = x + w;
        Axis axis = Axis.covering(ChartParts.maxShown(all) * 1.05, s.decimals() == 0 ? 5 : 0);
        ChartParts.valueGrid(c, axis, left, right, plotTop, baseline);

        int n = s.categories().size();
        float band = (right - left) / n;
        float[] centres = new float[n];
        for (int i = 0; i < n; i++) {
            centres[i] = left + (i + 0.5f) * band;
            Cell cell = s.bars().cells().get(i);
            float barTop = ChartParts.yOf(cell, axis, plotTop, baseline);
            if (!Float.isNaN(barTop)) {
                ChartParts.bar(c, centres[i] - band * 0.22f, barTop, band * 0.44f, baseline - barTop, false);
            }
            c.text(DanishFormat.cell(cell, s.decimals()), centres[i], baseline + 9, true, 7.5f, Align.CENTER, 0f);
            List<String> label = c.wrap(s.categories().get(i), band - 6, false, ChartParts.TICK);
            float b = baseline + 9 + LABEL_LEADING + 1;
            for (String line : label.subList(0, Math.min(LABEL_LINES, label.size()))) {
                c.text(line, centres[i], b, false, ChartParts.TICK, Align.CENTER, ChartParts.TEXT_GREY);
                b += LABEL_LEADING;
            }
        }
        for (Series line : s.lines()) {
            ChartParts.seriesLine(c, line, centres, axis, plotTop, baseline, 4.5f);
        }
        c.lines(note, x, top + h - noteSpace + 6, 8.6f, false, ChartParts.SMALL, ChartParts.TEXT_GREY);
    }
}
