package dk.trappen.core.export;

import dk.trappen.core.DanishDates;
import dk.trappen.core.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** The workbook's texts ({@code export.*} in core's bundles) and its Danish date formats. */
final class Texts {

    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return Messages.format(locale, "export." + key, args);
    }

    /** A text of core's bundle outside the export's own keys (figure titles, reasons for absence). */
    String core(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    static String date(LocalDate d) {
        return DanishDates.DATE.format(d);
    }

    static String dateTime(LocalDateTime t) {
        return DanishDates.DATE_TIME.format(t);
    }
}
