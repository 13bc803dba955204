package dk.trappen.core.figures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link FigureSeries} from raw counters, for tests of what is done with computed values. */
public final class TestSeries {

    private final List<LocalDate> dates;
    private final int[] counts;
    private final long[] adults;
    private StaircaseRules rules = StaircaseRules.defaults();
    private ExtraSums extra;

    private TestSeries(List<LocalDate> dates) {
        this.dates = dates;
        this.counts = new int[dates.size() * Slots.COUNT];
        this.adults = new long[dates.size()];
        Arrays.fill(adults, -1);
    }

    /** A series over these dates: the first is the base date, the rest cut dates. */
    public static TestSeries over(LocalDate... dates) {
        return new TestSeries(List.of(dates));
    }

    /** The persons at a trin (2–8) at a date. */
    public TestSeries stock(LocalDate date, int trin, int value) {
        counts[dates.indexOf(date) * Slots.COUNT + Slots.stock(trin)] = value;
        return this;
    }

    /** A matrix cell ({@code Mf_t}, {@code Mf_D}) or SKIFT. */
    public TestSeries cell(LocalDate date, FigureId figure, int value) {
        if (figure.slots().length != 1 || figure.kind() != FigureId.Kind.MOVEMENT) {
            throw new IllegalArgumentException(figure + " is not a single counter");
        }
        counts[dates.indexOf(date) * Slots.COUNT + figure.slots()[0]] = value;
        return this;
    }

    public TestSeries adults(LocalDate date, long value) {
        adults[dates.indexOf(date)] = value;
        return this;
    }

    /**
     * NT11–NT20: a numerator and denominator at a date (its source then counts as present at every
     * date, with no value where nothing is added).
     */
    public TestSeries extended(LocalDate date, FigureId figure, double numerator, double denominator) {
        if (extra == null) {
            extra = ExtraSums.missing(1, dates.size());
        }
        for (int d = 1; d < dates.size(); d++) {
            extra.define(figure.source(), d);
        }
        extra.add(0, dates.indexOf(date), figure, numerator, denominator);
        return this;
    }

    public TestSeries rules(StaircaseRules r) {
        rules = r;
        return this;
    }

    public FigureSeries build() {
        return extra == null ? new FigureSeries(dates, counts.clone(), adults.clone(), rules)
                : new FigureSeries(dates, counts.clone(), adults.clone(), rules, extra);
    }
}
