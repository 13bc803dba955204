package dk.trappen.core.figures;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/** The cut dates of key-figures.md §1: 30 June and 31 December, series from 2017-12-31. */
public final class CutDates {

    /** The first cut date of every series. */
    public static final LocalDate FIRST = LocalDate.of(2017, 12, 31);

    private CutDates() {
    }

    public static boolean isCutDate(LocalDate d) {
        return (d.getMonth() == Month.JUNE && d.getDayOfMonth() == 30)
                || (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31);
    }

    /** The latest cut date on or before {@code d}. */
    public static LocalDate onOrBefore(LocalDate d) {
        LocalDate june = LocalDate.of(d.getYear(), 6, 30);
        if (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31) {
            return d;
        }
        return d.isBefore(june) ? LocalDate.of(d.getYear() - 1, 12, 31) : june;
    }

    /** D⁻: the cut date six months before a cut date. */
    public static LocalDate previous(LocalDate cut) {
        requireCutDate(cut);
        return cut.getMonth() == Month.DECEMBER ? LocalDate.of(cut.getYear(), 6, 30) : LocalDate.of(cut.getYear() - 1, 12, 31);
    }

    /** The cut date six months after a cut date. */
    public static LocalDate next(LocalDate cut) {
        requireCutDate(cut);
        return cut.getMonth() == Month.JUNE ? LocalDate.of(cut.getYear(), 12, 31) : LocalDate.of(cut.getYear() + 1, 6, 30);
    }

    /** The same cut date a year earlier (for "earlier cut dates" comparisons). */
    public static LocalDate yearBefore(LocalDate cut) {
        requireCutDate(cut);
        return previous(previous(cut));
    }

    /** Every cut date from {@link #FIRST} to {@code last} (a cut date); empty when last is before FIRST. */
    public static List<LocalDate> series(LocalDate last) {
        requireCutDate(last);
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(last); d = next(d)) {
            out.add(d);
        }
        return out;
    }

    private static void requireCutDate(LocalDate d) {
        if (!isCutDate(d)) {
            throw new IllegalArgumentException(d + " is not a cut date (30 June or 31 December)");
        }
    }
}
