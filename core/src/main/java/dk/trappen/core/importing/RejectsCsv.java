package dk.trappen.core.importing;

import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the rejected rows kept in a workspace to a CSV file that opens in a Danish Excel:
 * UTF-8 with BOM, ';'-separated, columns fil;linje;kolonne;vaerdi;regel.
 */
public final class RejectsCsv {

    private RejectsCsv() {
    }

    /** @param imports import id → file name; returns the rows written. */
    public static long write(Workspace ws, Map<Long, String> imports, Path out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader("fil", "linje", "kolonne", "vaerdi", "regel").get();
        long n = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter p = new CSVPrinter(w, format); Connection c = ws.connection();
                    PreparedStatement ps = c.prepareStatement("SELECT line, column_name, cell_value, rule FROM "
                            + "import_reject WHERE import_id = ? ORDER BY line")) {
                for (Map.Entry<Long, String> e : imports.entrySet()) {
                    ps.setLong(1, e.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            p.printRecord(e.getValue(), rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                            n++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportException(e, "import.rejects.unwritable", out, e.getMessage());
        } catch (SQLException e) {
            throw new ImportException(e, "import.file.database", out, e.getMessage());
        }
        return n;
    }
}
