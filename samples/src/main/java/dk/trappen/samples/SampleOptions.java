package dk.trappen.samples;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate. {@code until} is the extraction date: no spell starts and no event happens
 * after it. It must lie between the first cut date of the series (31-12-2017) and 31-12-2035.
 */
public record SampleOptions(SampleScale scale, long seed, LocalDate until, SampleVariant variant) {

    /** Fixed, so that the default output is the same whenever it is generated. */
    public static final LocalDate DEFAULT_UNTIL = LocalDate.of(2025, 12, 31);
    public static final long DEFAULT_SEED = 1;
    public static final LocalDate EARLIEST_UNTIL = LocalDate.of(2017, 12, 31);
    public static final LocalDate LATEST_UNTIL = LocalDate.of(2035, 12, 31);

    public SampleOptions {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(variant, "variant");
        if (until.isBefore(EARLIEST_UNTIL) || until.isAfter(LATEST_UNTIL)) {
            throw new IllegalArgumentException("--until skal ligge mellem " + EARLIEST_UNTIL + " og " + LATEST_UNTIL
                    + ", ikke " + until);
        }
    }

    public static SampleOptions defaults() {
        return new SampleOptions(SampleScale.SMALL, DEFAULT_SEED, DEFAULT_UNTIL, SampleVariant.UTF8);
    }

    public SampleOptions withScale(SampleScale s) {
        return new SampleOptions(s, seed, until, variant);
    }

    public SampleOptions withSeed(long s) {
        return new SampleOptions(scale, s, until, variant);
    }

    public SampleOptions withUntil(LocalDate u) {
        return new SampleOptions(scale, seed, u, variant);
    }

    public SampleOptions withVariant(SampleVariant v) {
        return new SampleOptions(scale, seed, until, v);
    }
}
