package dk.trappen.core.export;

import dk.trappen.core.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to export: one kommune (with its comparison group, region and hele landet) or all kommuner,
 * at a cut date (empty: the latest one the data cover).
 *
 * @param kommune the kommune code, or empty for every kommune
 * @param cutDate the cut date the tables and charts stop at, or empty for the latest
 * @param language the language of the workbook's texts (Danish unless English is asked for);
 *                 dates stay dd-mm-åååå either way
 */
public record ExportRequest(OptionalInt kommune, Optional<LocalDate> cutDate, Locale language) {

    public ExportRequest {
        kommune = kommune == null ? OptionalInt.empty() : kommune;
        cutDate = cutDate == null ? Optional.empty() : cutDate;
        language = language != null && language.getLanguage().equals("en") ? Locale.ENGLISH : Messages.DANISH;
    }

    /** One kommune at the latest cut date. */
    public static ExportRequest kommune(int code) {
        return new ExportRequest(OptionalInt.of(code), Optional.empty(), Messages.DANISH);
    }

    /** Every kommune at the latest cut date. */
    public static ExportRequest allKommuner() {
        return new ExportRequest(OptionalInt.empty(), Optional.empty(), Messages.DANISH);
    }

    /** The same request at another cut date. */
    public ExportRequest at(LocalDate date) {
        return new ExportRequest(kommune, Optional.of(date), language);
    }

    /** The same request with its texts in another language (English or Danish). */
    public ExportRequest in(Locale other) {
        return new ExportRequest(kommune, cutDate, other);
    }

    public boolean isAllKommuner() {
        return kommune.isEmpty();
    }
}
