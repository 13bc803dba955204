package dk.trappen.core.figures.discretion;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One displayable value after discretion: the text every output shows ("12", "0", "&lt;5", "x",
 * "12,3") and, only when shown, the number behind it (for typed export cells and charts).
 */
public final class Cell {

    /** The text of a hidden cell other than a small count. */
    public static final String HIDDEN_TEXT = "x";

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final CellStatus status;
    private final double value;
    private final String text;

    private Cell(CellStatus status, double value, String text) {
        this.status = status;
        this.value = value;
        this.text = text;
    }

    static Cell count(int value) {
        return new Cell(CellStatus.SHOWN, value, Integer.toString(value));
    }

    /** A number with one decimal, Danish decimal comma (rates, means, shares). */
    static Cell decimal(double value) {
        return new Cell(CellStatus.SHOWN, value, String.format(DANISH, "%.1f", value));
    }

    /** A number with the given decimals (NT19 has two), Danish decimal comma. */
    static Cell decimal(double value, int decimals) {
        return new Cell(CellStatus.SHOWN, value, String.format(DANISH, "%." + decimals + "f", value));
    }

    static Cell belowThreshold(int threshold) {
        return new Cell(CellStatus.BELOW_THRESHOLD, Double.NaN, "<" + threshold);
    }

    static Cell hidden(CellStatus status) {
        return new Cell(status, Double.NaN, HIDDEN_TEXT);
    }

    public static Cell notAvailable() {
        return new Cell(CellStatus.NOT_AVAILABLE, Double.NaN, "");
    }

    public CellStatus status() {
        return status;
    }

    public boolean shown() {
        return status == CellStatus.SHOWN;
    }

    /** What to show. */
    public String text() {
        return text;
    }

    /** The number, only when shown. */
    public OptionalDouble value() {
        return shown() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell && ((Cell) o).status == status && ((Cell) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return status.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
