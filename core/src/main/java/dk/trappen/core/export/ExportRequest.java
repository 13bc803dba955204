package dk.trappen.core.export;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to export: one kommune (with its comparison group, region and hele landet) or all kommuner,
 * at a cut date (empty: the latest one the data cover).
 *
 * @param kommune the kommune code, or empty for every kommune
 * @param cutDate the cut date the tables and charts stop at, or empty for the latest
 */
public record ExportRequest(OptionalInt kommune, Optional<LocalDate> cutDate) {

    public ExportRequest {
        kommune = kommune == null ? OptionalInt.empty() : kommune;
        cutDate = cutDate == null ? Optional.empty() : cutDate;
    }

    /** One kommune at the latest cut date. */
    public static ExportRequest kommune(int code) {
        return new ExportRequest(OptionalInt.of(code), Optional.empty());
    }

    /** Every kommune at the latest cut date. */
    public static ExportRequest allKommuner() {
        return new ExportRequest(OptionalInt.empty(), Optional.empty());
    }

    /** The same request at another cut date. */
    public ExportRequest at(LocalDate date) {
        return new ExportRequest(kommune, Optional.of(date));
    }

    public boolean isAllKommuner() {
        return kommune.isEmpty();
    }
}
