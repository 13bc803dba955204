package dk.trappen.core.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the binary files of the malformed-input corpus (src/test/resources/import/malformed):
 * garbage, a PNG, zips and workbooks. They are committed; run this only to regenerate them:
 *
 * <pre>mvn -B -pl core test -Dtest=MalformedCorpusFiles -Dtrappen.corpus.generate=true</pre>
 *
 * Everything is seeded, so a regeneration gives the same files (workbooks differ only in their
 * creation time stamp). Each file stays well under 50 KB.
 */
class MalformedCorpusFiles {

    static final Path DIR = Path.of("src", "test", "resources", "import", "malformed");

    static final String MAALINGER_HEADER =
            "PNR;BORGER_ID;KOMMUNEKODE;MAALEDATO;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5;WHO5_SCORE;INDSATS";

    @Test
    @EnabledIfSystemProperty(named = "trappen.corpus.generate", matches = "true")
    void generate() throws IOException {
        generate(DIR);
    }

    static void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(20260115L);

        byte[] garbage = new byte[2000];
        random.nextBytes(garbage);
        garbage[17] = 0;
        Files.write(dir.resolve("binary_garbage.csv"), garbage);

        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write("PNR;DOEDSDATO\n0101801234;2020-01-01\n".getBytes(StandardCharsets.UTF_8));
        byte[] tail = new byte[500];
        random.nextBytes(tail);
        tail[3] = 0;
        bom.write(tail);
        Files.write(dir.resolve("bom_utf8_then_binary.csv"), bom.toByteArray());

        Files.write(dir.resolve("png_renamed.csv"), png(8, 8));

        byte[] book = formulasAndMerged();
        Files.write(dir.resolve("maalinger_formulas_merged.xlsx"), book);
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(book, book.length / 2));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("laes_mig.txt"));
            z.write("PNR;DOEDSDATO\n0101801234;2020-01-01\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.write(dir.resolve("zip_not_workbook.xlsx"), zip.toByteArray());

        Files.write(dir.resolve("maalinger_negative_date.xlsx"), negativeDate());
        Files.write(dir.resolve("maalinger_sheet_missing_column.xlsx"), sheetMissingColumn());
        Files.write(dir.resolve("maalinger_formula_without_value.xlsx"), formulaWithoutValue());
    }

    /**
     * Sheet "Målinger": KOMMUNEKODE merged over rows 2–4 (written once), WHO5_SCORE as formulas
     * whose cached values deliberately differ from what they would compute now (the cached value
     * is what the person saw and saved), a date as a formula, an Excel date and a text date, and
     * one row (6) with a cached score of 101.
     */
    static byte[] formulasAndMerged() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Sheet s = wb.createSheet("Målinger");
            header(s);
            // Row 2: items given, score a formula over them (cached 44 = (3+3+2+2+1)*4).
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("0101801234");
            r.createCell(2).setCellValue(101);
            date(r.createCell(3), dateStyle, 45413); // 2024-05-01
            int[] items = {3, 3, 2, 2, 1};
            for (int i = 0; i < 5; i++) {
                r.createCell(4 + i).setCellValue(items[i]);
            }
            formula(r.createCell(9), "SUM(E2:I2)*4", 44);
            r.createCell(10).setCellValue("§85");
            // Row 3: merged kommune (empty here), score as a formula with a stale cached value 52.
            r = s.createRow(2);
            r.createCell(1).setCellValue("B-17");
            r.createCell(3).setCellValue("2024-05-02");
            formula(r.createCell(9), "50+1", 52);
            r.createCell(10).setCellValue("§82");
            // Row 4: merged kommune, the date a formula (cached 2024-05-03), the score a number.
            r = s.createRow(3);
            r.createCell(1).setCellValue("B-18");
            Cell d = r.createCell(3);
            d.setCellFormula("DATE(2024,5,3)");
            d.setCellValue(45415);
            d.setCellStyle(dateStyle);
            r.createCell(9).setCellValue(60);
            s.addMergedRegion(new CellRangeAddress(1, 3, 2, 2));
            // Row 5: a blank row (skipped). Row 6: a cached score of 101.
            r = s.createRow(5);
            r.createCell(1).setCellValue("B-19");
            r.createCell(2).setCellValue(147);
            date(r.createCell(3), dateStyle, 45416);
            formula(r.createCell(9), "100+1", 101);
            return bytes(wb);
        }
    }

    /** A date-formatted cell holding -1: no Excel date at all. */
    static byte[] negativeDate() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet("Ark1");
            header(s);
            Row r = s.createRow(1);
            r.createCell(1).setCellValue("B-1");
            r.createCell(2).setCellValue(101);
            date(r.createCell(3), dateStyle, 45413);
            r.createCell(9).setCellValue(52);
            r = s.createRow(2);
            r.createCell(1).setCellValue("B-2");
            r.createCell(2).setCellValue(101);
            date(r.createCell(3), dateStyle, -1);
            r.createCell(9).setCellValue(52);
            return bytes(wb);
        }
    }

    /** Two sheets; the second lacks MAALEDATO. */
    static byte[] sheetMissingColumn() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("2024");
            header(s);
            Row r = s.createRow(1);
            r.createCell(1).setCellValue("B-1");
            r.createCell(2).setCellValue(101);
            r.createCell(3).setCellValue("2024-05-01");
            r.createCell(9).setCellValue(52);
            Sheet t = wb.createSheet("2025");
            Row h = t.createRow(0);
            h.createCell(0).setCellValue("BORGER_ID");
            h.createCell(1).setCellValue("KOMMUNEKODE");
            h.createCell(2).setCellValue("WHO5_SCORE");
            r = t.createRow(1);
            r.createCell(0).setCellValue("B-1");
            r.createCell(1).setCellValue(101);
            r.createCell(2).setCellValue(60);
            return bytes(wb);
        }
    }

    /**
     * A score written as a formula with no cached value (as files written by programs that do not
     * calculate look): it must not be read as 0.
     */
    static byte[] formulaWithoutValue() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Ark1");
            header(s);
            Row r = s.createRow(1);
            r.createCell(1).setCellValue("B-1");
            r.createCell(2).setCellValue(101);
            r.createCell(3).setCellValue("2024-05-01");
            r.createCell(9).setCellValue(52);
            r = s.createRow(2);
            r.createCell(1).setCellValue("B-2");
            r.createCell(2).setCellValue(101);
            r.createCell(3).setCellValue("2024-05-02");
            r.createCell(9).setCellFormula("40+4");
            return bytes(wb);
        }
    }

    private static void header(Sheet s) {
        Row h = s.createRow(0);
        String[] names = MAALINGER_HEADER.split(";");
        for (int i = 0; i < names.length; i++) {
            h.createCell(i).setCellValue(names[i]);
        }
    }

    private static void date(Cell c, CellStyle style, double serial) {
        c.setCellValue(serial);
        c.setCellStyle(style);
    }

    /** A formula cell with the given cached value. */
    private static void formula(Cell c, String formula, double cached) {
        c.setCellFormula(formula);
        c.setCellValue(cached);
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** A valid grey PNG, written by hand (signature, IHDR, IDAT, IEND). */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        int32(ihdr, width);
        int32(ihdr, height);
        ihdr.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale
        chunk(out, "IHDR", ihdr.toByteArray());
        byte[] raw = new byte[(width + 1) * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raw[y * (width + 1) + 1 + x] = (byte) (x * 32);
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buf = new byte[1024];
        int n = deflater.deflate(buf);
        deflater.end();
        chunk(out, "IDAT", Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int32(b, data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        b.write(t);
        b.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        int32(b, (int) crc.getValue());
        out.write(b.toByteArray());
    }

    private static void int32(OutputStream out, int v) throws IOException {
        out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }
}
