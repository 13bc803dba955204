package dk.trappen.core.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import did. {@code duplicateOfImport} &gt; 0 when the same file was imported before and
 * nothing was stored; {@code rejects} holds the first rejected rows (all are kept in the workspace).
 */
public record ImportReport(long importId, String fileName, ImportType type, long sizeBytes, String sha256,
        long rowsRead, long rowsStored, long rowsRejected, long rowsDuplicate, LocalDate periodFrom, LocalDate periodTo,
        List<RejectedRow> rejects, Map<String, Long> warnings, long duplicateOfImport) {

    /** How many rejected rows a report carries in memory; the rest are in the workspace. */
    public static final int REJECTS_KEPT = 100;

    public ImportReport {
        rejects = List.copyOf(rejects);
        warnings = Map.copyOf(warnings);
    }
}
