package dk.trappen.core.factsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans Regular and Bold from the jar (no font need be installed), embedded as subsets
 * so æ, ø and å print anywhere and the text stays selectable. The files are read once per JVM;
 * each document gets its own font objects.
 */
record SheetFonts(PDType0Font regular, PDType0Font bold) {

    private static final byte[] REGULAR = read("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSans-Bold.ttf");

    static SheetFonts load(PDDocument doc) throws IOException {
        return new SheetFonts(font(doc, REGULAR), font(doc, BOLD));
    }

    /**
     * Glyph substitution (ligatures) is switched off: the sheet needs none for Danish, and applying
     * it costs PDFBox a set of regular expressions per line of text, most of a sheet's drawing time.
     */
    private static PDType0Font font(PDDocument doc, byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    private static byte[] read(String name) {
        try (InputStream in = SheetFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new FactSheetException("factsheet.fontMissing", name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
