package dk.trappen.core.factsheet;

import dk.trappen.core.factsheet.PdfCanvas.Align;
import dk.trappen.core.factsheet.PdfCanvas.Stroke;
import dk.trappen.core.factsheet.SheetContent.Series;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.CellStatus;
import java.util.List;

/** What the sheet's charts share: heading lines, the legend, the value grid and the look of bars. */
final class ChartParts {

    static final float HEADING_SIZE = 10f;
    static final float SMALL = 7.2f;
    static final float TICK = 6.8f;
    static final float TEXT_GREY = 0.25f;
    static final float GRID_GREY = 0.82f;
    /** Where the kommune's bars sit on the grey scale: light enough that black lines and markers read on them. */
    static final float BAR_GREY = 0.62f;
    static final Stroke BAR_OUTLINE = new Stroke(0.6f, 0.1f);
    static final Stroke HATCH = new Stroke(0.5f, 0.2f);
    static final Stroke GRID = new Stroke(0.4f, GRID_GREY);
    static final Stroke AXIS = new Stroke(0.7f, 0.2f);

    /** What the legend shows for a series. */
    enum Swatch { BAR, HATCHED_BAR, LINE }

    private ChartParts() {
    }

    /** The heading and its explanatory line; returns the top of what follows. */
    static float heading(PdfCanvas c, String heading, String sub, float x, float top) {
        c.text(heading, x, top + HEADING_SIZE, true, HEADING_SIZE, Align.LEFT, 0f);
        c.text(sub, x, top + HEADING_SIZE + 10.5f, false, SMALL, Align.LEFT, TEXT_GREY);
        return top + HEADING_SIZE + 15f;
    }

    /** One legend row from {@code x}; items that do not fit go on a next row. Returns the top below it. */
    static float legend(PdfCanvas c, List<Series> series, List<Swatch> swatches, float x, float top, float width) {
        float cx = x;
        float row = top;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            float itemWidth = 22 + c.width(s.name(), false, SMALL) + 12;
            if (cx > x && cx + itemWidth > x + width) {
                cx = x;
                row += 11;
            }
            float mid = row + 4.5f;
            switch (swatches.get(i)) {
                case BAR:
                    bar(c, cx + 3, mid - 3.5f, 12, 7, false);
                    break;
                case HATCHED_BAR:
                    bar(c, cx + 3, mid - 3.5f, 12, 7, true);
                    break;
                default:
                    c.line(cx, mid, cx + 18, mid, s.style().stroke());
                    c.marker(s.style().marker(), cx + 9, mid, 4f, 0f, s.style().filledMarker());
            }
            c.text(s.name(), cx + 22, mid + 2.5f, false, SMALL, Align.LEFT, 0f);
            cx += itemWidth;
        }
        return row + 13;
    }

    /** A bar: solid grey, or white with hatching for the second of two bars. */
    static void bar(PdfCanvas c, float x, float top, float w, float h, boolean hatched) {
        if (w <= 0 || h <= 0) {
            return;
        }
        if (hatched) {
            c.fillRect(x, top, w, h, 1f);
            c.hatchRect(x, top, w, h, 2.2f, HATCH);
        } else {
            c.fillRect(x, top, w, h, BAR_GREY);
        }
        c.strokeRect(x, top, w, h, BAR_OUTLINE);
    }

    /** Horizontal grid lines and tick labels of a value axis between {@code plotTop} and {@code baseline}. */
    static void valueGrid(PdfCanvas c, Axis axis, float left, float right, float plotTop, float baseline) {
        for (double t : axis.ticks()) {
            float y = (float) (baseline - axis.fraction(t) * (baseline - plotTop));
            c.line(left, y, right, y, t == axis.min() ? AXIS : GRID);
            c.text(axis.label(t), left - 3, y + 2.3f, false, TICK, Align.RIGHT, TEXT_GREY);
        }
    }

    /** The largest shown value among the series' cells (0 if none). */
    static double maxShown(List<Series> series) {
        return shown(series).max().orElse(0);
    }

    /** The smallest shown value among the series' cells (0 if none). */
    static double minShown(List<Series> series) {
        return shown(series).min().orElse(0);
    }

    private static java.util.stream.DoubleStream shown(List<Series> series) {
        return series.stream().flatMap(s -> s.cells().stream()).filter(Cell::shown)
                .mapToDouble(cell -> cell.value().getAsDouble());
    }

    /** Whether any cell is hidden by discretion (then the chart says that gaps are deliberate). */
    static boolean anyHidden(List<Series> series) {
        return series.stream().flatMap(s -> s.cells().stream())
                .anyMatch(cell -> !cell.shown() && cell.status() != CellStatus.NOT_AVAILABLE);
    }

    /** A unit's line through its shown values, with a marker on each; a hidden value leaves a gap. */
    static void seriesLine(PdfCanvas c, Series line, float[] xs, Axis axis, float plotTop, float baseline,
            float markerSize) {
        float[] ys = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = yOf(line.cells().get(i), axis, plotTop, baseline);
        }
        c.polyline(xs, ys, line.style().stroke());
        for (int i = 0; i < xs.length; i++) {
            if (!Float.isNaN(ys[i])) {
                c.marker(line.style().marker(), xs[i], ys[i], markerSize, 0f, line.style().filledMarker());
            }
        }
    }

    /** The y of a cell's value on the plot, NaN when the cell may not be shown. */
    static float yOf(Cell cell, Axis axis, float plotTop, float baseline) {
        return cell.shown() ? (float) (baseline - axis.fraction(cell.value().getAsDouble()) * (baseline - plotTop))
                : Float.NaN;
    }
}
