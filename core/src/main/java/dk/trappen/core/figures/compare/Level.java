package dk.trappen.core.figures.compare;

import java.util.Locale;
import java.util.Optional;

/** The kinds of unit a figure is shown for (key-figures.md §10). */
public enum Level {
    KOMMUNE,
    /** A saved, named set of kommuner; by default a kommune's own region. */
    SAMMENLIGNINGSGRUPPE,
    /** Danmarks Statistik's kommunegrupper. */
    KOMMUNEGRUPPE,
    REGION,
    /** A kommune in two sundhedsklynger counts in both. */
    SUNDHEDSKLYNGE,
    LAND;

    /** The name on the command line and in the first column of exports, e.g. {@code sundhedsklynge}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String text) {
        for (Level l : values()) {
            if (l.cliName().equals(text)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
