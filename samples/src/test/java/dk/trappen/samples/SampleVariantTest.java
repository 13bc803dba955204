package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cp1252 variant holds the same content as utf8, in Windows-1252 with `,`, dd-mm-yyyy and CRLF. */
class SampleVariantTest {

    @TempDir
    static Path cp1252;

    @BeforeAll
    static void generate() throws Exception {
        SmallSample.generate(SampleOptions.defaults().withVariant(SampleVariant.CP1252), cp1252);
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T(\\d{2}:\\d{2}))?");

    /** What a utf8 field becomes in the cp1252 variant: dates and timestamps in Danish order. */
    private static String toDanish(String field) {
        Matcher m = ISO.matcher(field);
        if (!m.matches()) {
            return field;
        }
        String date = m.group(3) + "-" + m.group(2) + "-" + m.group(1);
        return m.group(4) == null ? date : date + " " + m.group(5);
    }

    @Test
    void csvFilesAreWindows1252WithCommaDanishDatesAndCrlf() throws Exception {
        Path utf8 = SmallSample.defaults();
        for (String f : List.of(SampleGenerator.YDELSER, SampleGenerator.DOEDE, SampleGenerator.BEFOLKNING,
                SampleGenerator.DREAM, SampleGenerator.LPR, SampleGenerator.REGNSKAB)) {
            byte[] bytes = Files.readAllBytes(cp1252.resolve(f));
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    assertTrue(i > 0 && bytes[i - 1] == '\r', f + ": bare LF at byte " + i);
                }
            }
            assertTrue(bytes[bytes.length - 1] == '\n' && bytes[bytes.length - 2] == '\r', f + " ends with CRLF");
            List<String[]> a = SmallSample.readUtf8(utf8.resolve(f));
            List<String[]> b = SmallSample.read(cp1252.resolve(f), CsvFile.WINDOWS_1252, "\r\n", ',');
            assertEquals(a.size(), b.size(), f + " rows");
            for (int r = 0; r < a.size(); r++) {
                assertEquals(a.get(r).length, b.get(r).length, f + " line " + (r + 1));
                for (int c = 0; c < a.get(r).length; c++) {
                    String expected = r == 0 || f.equals(SampleGenerator.DREAM) || f.equals(SampleGenerator.REGNSKAB)
                            ? a.get(r)[c] : toDanish(a.get(r)[c]);
                    assertEquals(expected, b.get(r)[c], f + " line " + (r + 1) + " column " + (c + 1));
                }
            }
        }
    }

    @Test
    void danishLettersAreSingleWindows1252Bytes() throws Exception {
        byte[] lpr = Files.readAllBytes(cp1252.resolve(SampleGenerator.LPR));
        // "børne- og ungdomspsykiatri": ø is 0xF8 in Windows-1252 (two bytes, C3 B8, in UTF-8).
        boolean found = false;
        for (byte b : lpr) {
            found |= (b & 0xFF) == 0xF8;
        }
        assertTrue(found, "no ø (0xF8) in the cp1252 lpr.csv");
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(lpr)));
        String text = new String(lpr, CsvFile.WINDOWS_1252);
        assertTrue(text.contains("børne- og ungdomspsykiatri"));
        assertTrue(text.contains(",31-12-") || text.matches("(?s).*,\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2},.*"));
    }

    @Test
    void utf8VariantHasNoBomAndLfOnly() throws Exception {
        byte[] y = Files.readAllBytes(SmallSample.defaults().resolve(SampleGenerator.YDELSER));
        assertFalse(y[0] == (byte) 0xEF && y[1] == (byte) 0xBB, "UTF-8 BOM");
        for (byte b : y) {
            assertTrue(b != '\r', "CR in utf8 variant");
        }
        assertTrue(new String(y, 0, 200, StandardCharsets.UTF_8).startsWith("PNR;HANDLEKOMMUNE;"));
    }

    @Test
    void workbookDatesAreTextInCp1252Variant() throws Exception {
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(cp1252.resolve(SampleGenerator.MAALINGER).toFile(),
                null, true)) {
            var cell = wb.getSheetAt(0).getRow(1).getCell(2);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
            assertTrue(cell.getStringCellValue().matches("\\d{2}-\\d{2}-\\d{4}"), cell.getStringCellValue());
        }
    }
}
