package dk.trappen.samples;

import java.util.Locale;

/** The text format of the generated CSV files, for import tests. */
public enum SampleVariant {
    /** UTF-8 without BOM, {@code ;}, ISO dates, LF. */
    UTF8,
    /** Windows-1252, {@code ,}, dd-mm-yyyy dates, CRLF (and text dates in the workbook). */
    CP1252;

    /** Parses {@code utf8} or {@code cp1252}, ignoring case. */
    public static SampleVariant parse(String text) {
        for (SampleVariant v : values()) {
            if (v.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("Ukendt variant '" + text + "': brug utf8 eller cp1252");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
