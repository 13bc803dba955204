package dk.trappen.core.export;

import dk.trappen.core.reference.Enhed;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure's number is stored and shown in Excel. Shares and means in per cent are stored as
 * fractions with a per cent format (12,3 % is 0.123), so they stay numbers Excel can compute with.
 * Values are rounded to the decimals shown, so what a cell holds is what it shows.
 */
enum ValueFormat {
    /** Persons or events, with a thousands separator. */
    COUNT("#,##0", 0),
    /** A count per 10,000 adult inhabitants, one decimal. */
    RATE("#,##0.0", 1),
    /** A per-cent value 0–100 stored as a fraction, one decimal of the per cent. */
    PERCENT("0.0%", 1),
    /** A mean score on a 0–100 scale (NT13, NT14), stored as the score: points, not per cent. */
    SCORE("0.0", 1),
    /** NT19's ratio of amounts, two decimals. */
    RATIO("0.00", 2);

    private final String format;
    /** Decimals of the value as the core gives it (per cent as 0–100), as the command line shows it. */
    private final int decimals;

    ValueFormat(String format, int decimals) {
        this.format = format;
        this.decimals = decimals;
    }

    String excelFormat() {
        return format;
    }

    /** The format of a change of such a value, signed ("+3", "-2", "0"): never read as a count. */
    String changeFormat() {
        return "+" + format + ";-" + format + ";" + format;
    }

    /** The number to store for a figure's value as the core gives it (per cent values as 0–100). */
    double stored(double value) {
        // Rounded as the core's text shows it first, then moved to a fraction, so 12,35 % is 0.124 as "12,4".
        BigDecimal shown = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return (this == PERCENT ? shown.movePointLeft(2) : shown).doubleValue();
    }

    /** The format of a figure's own value (not its rate), by its unit in the catalogue. */
    static ValueFormat of(Enhed unit) {
        switch (unit) {
            case PERSONER:
            case INDLAEGGELSER:
            case KRONER:
                return COUNT;
            case SCORE:
                return SCORE;
            case FORHOLD:
                return RATIO;
            default:
                return PERCENT;
        }
    }
}
