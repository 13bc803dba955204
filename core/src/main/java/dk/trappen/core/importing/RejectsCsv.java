package dk.trappen.core.importing;

import dk.trappen.core.store.RejectStore;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.store.WorkspaceException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            try (CSVPrinter p = new CSVPrinter(w, format); Session s = ws.read()) {
                for (Map.Entry<Long, String> e : imports.entrySet()) {
                    n += RejectStore.read(s, e.getKey(),
                            r -> p.printRecord(e.getValue(), r.line(), r.column(), r.value(), r.message()));
                }
            }
        } catch (IOException e) {
            throw new ImportException(e, "import.rejects.unwritable", out, e.getMessage());
        } catch (WorkspaceException e) {
            throw ImportException.fromStore(out, e);
        }
        return n;
    }
}
