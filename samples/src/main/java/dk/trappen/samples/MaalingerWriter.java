package dk.trappen.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * maalinger.xlsx: one sheet per year of the kommune's own measurements. Streams rows (SXSSF),
 * fixes the document dates and re-zips with constant entry times, so the same seed gives the
 * same bytes. In the cp1252 variant MAALEDATO is text dd-mm-yyyy instead of an Excel date, to
 * exercise the importer's other date path.
 */
final class MaalingerWriter {

    static final String[] HEADER = {"PNR", "KOMMUNEKODE", "MAALEDATO", "WHO5_1", "WHO5_2", "WHO5_3", "WHO5_4", "WHO5_5",
        "WHO5_SCORE", "INSPIRE_SCORE", "INDSATS"};
    /** The fixed creation date written into docProps/core.xml. */
    static final Date DOCUMENT_DATE = Date.from(LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

    private MaalingerWriter() {
    }

    static long write(Path file, SampleVariant variant, List<Measurement> measurements) throws IOException {
        Map<Integer, List<Measurement>> byYear = new TreeMap<>();
        for (Measurement m : measurements) {
            byYear.computeIfAbsent(LocalDate.ofEpochDay(m.day()).getYear(), y -> new ArrayList<>()).add(m);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 500);
        try {
            POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreated(Optional.of(DOCUMENT_DATE));
            core.setModified(Optional.of(DOCUMENT_DATE));
            core.setCreator("Trappen (syntetiske data)");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            for (var e : byYear.entrySet()) {
                List<Measurement> rows = e.getValue();
                Collections.sort(rows);
                Sheet sheet = wb.createSheet(Integer.toString(e.getKey()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADER.length; c++) {
                    header.createCell(c).setCellValue(HEADER[c]);
                }
                int r = 1;
                for (Measurement m : rows) {
                    fill(sheet.createRow(r++), m, variant, dateStyle);
                }
            }
            wb.write(buffer);
        } finally {
            wb.close(); // also deletes SXSSF's temporary files (dispose() is deprecated)
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            DeterministicZip.rewrite(buffer.toByteArray(), out);
        }
        return measurements.size();
    }

    private static void fill(Row row, Measurement m, SampleVariant variant, CellStyle dateStyle) {
        row.createCell(0).setCellValue(m.pnr());
        row.createCell(1).setCellValue(m.kommune());
        Cell date = row.createCell(2);
        LocalDate d = LocalDate.ofEpochDay(m.day());
        if (variant == SampleVariant.CP1252) {
            date.setCellValue(String.format(java.util.Locale.ROOT, "%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        } else {
            date.setCellValue(d);
            date.setCellStyle(dateStyle);
        }
        if (m.items() != null) {
            for (int i = 0; i < 5; i++) {
                row.createCell(3 + i).setCellValue(m.items()[i]);
            }
        } else {
            row.createCell(8).setCellValue(m.score());
        }
        if (m.inspire() >= 0) {
            row.createCell(9).setCellValue(m.inspire());
        }
        if (!m.indsats().isEmpty()) {
            row.createCell(10).setCellValue(m.indsats());
        }
    }
}
