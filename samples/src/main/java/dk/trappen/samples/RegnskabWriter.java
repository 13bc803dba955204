package dk.trappen.samples;

import dk.trappen.core.reference.KontoplanLinje;
import dk.trappen.core.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * regnskab.csv: per kommune and year the net operating amounts on the kontoplan lines of
 * resources/kontoplan.csv, priced from the generated full-year users, split over arter; plus
 * lines that must be left out (dranst 2, art 0, unmapped functions).
 */
final class RegnskabWriter {

    static final String[] HEADER = {"KOMMUNEKODE", "AAR", "FUNKTION", "GRUPPERING", "DRANST", "ART", "BELOEB"};
    private static final long SALT = 0x5245_474BL;

    private RegnskabWriter() {
    }

    static long write(Path file, SampleVariant variant, ReferenceData ref, ScaleSetup setup,
            UserDays users, int firstYear, int lastYear, long seed) throws IOException {
        try (CsvFile csv = new CsvFile(file, variant)) {
            csv.row(HEADER);
            for (var k : setup.kommuner) {
                KommuneProfile profile = KommuneProfile.of(seed, k.code());
                for (int year = firstYear; year <= lastYear; year++) {
                    Rng rng = Rng.of(seed, SALT, k.code(), year);
                    double price = StrictMath.pow(1 + CostModel.PRICE_GROWTH, year - 2014) * profile.costLevel();
                    List<KontoplanLinje> lines = new ArrayList<>();
                    for (KontoplanLinje l : ref.kontoplan()) {
                        if (l.appliesTo(year)) {
                            lines.add(l);
                        }
                    }
                    for (KontoplanLinje l : lines) {
                        double amount = amount(l, lines, ref, setup, users, k.code(), year) * price
                                * rng.lognormal(1, CostModel.YEAR_NOISE);
                        long total = Math.round(amount);
                        if (total == 0) {
                            continue;
                        }
                        String[] row = {RecordWriters.kommune(k.code()), Integer.toString(year), l.function(),
                            l.grouping()};
                        boolean residential = l.trin() >= 6;
                        split(csv, row, total, residential ? CostModel.RESIDENTIAL_SPLIT : CostModel.SUPPORT_SPLIT);
                        if (l.trin() == 6 || l.trin() == 8) {
                            csv.row(row[0], row[1], row[2], row[3], "2", "8.6",
                                    Long.toString(-Math.round(total * CostModel.REFUND_SHARE)));
                        }
                        if (l.trin() == 5) {
                            csv.row(row[0], row[1], row[2], row[3], "1", "0.0",
                                    Long.toString(Math.round(total * CostModel.ART0_SHARE)));
                        }
                    }
                    for (String[] u : CostModel.UNMAPPED) {
                        long total = Math.round(setup.scaledAdults(k.code()) * Double.parseDouble(u[2]) * price
                                * rng.lognormal(1, CostModel.YEAR_NOISE));
                        split(csv, new String[] {RecordWriters.kommune(k.code()), Integer.toString(year), u[0], u[1]},
                                total, CostModel.SUPPORT_SPLIT);
                    }
                }
            }
            return csv.rows();
        }
    }

    /** Net amount of a line before prices: full-year users times unit cost (shared evenly if a trin has several lines). */
    private static double amount(KontoplanLinje line, List<KontoplanLinje> lines, ReferenceData ref,
            ScaleSetup setup, UserDays users, int kommune, int year) {
        if (line.trin() >= 3) {
            double fullYear = 0;
            for (var y : ref.ydelser()) {
                if (y.trin() == line.trin()) {
                    fullYear += users.fullYearUsers(y.code(), kommune, year);
                }
            }
            long sameTrin = lines.stream().filter(l -> l.trin() == line.trin()).count();
            return fullYear * CostModel.UNIT_COST_2014[line.trin()] / sameTrin;
        }
        if (line.trin() != 2) {
            return 0;
        }
        double a = users.fullYearUsers("1.18.1", kommune, year) * CostModel.UNIT_COST_82;
        double b = users.fullYearUsers("1.18.2", kommune, year) * CostModel.UNIT_COST_82;
        switch (line.grouping()) {
            case "011":
                return a;
            case "012":
                return b;
            case "013":
                return year >= CostModel.FROM_82C ? CostModel.SHARE_82C * (a + b) : 0;
            default:
                return setup.scaledAdults(kommune) * CostModel.SKP_PER_ADULT;
        }
    }

    /** Rows per art whose amounts sum exactly to the total. */
    private static void split(CsvFile csv, String[] key, long total, double[] shares) throws IOException {
        long written = 0;
        for (int i = 0; i < CostModel.ARTS.length; i++) {
            long v = i == CostModel.ARTS.length - 1 ? total - written : Math.round(total * shares[i]);
            written += v;
            if (v != 0) {
                csv.row(key[0], key[1], key[2], key[3], "1", CostModel.ARTS[i], Long.toString(v));
            }
        }
    }
}
