package dk.trappen.samples;

import java.time.LocalDate;

/**
 * The half-year grid of the simulation. Period {@code h} runs from the day after cut date
 * h-1 to cut date h (30 June or 31 December); period 0 is the first half of 2014, the start of
 * the services register's usable history. Dates are epoch days ({@code int}) for speed.
 */
final class Periods {

    static final LocalDate START = LocalDate.of(2014, 1, 1);
    /** The first cut date of the key-figure series (key-figures.md §1). */
    static final LocalDate FIRST_CUT = LocalDate.of(2017, 12, 31);

    private final int count;
    private final int[] cut;
    private final int until;

    Periods(LocalDate until) {
        int n = 0;
        while (cutDate(n).isBefore(until)) {
            n++;
        }
        this.count = n + 1;
        this.cut = new int[count + 1];
        for (int h = 0; h <= count; h++) {
            cut[h] = (int) cutDate(h).toEpochDay();
        }
        this.until = (int) until.toEpochDay();
    }

    private static LocalDate cutDate(int h) {
        int year = START.getYear() + h / 2;
        return h % 2 == 0 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** Number of periods, the last one containing {@code until}. */
    int count() {
        return count;
    }

    int until() {
        return until;
    }

    /** The cut date that ends period h (h = -1 gives 31-12-2013). */
    int cut(int h) {
        return h < 0 ? (int) START.toEpochDay() - 1 : cut[h];
    }

    int start(int h) {
        return cut(h - 1) + 1;
    }

    int length(int h) {
        return cut(h) - cut(h - 1);
    }

    /** Fractional calendar year of a day, for trends. */
    static double yearOf(int day) {
        return 1970 + day / 365.2425;
    }

    /** The period that contains the day; -1 before 2014, count() after the last. */
    int periodOf(int day) {
        if (day < cut(-1) + 1) {
            return -1;
        }
        LocalDate d = LocalDate.ofEpochDay(day);
        int h = (d.getYear() - START.getYear()) * 2 + (d.getMonthValue() <= 6 ? 0 : 1);
        return Math.min(h, count);
    }

    /** Index of the period ending on the first key-figure cut date, 31-12-2017. */
    static int firstSeriesPeriod() {
        return (FIRST_CUT.getYear() - START.getYear()) * 2 + 1;
    }

    /** Cut dates from the first series date's previous cut (30-06-2017) up to until. */
    int firstPopulationPeriod() {
        return firstSeriesPeriod() - 1;
    }

    /** The last period whose cut date is on or before until. */
    int lastCompletePeriod() {
        return cut(count - 1) <= until ? count - 1 : count - 2;
    }
}
