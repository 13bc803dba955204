package dk.trappen.core.factsheet;

import dk.trappen.core.DanishDates;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.CellStatus;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers and dates as a Danish reader expects them on paper: 1.234,5 and 31-12-2025. */
final class DanishFormat {

    /** What a cell without any value shows on the sheet (an empty table cell reads as a printing fault). */
    static final String NONE = "–";

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DanishFormat() {
    }

    static String date(LocalDate d) {
        return DanishDates.format(d);
    }

    /** A number with thousands separators and a fixed number of decimals. */
    static String number(double value, int decimals) {
        String s = String.format(DANISH, "%,." + decimals + "f", value);
        // "-0,0" would suggest a fall where the rounded value is none.
        return s.startsWith("-") && s.matches("-[0.,]+") ? s.substring(1) : s;
    }

    /**
     * A cell after discretion: the number in Danish form when shown, else the cell's own text
     * ("&lt;5", "x"), or a dash when there is no value.
     */
    static String cell(Cell cell, int decimals) {
        if (cell.shown()) {
            return number(cell.value().getAsDouble(), decimals);
        }
        return cell.status() == CellStatus.NOT_AVAILABLE ? NONE : cell.text();
    }
}
