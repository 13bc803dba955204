package dk.trappen.samples;

import java.util.Locale;

/** How much synthetic data to generate (see {@code ScaleSetup} for the numbers). */
public enum SampleScale {
    /** Three kommuner of different size, a few thousand persons: the committed first-run sample. */
    SMALL,
    /** One mid-size kommune's own extract. */
    KOMMUNE,
    /** All 98 kommuner at about the real size of the target group; generated on demand only. */
    NATIONAL;

    /** Parses {@code small}, {@code kommune} or {@code national}, ignoring case. */
    public static SampleScale parse(String text) {
        for (SampleScale s : values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Ukendt størrelse '" + text + "': brug small, kommune eller national");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
