package dk.trappen.core.reference;

/**
 * One account line of the kontoplan mapping (key-figures.md §9): which funktion and
 * gruppering count for which group of the staircase, in which years, and where the row comes from
 * ({@code kilde}, e.g. "seed 002").
 */
public record KontoplanLinje(int trin, String group, String function, String grouping, int fromYear, int toYear,
        String source) {

    /** {@code toYear} for a row without an end year. */
    public static final int OPEN = Integer.MAX_VALUE;

    public boolean appliesTo(int year) {
        return year >= fromYear && year <= toYear;
    }
}
