package dk.trappen.app.ui.data;

import dk.trappen.core.importing.RejectedRow;
import java.util.List;

/**
 * One file's line in the report. Counts are display texts ("" when the file was not imported);
 * {@code importId} is 0 when nothing was committed, so there are no rejected rows to save.
 */
public record FileOutcome(String fileName, String type, String read, String stored, String rejected,
        String duplicates, String period, String result, String message, long importId, long rejectedCount,
        List<RejectedRow> rejects) {

    public FileOutcome {
        rejects = List.copyOf(rejects);
    }

    /** A file that was not imported (refused, skipped or cancelled): only its result and why. */
    static FileOutcome notImported(String fileName, String type, String result, String message) {
        return new FileOutcome(fileName, type, "", "", "", "", "", result, message, 0, 0, List.of());
    }
}
