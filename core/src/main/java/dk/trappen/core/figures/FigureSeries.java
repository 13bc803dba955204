package dk.trappen.core.figures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The figures of one unit (a kommune or a group of kommuner, counts summed) at every date of the
 * series: the base date (2017-06-30, stocks only: the base of the first movements) and the cut
 * dates from 2017-12-31. Immutable. Values are the computed ones; anything shown to a reader goes
 * through {@code figures.discretion.Discretion} first.
 */
public final class FigureSeries {

    private final List<LocalDate> dates;
    private final int[] counts;
    private final long[] adults;
    private final StaircaseRules rules;
    private final ExtraSums extra;

    FigureSeries(List<LocalDate> dates, int[] counts, long[] adults, StaircaseRules rules) {
        this(dates, counts, adults, rules, ExtraSums.missing(1, dates.size()));
    }

    /** {@code extra}: NT11–NT20's pooled sums, one "kommune" (the unit). */
    FigureSeries(List<LocalDate> dates, int[] counts, long[] adults, StaircaseRules rules, ExtraSums extra) {
        this.extra = extra;
        this.dates = List.copyOf(dates);
        this.counts = counts;
        this.adults = adults;
        this.rules = rules;
    }

    /** The §3/§5 settings the figures were computed under. */
    public StaircaseRules rules() {
        return rules;
    }

    /** The base date then the cut dates; empty when the data cover no cut date. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** The cut dates from 2017-12-31 (movements are defined at these). */
    public List<LocalDate> cutDates() {
        return dates.isEmpty() ? List.of() : dates.subList(1, dates.size());
    }

    /** The date before the first cut date, at which only stocks are known. */
    public Optional<LocalDate> baseDate() {
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0));
    }

    /** Whether the figure is defined at the date: stocks at every date, movements at cut dates. */
    public boolean has(LocalDate date, FigureId figure) {
        int d = dates.indexOf(date);
        if (figure.isExtended()) {
            return d > 0 && extra.defined(figure.source(), d);
        }
        return d > 0 || (d == 0 && figure.kind() == FigureId.Kind.STOCK);
    }

    /**
     * The count of distinct persons (NT1–NT10) or of events (NT18, NT18_INDL); throws if the figure
     * is not defined at the date or is a mean or share.
     */
    public int count(LocalDate date, FigureId figure) {
        if (!has(date, figure)) {
            throw new IllegalArgumentException(figure + " is not defined at " + date);
        }
        if (figure.isExtended()) {
            if (figure.kind() != FigureId.Kind.EVENT) {
                throw new IllegalArgumentException(figure + " is not a count");
            }
            return (int) Math.round(extra.numerator(0, dates.indexOf(date), figure.extra()));
        }
        int base = dates.indexOf(date) * Slots.COUNT;
        int sum = 0;
        for (int slot : figure.slots(rules)) {
            sum += counts[base + slot];
        }
        return sum;
    }

    /**
     * NT11–NT20: the value (a mean, a share in per cent 0–100, NT19's ratio, or a count for NT18 and
     * NT18_INDL); empty when not defined at the date, the source is missing, or nobody was measured.
     */
    public OptionalDouble value(LocalDate date, FigureId figure) {
        requireExtended(figure);
        if (!has(date, figure)) {
            return OptionalDouble.empty();
        }
        int d = dates.indexOf(date);
        double num = extra.numerator(0, d, figure.extra());
        if (figure.kind() == FigureId.Kind.EVENT) {
            return OptionalDouble.of(num);
        }
        double den = extra.denominator(0, d, figure.extra());
        if (den == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(figure.kind() == FigureId.Kind.MEAN || figure.kind() == FigureId.Kind.RATIO
                ? num / den : 100.0 * num / den);
    }

    /**
     * NT11–NT20: what the value is computed over (persons for means and shares, admissions for
     * NT18_RATE, kroner for NT19–NT20); 0 when not defined.
     */
    public double base(LocalDate date, FigureId figure) {
        requireExtended(figure);
        return has(date, figure) ? extra.denominator(0, dates.indexOf(date), figure.extra()) : 0;
    }

    /** Why NT11–NT20 of the figure's source are absent at the date (a message key), if they are. */
    public Optional<String> absentReason(LocalDate date, FigureId figure) {
        requireExtended(figure);
        int d = dates.indexOf(date);
        return d < 0 ? Optional.empty() : Optional.ofNullable(extra.absent(figure.source(), d));
    }

    /** The member kommuner of the unit (1 for a kommune; members without any data count too). */
    public int kommuner() {
        return extra.members();
    }

    /**
     * How many of the unit's kommuner have own measurements (NT13–NT17's source: somebody measured
     * with WHO-5 or Brief INSPIRE-O in the half-year) at the date. A unit of several kommuner shows
     * NT13–NT17 only when this equals {@link #kommuner()}; otherwise {@link #absentReason} says so.
     */
    public int measuredKommuner(LocalDate date) {
        int d = dates.indexOf(date);
        return d < 0 ? 0 : extra.measuredMembers(d);
    }

    private static void requireExtended(FigureId figure) {
        if (!figure.isExtended()) {
            throw new IllegalArgumentException(figure + " is a count: use count()");
        }
    }

    /** Adults (18+) of the unit at the date by the population data, if every kommune of it has them. */
    public OptionalLong adults(LocalDate date) {
        int d = dates.indexOf(date);
        return d < 0 || adults[d] < 0 ? OptionalLong.empty() : OptionalLong.of(adults[d]);
    }

    /** The count per 10,000 adult inhabitants, when population data are present (§10). */
    public OptionalDouble per10000(LocalDate date, FigureId figure) {
        OptionalLong a = adults(date);
        if (a.isEmpty() || a.getAsLong() == 0 || !has(date, figure)
                || (figure.isExtended() && figure.kind() != FigureId.Kind.EVENT)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(count(date, figure) * 10_000.0 / a.getAsLong());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureSeries && dates.equals(((FigureSeries) o).dates) && rules.equals(((FigureSeries) o).rules)
                && Arrays.equals(counts, ((FigureSeries) o).counts) && Arrays.equals(adults, ((FigureSeries) o).adults)
                && extra.equals(((FigureSeries) o).extra);
    }

    @Override
    public int hashCode() {
        return 31 * dates.hashCode() + Arrays.hashCode(counts);
    }
}
