package dk.trappen.core.factsheet;

import dk.trappen.core.factsheet.PdfCanvas.Marker;
import dk.trappen.core.factsheet.PdfCanvas.Stroke;

/**
 * How each compared unit is drawn: a dash pattern, a grey level and a marker shape, so the lines
 * stay apart in a black-and-white print and on a photocopy.
 */
enum SeriesStyle {
    KOMMUNE(new Stroke(1.7f, 0f), Marker.CIRCLE, true),
    GROUP(new Stroke(1.1f, 0.15f, 4.5f, 2f), Marker.SQUARE, true),
    REGION(new Stroke(1.1f, 0.3f, 1f, 1.6f), Marker.TRIANGLE, false),
    LAND(new Stroke(1.1f, 0.4f, 6f, 2f, 1.2f, 2f), Marker.DIAMOND, false);

    private final Stroke stroke;
    private final Marker marker;
    private final boolean filledMarker;

    SeriesStyle(Stroke stroke, Marker marker, boolean filledMarker) {
        this.stroke = stroke;
        this.marker = marker;
        this.filledMarker = filledMarker;
    }

    Stroke stroke() {
        return stroke;
    }

    Marker marker() {
        return marker;
    }

    boolean filledMarker() {
        return filledMarker;
    }
}
