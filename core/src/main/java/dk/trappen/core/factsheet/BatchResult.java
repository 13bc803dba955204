package dk.trappen.core.factsheet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a batch of fact sheets wrote.
 *
 * @param sheets   one PDF per kommune, in kommune-code order
 * @param combined every sheet in one PDF, with a bookmark per kommune
 * @param elapsed  the time the batch took
 */
public record BatchResult(List<Path> sheets, Path combined, Duration elapsed) {

    public BatchResult {
        sheets = List.copyOf(sheets);
    }
}
