package dk.trappen.core.factsheet;

import dk.trappen.core.factsheet.PdfCanvas.Align;
import dk.trappen.core.factsheet.PdfCanvas.Stroke;
import dk.trappen.core.factsheet.SheetContent.Paragraph;
import dk.trappen.core.factsheet.SheetContent.Row;
import dk.trappen.core.factsheet.SheetContent.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays one sheet out on two A4 pages: page 1 the header, "Kort fortalt" and the three charts;
 * page 2 the table of every area and the footer. Sizes are fixed so every kommune's sheet looks
 * the same; the only text of varying length that could push things down, the sentences, is given
 * a fixed number of lines and the least important sentences give way.
 */
final class SheetRenderer {

    static final int PAGES = 2;
    static final float MARGIN = 42f;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final float BOTTOM = PDRectangle.A4.getHeight() - 36f;

    private static final float SENTENCE_SIZE = 8.8f;
    private static final float SENTENCE_LEADING = 11.2f;
    private static final int SENTENCE_LINES = 8;
    private static final float STAIRCASE_HEIGHT = 205f;
    private static final float TREND_HEIGHT = 132f;
    private static final Stroke RULE = new Stroke(0.5f, 0.55f);
    private static final Stroke ROW_RULE = new Stroke(0.3f, 0.8f);

    /** Table columns: left edges of id, title and unit; right edges of the five value columns. */
    private static final float COL_TITLE = MARGIN + 32;
    private static final float COL_UNIT = MARGIN + 232;
    private static final float[] VALUE_RIGHT = {MARGIN + 314, MARGIN + 364, MARGIN + 414, MARGIN + 464, MARGIN + WIDTH};
    private static final float VALUE_WIDTH = 48f;

    private final int threshold;

    SheetRenderer(int threshold) {
        this.threshold = threshold;
    }

    /** Appends the sheet's pages to {@code doc}; returns its first page (for the combined file's bookmarks). */
    PDPage render(PDDocument doc, SheetFonts fonts, SheetContent s) throws IOException {
        PDPage first = new PDPage(PDRectangle.A4);
        doc.addPage(first);
        try (PdfCanvas c = new PdfCanvas(doc, first, fonts)) {
            pageOne(c, s);
            pageFooter(c, s, 1);
        }
        PDPage second = new PDPage(PDRectangle.A4);
        doc.addPage(second);
        try (PdfCanvas c = new PdfCanvas(doc, second, fonts)) {
            pageTwo(c, s);
            pageFooter(c, s, 2);
        }
        return first;
    }

    private void pageOne(PdfCanvas c, SheetContent s) {
        float x = MARGIN;
        c.text(Texts.get("kicker"), x, 46, true, 7.5f, Align.LEFT, 0.4f);
        c.text(s.title(), x, 70, true, 20f, Align.LEFT, 0f);
        c.text(Texts.get("cut", DanishFormat.date(s.cut())), x + WIDTH, 70, true, 11f, Align.RIGHT, 0f);
        float b = 86;
        for (String fact : s.facts()) {
            b = c.lines(c.wrap(fact, WIDTH, false, 8.3f), x, b, 10.5f, false, 8.3f, 0.1f);
        }
        b = c.lines(c.wrap(s.coverage(), WIDTH, false, 7f), x, b, 8.8f, false, 7f, 0.35f);
        c.line(x, b - 4, x + WIDTH, b - 4, RULE);

        float boxTop = b + 2;
        List<String> lines = sentenceLines(c, s.sentences());
        // The box is as tall as the sentences; what they leave over goes to the last chart.
        float boxHeight = 22 + lines.size() * SENTENCE_LEADING;
        c.fillRect(x, boxTop, WIDTH, boxHeight, 0.95f);
        c.text(Texts.get("summary.heading"), x + 8, boxTop + 14, true, 10f, Align.LEFT, 0f);
        float lb = boxTop + 27;
        for (String line : lines) {
            boolean bullet = line.startsWith("\u0000");
            String text = bullet ? line.substring(1) : line;
            if (bullet) {
                c.marker(PdfCanvas.Marker.SQUARE, x + 11, lb - 3, 3f, 0.2f, true);
            }
            c.text(text, x + 18, lb, false, SENTENCE_SIZE, Align.LEFT, 0f);
            lb += SENTENCE_LEADING;
        }

        float top = boxTop + boxHeight + 12;
        StaircaseChart.draw(c, s.staircase(), threshold, x, top, WIDTH, STAIRCASE_HEIGHT);
        top += STAIRCASE_HEIGHT + 12;
        TrendChart.draw(c, s.trend(), threshold, x, top, WIDTH, TREND_HEIGHT);
        top += TREND_HEIGHT + 12;
        MovementChart.draw(c, s.movements(), threshold, x, top, WIDTH, BOTTOM - 14 - top);
    }

    /**
     * The sentences wrapped to the box, each line of a new sentence marked with a leading NUL (its
     * bullet); a sentence that no longer fits is left out with all after it, keeping at least three.
     */
    private static List<String> sentenceLines(PdfCanvas c, List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<String> wrapped = c.wrap(sentences.get(i), WIDTH - 26, false, SENTENCE_SIZE);
            if (i >= Sentences.MIN && out.size() + wrapped.size() > SENTENCE_LINES) {
                break;
            }
            for (int j = 0; j < wrapped.size(); j++) {
                out.add(j == 0 ? "\u0000" + wrapped.get(j) : wrapped.get(j));
            }
        }
        return out;
    }

    private void pageTwo(PdfCanvas c, SheetContent s) {
        float x = MARGIN;
        c.text(Texts.get("page2.title", s.kommuneName(), DanishFormat.date(s.cut())), x, 56, true, 13f, Align.LEFT, 0f);
        float y = table(c, s.table(), 68);
        y = c.lines(c.wrap(s.table().note(), WIDTH, false, 6.8f), x, y + 9, 8.4f, false, 6.8f, 0.3f);

        float top = y + 6;
        c.line(x, top, x + WIDTH, top, RULE);
        c.text(Texts.get("footer.heading"), x, top + 13, true, 8.5f, Align.LEFT, 0f);
        float b = top + 25;
        for (Paragraph p : s.footer()) {
            b = paragraph(c, p, x, b, WIDTH) + 3;
        }
        c.lines(c.wrap(s.colophon(), WIDTH, false, 6.5f), x, b + 2, 8.2f, false, 6.5f, 0.4f);
    }

    /** The table from {@code top}; returns the y below its last row. */
    private static float table(PdfCanvas c, Table t, float top) {
        List<String> h = t.headers();
        float headerBottom = top + 20;
        c.text(h.get(0), MARGIN, headerBottom - 3, true, 7f, Align.LEFT, 0f);
        c.text(h.get(1), COL_TITLE, headerBottom - 3, true, 7f, Align.LEFT, 0f);
        c.text(h.get(2), COL_UNIT, headerBottom - 3, true, 7f, Align.LEFT, 0f);
        for (int i = 0; i < VALUE_RIGHT.length; i++) {
            List<String> lines = c.wrap(h.get(3 + i), VALUE_WIDTH, true, 7f);
            float b = headerBottom - 3 - (lines.size() - 1) * 8.2f;
            for (String line : lines.subList(Math.max(0, lines.size() - 2), lines.size())) {
                c.text(line, VALUE_RIGHT[i], b, true, fit(c, line, VALUE_WIDTH, true, 7f), Align.RIGHT, 0f);
                b += 8.2f;
            }
        }
        c.line(MARGIN, headerBottom, MARGIN + WIDTH, headerBottom, new Stroke(0.8f, 0f));
        float y = headerBottom;
        for (Row r : t.rows()) {
            if (r.heading()) {
                c.fillRect(MARGIN, y + 1.5f, WIDTH, 11.5f, 0.9f);
                c.text(r.title(), MARGIN + 2, y + 10, true, 7.5f, Align.LEFT, 0f);
                y += 13f;
                continue;
            }
            float b = y + 8.2f;
            c.text(r.id(), MARGIN + 2, b, false, 7f, Align.LEFT, 0.3f);
            float titleWidth = COL_UNIT - COL_TITLE - 4;
            c.text(r.title(), COL_TITLE, b, false, fit(c, r.title(), titleWidth, false, 7.3f), Align.LEFT, 0f);
            c.text(r.unit(), COL_UNIT, b, false, 7f, Align.LEFT, 0.3f);
            for (int i = 0; i < r.values().size(); i++) {
                c.text(r.values().get(i), VALUE_RIGHT[i], b, i == 1, 7.3f, Align.RIGHT, 0f);
            }
            y += 10.6f;
            c.line(MARGIN, y, MARGIN + WIDTH, y, ROW_RULE);
        }
        return y;
    }

    /** The size, at most {@code size}, at which the text fits the width (a long title shrinks, never overlaps). */
    private static float fit(PdfCanvas c, String text, float width, boolean bold, float size) {
        float w = c.width(text, bold, size);
        return w <= width ? size : Math.max(5.5f, size * width / w);
    }

    /** A paragraph with its bold lead-in on the first line; returns the baseline after it. */
    private static float paragraph(PdfCanvas c, Paragraph p, float x, float baseline, float width) {
        float size = 7f;
        float leading = 8.8f;
        float lead = c.width(p.lead() + " ", true, size);
        c.text(p.lead(), x, baseline, true, size, Align.LEFT, 0f);
        // The first line is shorter by the lead-in; wrap once with a placeholder of its width.
        List<String> words = List.of(p.text().split("\\s+"));
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < words.size()) {
            String candidate = first.length() == 0 ? words.get(i) : first + " " + words.get(i);
            if (c.width(candidate, false, size) > width - lead) {
                break;
            }
            first.setLength(0);
            first.append(candidate);
            i++;
        }
        c.text(first.toString(), x + lead, baseline, false, size, Align.LEFT, 0.1f);
        float b = baseline + leading;
        if (i < words.size()) {
            b = c.lines(c.wrap(String.join(" ", words.subList(i, words.size())), width, false, size), x, b, leading,
                    false, size, 0.1f);
        }
        return b;
    }

    private static void pageFooter(PdfCanvas c, SheetContent s, int page) {
        float b = PDRectangle.A4.getHeight() - 22;
        c.line(MARGIN, b - 9, MARGIN + WIDTH, b - 9, RULE);
        c.text(Texts.get("page.line", s.kommuneName(), DanishFormat.date(s.cut())), MARGIN, b, false, 6.8f, Align.LEFT,
                0.4f);
        c.text(Texts.get("page", Integer.toString(page), Integer.toString(PAGES)), MARGIN + WIDTH, b, false, 6.8f,
                Align.RIGHT, 0.4f);
    }
}
