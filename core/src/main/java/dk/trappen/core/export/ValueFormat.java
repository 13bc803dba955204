package dk.trappen.core.export;

import dk.trappen.core.reference.Enhed;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a figure's number is stored and shown in Excel: a look by the figure's unit and its decimals from
 * the reference data ({@link Figure}), so a figure's format is written nowhere else. Shares and means in
 * per cent are stored as fractions with a per cent format (12,3 % is 0.123), so they stay numbers Excel
 * can compute with. Values are rounded to the decimals shown, so what a cell holds is what it shows.
 *
 * @param look     how the number looks
 * @param decimals decimals of the value as the core gives it (per cent as 0–100), as every output shows it
 */
record ValueFormat(Look look, int decimals) {

    /** How a number looks, apart from its decimals. */
    enum Look {
        /** With a thousands separator: counts of persons or events, amounts, rates of counts. */
        GROUPED,
        /** A per-cent value 0–100 stored as a fraction. */
        PERCENT,
        /** The number as it is: a mean score on a 0–100 scale (points, not per cent), a ratio. */
        PLAIN
    }

    /** Persons or events, with a thousands separator. */
    static final ValueFormat COUNT = new ValueFormat(Look.GROUPED, 0);
    /** A count per 10,000 adult inhabitants: one decimal for every figure. */
    static final ValueFormat RATE = new ValueFormat(Look.GROUPED, 1);

    /** The format of a figure's own value (not its rate): its unit's look with its decimals. */
    static ValueFormat of(Figure figure) {
        return new ValueFormat(look(figure.unit()), figure.decimals());
    }

    /**
     * The formats a workbook uses, each once: counts, rates, then those of the catalogue's figures in
     * catalogue order, so a workbook's styles stand in the same order whatever it holds.
     */
    static List<ValueFormat> inUse(ReferenceData reference) {
        Set<ValueFormat> out = new LinkedHashSet<>(List.of(COUNT, RATE));
        reference.figures().forEach(f -> out.add(of(f)));
        return new ArrayList<>(out);
    }

    private static Look look(Enhed unit) {
        switch (unit) {
            case PERSONER:
            case INDLAEGGELSER:
            case KRONER:
                return Look.GROUPED;
            case PROCENT:
                return Look.PERCENT;
            default:
                return Look.PLAIN;
        }
    }

    String excelFormat() {
        String fraction = decimals == 0 ? "" : "." + "0".repeat(decimals);
        switch (look) {
            case GROUPED:
                return "#,##0" + fraction;
            case PERCENT:
                return "0" + fraction + "%";
            default:
                return "0" + fraction;
        }
    }

    /** The format of a change of such a value, signed ("+3", "-2", "0"): never read as a count. */
    String changeFormat() {
        String format = excelFormat();
        return "+" + format + ";-" + format + ";" + format;
    }

    /** The number to store for a figure's value as the core gives it (per cent values as 0–100). */
    double stored(double value) {
        // Rounded as the core's text shows it first, then moved to a fraction, so 12,35 % is 0.124 as "12,4".
        BigDecimal shown = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return (look == Look.PERCENT ? shown.movePointLeft(2) : shown).doubleValue();
    }
}
