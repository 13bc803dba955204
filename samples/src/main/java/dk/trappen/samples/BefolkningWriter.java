package dk.trappen.samples;

import java.io.IOException;
import java.nio.file.Path;

/**
 * befolkning.csv: inhabitants per kommune, cut date and age band, from the approximate
 * population table (real sizes at every scale, so per-10,000 rates use real denominators).
 */
final class BefolkningWriter {

    static final String[] HEADER = {"KOMMUNEKODE", "DATO", "ALDER", "ANTAL"};

    static final String[] CHILD_BANDS = {"0-5", "6-17"};
    static final double[] CHILD_SHARES = {0.34, 0.66};
    static final String[] ADULT_BANDS = {"18-24", "25-34", "35-44", "45-54", "55-64", "65-79", "80+"};
    /** Shares of the adults by band, national (approximate, DST FOLK1A from memory). */
    static final double[] ADULT_SHARES = {0.115, 0.165, 0.145, 0.165, 0.160, 0.190, 0.060};
    /** Yearly growth by adult band from 2024 (ageing population): assumption. */
    static final double[] ADULT_GROWTH = {0.002, 0.003, 0.003, -0.002, 0.004, 0.010, 0.035};
    static final double CHILD_GROWTH = -0.003;
    /** The big university cities have more young adults, the islands and rural kommuner more old. */
    static final java.util.Set<Integer> CITIES = java.util.Set.of(101, 147, 751, 461, 851);

    private BefolkningWriter() {
    }

    static long write(Path file, SampleVariant variant, ScaleSetup setup, Periods periods) throws IOException {
        try (CsvFile csv = new CsvFile(file, variant)) {
            csv.row(HEADER);
            for (int h = periods.firstPopulationPeriod(); h <= periods.lastCompletePeriod(); h++) {
                int day = periods.cut(h);
                double years = Periods.yearOf(day) - 2024.0;
                for (var k : setup.kommuner) {
                    PopulationTable.Row row = setup.population.row(k.code());
                    double[] shares = adultShares(row);
                    String date = csv.date(day);
                    String code = RecordWriters.kommune(k.code());
                    int children = row.total() - row.adults();
                    for (int i = 0; i < CHILD_BANDS.length; i++) {
                        long n = Math.round(children * CHILD_SHARES[i] * (1 + CHILD_GROWTH * years));
                        csv.row(code, date, CHILD_BANDS[i], Long.toString(n));
                    }
                    for (int i = 0; i < ADULT_BANDS.length; i++) {
                        long n = Math.round(row.adults() * shares[i] * Math.max(0.5, 1 + ADULT_GROWTH[i] * years));
                        csv.row(code, date, ADULT_BANDS[i], Long.toString(n));
                    }
                }
            }
            return csv.rows();
        }
    }

    private static double[] adultShares(PopulationTable.Row row) {
        double[] s = ADULT_SHARES.clone();
        double adultShare = (double) row.adults() / row.total();
        if (CITIES.contains(row.kommune())) {
            move(s, 5, 1, 0.04);
            move(s, 4, 0, 0.03);
        } else if (adultShare >= 0.83) {
            move(s, 1, 5, 0.04);
            move(s, 0, 6, 0.01);
        }
        return s;
    }

    private static void move(double[] s, int from, int to, double amount) {
        s[from] -= amount;
        s[to] += amount;
    }
}
