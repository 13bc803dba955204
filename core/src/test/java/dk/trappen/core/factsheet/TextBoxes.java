package dk.trappen.core.factsheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The boxes the text of a page occupies, as PDFBox reads them back, to find text drawn over other
 * text or outside the page: what a reader would see as overlapping or clipped.
 */
final class TextBoxes {

    /** A run of text and its box in page units, y growing downwards from the top. */
    record Box(String text, float left, float top, float right, float bottom) {
        boolean overlaps(Box o, float slack) {
            return left < o.right - slack && o.left < right - slack && top < o.bottom - slack && o.top < bottom - slack;
        }
    }

    private TextBoxes() {
    }

    static List<Box> of(PDDocument doc, int page) {
        List<Box> boxes = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = Float.MAX_VALUE;
                    float right = -Float.MAX_VALUE;
                    float top = Float.MAX_VALUE;
                    float bottom = -Float.MAX_VALUE;
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                        // Cap height, not the font's full height: lines 1.2 sizes apart do not touch.
                        top = Math.min(top, p.getYDirAdj() - p.getFontSizeInPt() * 0.72f);
                        bottom = Math.max(bottom, p.getYDirAdj());
                    }
                    if (left < right) {
                        boxes.add(new Box(text, left, top, right, bottom));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.writeText(doc, new StringWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    /** Pairs of text boxes that overlap, and boxes reaching outside the page's margins of {@code margin}. */
    static List<String> problems(PDDocument doc, float margin) {
        List<String> out = new ArrayList<>();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            List<Box> boxes = of(doc, page);
            PDRectangle size = doc.getPage(page - 1).getMediaBox();
            for (int i = 0; i < boxes.size(); i++) {
                Box a = boxes.get(i);
                if (a.left() < margin || a.right() > size.getWidth() - margin || a.top() < margin
                        || a.bottom() > size.getHeight() - margin) {
                    out.add("page " + page + ": '" + a.text() + "' outside the margins " + a);
                }
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (a.overlaps(boxes.get(j), 0.3f)) {
                        out.add("page " + page + ": '" + a.text() + "' overlaps '" + boxes.get(j).text() + "'");
                    }
                }
            }
        }
        return out;
    }
}
