package dk.trappen.core.factsheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A sheet's pages as PNG images: PDFBox draws each page into an off-screen raster (no window, no UI
 * toolkit, so it runs headless and off any UI thread), which is encoded as PNG for a preview or a
 * printer to decode.
 */
final class PageImages {

    private PageImages() {
    }

    /** Every page of {@code doc}, in order, at {@code dpi} dots per inch. */
    static List<byte[]> png(PDDocument doc, float dpi) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        List<byte[]> pages = new ArrayList<>(doc.getNumberOfPages());
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            BufferedImage image = renderer.renderImageWithDPI(p, dpi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for the rendered page");
            }
            pages.add(out.toByteArray());
        }
        return pages;
    }
}
