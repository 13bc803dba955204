package dk.trappen.core.figures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NT1–NT10, DOED, SKIFT, the transition matrix and NT11–NT20 for every kommune and date of one
 * workspace at one data version and setting. Immutable and shared by every front end; group values
 * (region, klynge, comparison group, land) are sums over kommuner, see {@link #series(Collection)}:
 * counts are summed, and NT11–NT20 keep numerator and denominator per kommune, so a group's mean or
 * share is recomputed over its pooled persons (or kroner), never averaged over kommuner.
 */
public final class FigureResult {

    private final long dataVersion;
    private final List<String> targetGroups;
    private final LocalDate latestDataDate;
    private final List<LocalDate> dates;
    private final int[] codes;
    private final int[] counts;
    private final long[] adults;
    private final StaircaseRules rules;
    private final ExtraSums extra;

    FigureResult(long dataVersion, List<String> targetGroups, StaircaseRules rules, LocalDate latestDataDate,
            List<LocalDate> dates, int[] codes, int[] counts, long[] adults) {
        this(dataVersion, targetGroups, rules, latestDataDate, dates, codes, counts, adults,
                ExtraSums.missing(codes.length, dates.size()));
    }

    FigureResult(long dataVersion, List<String> targetGroups, StaircaseRules rules, LocalDate latestDataDate,
            List<LocalDate> dates, int[] codes, int[] counts, long[] adults, ExtraSums extra) {
        this.extra = extra;
        this.dataVersion = dataVersion;
        this.targetGroups = List.copyOf(targetGroups);
        this.rules = rules;
        this.latestDataDate = latestDataDate;
        this.dates = List.copyOf(dates);
        this.codes = codes;
        this.counts = counts;
        this.adults = adults;
    }

    /** The workspace's data version the figures were computed from. */
    public long dataVersion() {
        return dataVersion;
    }

    /** The target-group setting the figures were computed with. */
    public List<String> targetGroups() {
        return targetGroups;
    }

    /** The §3/§5 settings the figures were computed with. */
    public StaircaseRules rules() {
        return rules;
    }

    /** The latest start or end date in the services data ("seneste opgørelse" is the cut date on or before it). */
    public Optional<LocalDate> latestDataDate() {
        return Optional.ofNullable(latestDataDate);
    }

    /** True when the data cover no cut date from 2017-12-31 (nothing to show). */
    public boolean isEmpty() {
        return dates.isEmpty();
    }

    /** The cut dates from 2017-12-31 to the last one the data cover. */
    public List<LocalDate> cutDates() {
        return dates.isEmpty() ? List.of() : dates.subList(1, dates.size());
    }

    /** The cut date before the first one (2017-06-30), where only stocks are known. */
    public Optional<LocalDate> baseDate() {
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0));
    }

    /** The kommune codes with figures, ascending: every kommune of the reference table and any other code in the data. */
    public List<Integer> kommuner() {
        return Arrays.stream(codes).boxed().collect(Collectors.toList());
    }

    /** Whether any population data (for per-10,000 rates) were found. */
    public boolean hasPopulation() {
        for (long a : adults) {
            if (a >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The base date then the cut dates (for the persisted copy). */
    List<LocalDate> dates() {
        return dates;
    }

    int[] codes() {
        return codes;
    }

    int[] counts() {
        return counts;
    }

    long[] adultsArray() {
        return adults;
    }

    ExtraSums extra() {
        return extra;
    }

    /**
     * Why NT11–NT20 of a source are not available at a date ("ingen DREAM-data importeret"), as a
     * message key of {@code messages.properties}; empty when they are computed.
     */
    public Optional<String> absentReason(Source source, LocalDate date) {
        int d = dates.indexOf(date);
        return d < 0 ? Optional.empty() : Optional.ofNullable(extra.absent(source, d));
    }

    /**
     * One kommune's count at a cut date (or a stock at the base date); 0 for a kommune without any
     * data. Throws if the figure is not defined at the date.
     */
    public int count(int kommune, LocalDate date, FigureId figure) {
        if (figure.isExtended()) {
            return series(kommune).count(date, figure); // NT18, NT18_INDL; throws for means and shares
        }
        int d = dates.indexOf(date);
        if (d < 0 || (d == 0 && figure.kind() != FigureId.Kind.STOCK)) {
            throw new IllegalArgumentException(figure + " is not defined at " + date);
        }
        int k = Arrays.binarySearch(codes, kommune);
        if (k < 0) {
            return 0;
        }
        int base = (k * dates.size() + d) * Slots.COUNT;
        int sum = 0;
        for (int slot : figure.slots(rules)) {
            sum += counts[base + slot];
        }
        return sum;
    }

    /** A kommune's adults (18+) by the population data at the date (nearest earlier reference date), if any. */
    public OptionalLong adults(int kommune, LocalDate date) {
        int d = dates.indexOf(date);
        int k = Arrays.binarySearch(codes, kommune);
        if (d < 0 || k < 0 || adults[k * dates.size() + d] < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(adults[k * dates.size() + d]);
    }

    public FigureSeries series(int kommune) {
        return series(List.of(kommune));
    }

    /**
     * The summed figures of a set of kommuner (each counted once even if listed twice). Since every
     * figure counts persons and a person has one kommune at a date, the sum counts distinct persons.
     * Adults are summed only when every kommune has population data at the date. NT13–NT17 (the
     * kommuner's own measurements) of a set of several kommuner are defined at a date only when every
     * member has measurements there; otherwise they are absent with a reason
     * ({@link FigureSeries#measuredKommuner}).
     */
    public FigureSeries series(Collection<Integer> kommuner) {
        Set<Integer> unique = new LinkedHashSet<>(kommuner);
        int nd = dates.size();
        int[] sum = new int[nd * Slots.COUNT];
        long[] a = new long[nd];
        for (int kommune : unique) {
            int k = Arrays.binarySearch(codes, kommune);
            for (int d = 0; d < nd; d++) {
                long ka = k < 0 ? -1 : adults[k * nd + d];
                a[d] = a[d] < 0 || ka < 0 ? -1 : a[d] + ka;
            }
            if (k < 0) {
                continue;
            }
            int from = k * nd * Slots.COUNT;
            for (int i = 0; i < sum.length; i++) {
                sum[i] += counts[from + i];
            }
        }
        if (unique.isEmpty()) {
            Arrays.fill(a, -1);
        }
        int[] index = unique.stream().mapToInt(kommune -> Arrays.binarySearch(codes, kommune)).filter(k -> k >= 0).toArray();
        return new FigureSeries(dates, sum, a, rules, extra.pooled(index, unique.size(), nd));
    }
}
