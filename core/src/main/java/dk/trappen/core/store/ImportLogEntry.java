package dk.trappen.core.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One import as the log keeps it: the file, its type and fingerprint, what happened to its rows,
 * the period it covers, who imported it and when. {@code periodFrom}/{@code periodTo} may be null.
 */
public record ImportLogEntry(long id, String fileName, String fileType, long sizeBytes, String sha256,
        long rowsRead, long rowsStored, long rowsRejected, long rowsDuplicate,
        LocalDate periodFrom, LocalDate periodTo, String importedBy, Instant importedAt) {
}
