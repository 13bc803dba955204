package dk.trappen.core.factsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Vector drawing on one page with the origin at the top left and y growing downwards, as a layout
 * is read; grey levels only (0 black, 1 white), so a sheet prints the same in black and white.
 * IO failures of the in-memory content stream surface as {@link UncheckedIOException}.
 */
final class PdfCanvas implements Closeable {

    /** Where a text's x is: its left edge, centre or right edge. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Point markers on lines: different shapes tell series apart without colour. */
    enum Marker { NONE, CIRCLE, SQUARE, TRIANGLE, DIAMOND }

    /** How a line is drawn: width, grey level and dash pattern (empty: solid). */
    record Stroke(float width, float grey, float... dash) {
    }

    private static final float BEZIER_CIRCLE = 0.5523f;

    private final PDPageContentStream cs;
    private final float pageHeight;
    private final SheetFonts fonts;

    PdfCanvas(PDDocument doc, PDPage page, SheetFonts fonts) throws IOException {
        this.cs = new PDPageContentStream(doc, page);
        this.pageHeight = page.getMediaBox().getHeight();
        this.fonts = fonts;
    }

    private float y(float top) {
        return pageHeight - top;
    }

    float width(String text, boolean bold, float size) {
        try {
            return fonts.font(bold).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of text with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, boolean bold, float size, Align align, float grey) {
        if (text.isEmpty()) {
            return;
        }
        float w = width(text, bold, size);
        float left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        draw(() -> {
            cs.beginText();
            cs.setNonStrokingColor(grey);
            cs.setFont(fonts.font(bold), size);
            cs.newLineAtOffset(left, y(baseline));
            cs.showText(text);
            cs.endText();
        });
    }

    /** The words of {@code text} in lines no wider than {@code maxWidth} (a too-long word gets its own line). */
    List<String> wrap(String text, float maxWidth, boolean bold, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, bold, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Wrapped lines from {@code firstBaseline}, {@code leading} apart; returns the baseline after the last. */
    float lines(List<String> lines, float x, float firstBaseline, float leading, boolean bold, float size, float grey) {
        float b = firstBaseline;
        for (String l : lines) {
            text(l, x, b, bold, size, Align.LEFT, grey);
            b += leading;
        }
        return b;
    }

    void fillRect(float x, float top, float w, float h, float grey) {
        draw(() -> {
            cs.setNonStrokingColor(grey);
            cs.addRect(x, y(top + h), w, h);
            cs.fill();
        });
    }

    void strokeRect(float x, float top, float w, float h, Stroke stroke) {
        draw(() -> {
            apply(stroke);
            cs.addRect(x, y(top + h), w, h);
            cs.stroke();
        });
    }

    /** Diagonal hatching inside a rectangle: a second bar fill that differs from grey ones in any print. */
    void hatchRect(float x, float top, float w, float h, float spacing, Stroke stroke) {
        draw(() -> {
            cs.saveGraphicsState();
            cs.addRect(x, y(top + h), w, h);
            cs.clip();
            apply(stroke);
            for (float d = -h; d < w; d += spacing) {
                cs.moveTo(x + d, y(top + h));
                cs.lineTo(x + d + h, y(top));
            }
            cs.stroke();
            cs.restoreGraphicsState();
        });
    }

    void line(float x1, float y1, float x2, float y2, Stroke stroke) {
        draw(() -> {
            apply(stroke);
            cs.moveTo(x1, y(y1));
            cs.lineTo(x2, y(y2));
            cs.stroke();
        });
    }

    /** A line through the points; a NaN y breaks it (a value that may not be shown leaves a gap). */
    void polyline(float[] xs, float[] ys, Stroke stroke) {
        draw(() -> {
            apply(stroke);
            boolean any = false;
            for (int i = 0; i + 1 < xs.length; i++) {
                // Only points with a neighbour make a segment; a lone point is left to its marker.
                if (Float.isNaN(ys[i]) || Float.isNaN(ys[i + 1])) {
                    continue;
                }
                if (i == 0 || Float.isNaN(ys[i - 1])) {
                    cs.moveTo(xs[i], y(ys[i]));
                }
                cs.lineTo(xs[i + 1], y(ys[i + 1]));
                any = true;
            }
            if (any) {
                cs.stroke();
            }
        });
    }

    /** A point marker centred on (x, y); {@code filled} false draws it white with a dark outline. */
    void marker(Marker marker, float x, float top, float size, float grey, boolean filled) {
        if (marker == Marker.NONE) {
            return;
        }
        float r = size / 2;
        float cy = y(top);
        draw(() -> {
            cs.setLineDashPattern(new float[0], 0);
            cs.setLineWidth(0.6f);
            cs.setStrokingColor(grey);
            cs.setNonStrokingColor(filled ? grey : 1f);
            switch (marker) {
                case CIRCLE:
                    float k = BEZIER_CIRCLE * r;
                    cs.moveTo(x + r, cy);
                    cs.curveTo(x + r, cy + k, x + k, cy + r, x, cy + r);
                    cs.curveTo(x - k, cy + r, x - r, cy + k, x - r, cy);
                    cs.curveTo(x - r, cy - k, x - k, cy - r, x, cy - r);
                    cs.curveTo(x + k, cy - r, x + r, cy - k, x + r, cy);
                    break;
                case SQUARE:
                    cs.addRect(x - r * 0.9f, cy - r * 0.9f, r * 1.8f, r * 1.8f);
                    break;
                case TRIANGLE:
                    cs.moveTo(x, cy + r * 1.1f);
                    cs.lineTo(x + r, cy - r * 0.8f);
                    cs.lineTo(x - r, cy - r * 0.8f);
                    cs.closePath();
                    break;
                default:
                    cs.moveTo(x, cy + r * 1.2f);
                    cs.lineTo(x + r, cy);
                    cs.lineTo(x, cy - r * 1.2f);
                    cs.lineTo(x - r, cy);
                    cs.closePath();
                    break;
            }
            cs.fillAndStroke();
        });
    }

    /** Runs drawing operators; the stream is in memory, so an IO failure is a bug, not a user's problem. */
    private static void draw(Operators operators) {
        try {
            operators.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Operators {
        void run() throws IOException;
    }

    private void apply(Stroke stroke) throws IOException {
        cs.setLineWidth(stroke.width());
        cs.setStrokingColor(stroke.grey());
        cs.setLineDashPattern(stroke.dash(), 0);
    }

    @Override
    public void close() {
        try {
            cs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
