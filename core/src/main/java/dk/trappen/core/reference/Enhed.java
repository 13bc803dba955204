package dk.trappen.core.reference;

/**
 * The unit of a key figure, as the catalogue's {@code enhed} column gives it. Every output reads a
 * figure's unit from there (through {@code FigureCatalogue#unit}): the window's axis and table, the
 * workbook's number format, the fact sheet's unit column.
 */
public enum Enhed {
    /** A count of persons. */
    PERSONER,
    /** A count of events that are not persons (NT18: admissions). */
    INDLAEGGELSER,
    /** A share or mean in per cent, 0–100. */
    PROCENT,
    /** A mean score on a 0–100 scale (WHO-5, Brief INSPIRE-O): points, not per cent. */
    SCORE,
    /** A ratio of amounts (NT19). */
    FORHOLD,
    KRONER;

    /** Whether a figure in this unit is a count (shown also per 10,000 adults, with no decimals). */
    public boolean isCount() {
        return this == PERSONER || this == INDLAEGGELSER;
    }
}
