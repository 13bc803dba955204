package dk.trappen.core.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The preview's pages, rendered by core headless: A4 at the asked resolution, with the sheet drawn on them. */
class PageImagesTest {

    private static final LocalDate CUT = LocalDate.of(2025, 12, 31);
    private static final int AARHUS = 751;

    private final FactSheetData data = SmallSampleSheets.data();
    private final FactSheetService service = SmallSampleSheets.service();

    @Test
    void everyPageIsAnA4PictureAtTheAskedResolution() throws IOException {
        List<byte[]> pages = service.pageImages(data, AARHUS, Optional.empty(), CUT, 110f);
        assertEquals(2, pages.size());
        // PDFBox makes a page of w × h points w · dpi / 72 pixels wide, rounded down: 909 × 1286 for A4.
        for (byte[] png : pages) {
            BufferedImage page = read(png);
            assertEquals(909, page.getWidth());
            assertEquals(1286, page.getHeight());
            assertEquals((int) (PDRectangle.A4.getWidth() * 110 / 72), page.getWidth());
        }
        BufferedImage small = read(service.pageImages(data, AARHUS, Optional.empty(), CUT, 36f).get(0));
        assertEquals(297, small.getWidth());
        assertEquals(420, small.getHeight());
    }

    @Test
    void thePagesShowTheSheetOnWhitePaper() throws IOException {
        List<byte[]> pages = service.pageImages(data, AARHUS, Optional.empty(), CUT, 72f);
        for (byte[] png : pages) {
            BufferedImage page = read(png);
            double inked = inked(page, 0, page.getHeight());
            // Text and charts cover part of the page, never all of it (a blank or black page fails).
            assertTrue(inked > 0.01 && inked < 0.6, "share of inked pixels " + inked);
            assertEquals(0xffffff, page.getRGB(2, 2) & 0xffffff, "the corner is paper");
        }
        // The first page has its title at the top.
        BufferedImage first = read(pages.get(0));
        assertTrue(inked(first, 0, first.getHeight() / 8) > 0.005, "a title at the top");
        assertFalse(Arrays.equals(pages.get(0), pages.get(1)), "two different pages");
    }

    @Test
    void anUnknownKommuneIsRefusedAsForThePdf() {
        assertThrows(FactSheetException.class, () -> service.pageImages(data, 9999, Optional.empty(), CUT, 72f));
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "a PNG image");
        return image;
    }

    /** The share of pixels in rows [from, to) that are clearly not white. */
    private static double inked(BufferedImage image, int from, int to) {
        long inked = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * (to - from));
    }
}
