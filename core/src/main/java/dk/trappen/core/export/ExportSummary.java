package dk.trappen.core.export;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param file    the workbook, absolute
 * @param cutDate the cut date it shows
 * @param sheets  its sheet names, in order
 * @param elapsed the time from reading the figures to the file in place
 */
public record ExportSummary(Path file, LocalDate cutDate, List<String> sheets, Duration elapsed) {

    public ExportSummary {
        sheets = List.copyOf(sheets);
    }
}
