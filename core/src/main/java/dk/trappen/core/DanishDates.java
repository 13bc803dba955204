package dk.trappen.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Danish date form every output shows (31-12-2025), defined once for core and app, and the
 * reading of a date a user types in either that form or ISO (2025-12-31).
 */
public final class DanishDates {

    /** dd-MM-uuuu: the one Danish date pattern (uuuu, not yyyy, so strict parsing needs no era). */
    public static final String PATTERN = "dd-MM-uuuu";

    /** 31-12-2025. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(PATTERN).withResolverStyle(ResolverStyle.STRICT);

    /** 31-12-2025 14:05, for times of import and writing. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(PATTERN + " HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DANISH_FORM = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");

    private DanishDates() {
    }

    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    /** A date typed as 2025-12-31 or 31-12-2025; empty when it is neither or no such day exists. */
    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(DANISH_FORM.matcher(text).matches() ? LocalDate.parse(text, DATE) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
