package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.reference.DreamKategori;
import dk.trappen.core.reference.DreamKode;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.WorkspaceSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NT11, NT12, NT12.1, NT12.2 (key-figures.md §6): for each person counted in NT1–NT6 at (K, D), the
 * share of the 52 DREAM weeks ending with D's ISO week spent on education, and on employment
 * (no benefit, a week absent from DREAM included, or an employment code). Means in per cent.
 */
final class DreamFigures {

    static final int WINDOW = 52;
    private static final byte NONE = 0;
    private static final byte EDUCATION = 1;
    private static final byte EMPLOYMENT = 2;
    private static final byte OTHER = 3;

    private DreamFigures() {
    }

    static void compute(Connection c, ReferenceData reference, WorkspaceSettings.Nt121Variant variant,
            List<LocalDate> dates, Placement placed, ExtraFigures.Presence presence, ExtraSums sums,
            CancellationToken cancel) throws SQLException {
        int nd = dates.size();
        int[] lastYear = new int[nd];
        int[] lastWeek = new int[nd];
        for (int d = 1; d < nd; d++) {
            LocalDate cut = dates.get(d);
            lastYear[d] = cut.get(IsoFields.WEEK_BASED_YEAR);
            lastWeek[d] = cut.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            LocalDate firstMonday = cut.with(DayOfWeek.MONDAY).minusWeeks(WINDOW - 1);
            LocalDate lastSunday = cut.with(DayOfWeek.SUNDAY);
            if (presence.covers(firstMonday, lastSunday)) {
                sums.define(Source.DREAM, d);
            } else {
                sums.absent(Source.DREAM, d, Source.DREAM.notCoveredKey());
            }
        }
        // The weeks of each counted person, by ISO year: the category of each week's code. Only the
        // years some window reaches are read (a national workspace holds about ten per person).
        Map<String, Byte> categoryOf = new HashMap<>();
        byte[] threeDigit = new byte[1000]; // category + 1 of a three-digit code, 0 = not looked up yet
        // Indexed by person id and then by year from firstYear: the loop below looks a year up for
        // every week of every window, where boxed map look-ups were half of the DREAM time.
        int firstYear = nd > 1 ? lastYear[1] - 2 : 0;
        int years = nd > 1 ? lastYear[nd - 1] - firstYear + 1 : 0;
        byte[][][] weeks = new byte[placed.persons()][][];
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT person_id, iso_year, weeks FROM dream_year WHERE iso_year BETWEEN ? AND ?")) {
            ps.setInt(1, firstYear);
            ps.setInt(2, firstYear + years - 1);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    if ((++n & 0xFFFF) == 0) {
                        cancel.check();
                    }
                    int person = rs.getInt(1);
                    if (!placed.onStaircase(person)) {
                        continue;
                    }
                    byte[] cat = new byte[54];
                    parse(rs.getString(3), cat, threeDigit, categoryOf, reference);
                    if (weeks[person] == null) {
                        weeks[person] = new byte[years][];
                    }
                    weeks[person][rs.getInt(2) - firstYear] = cat;
                }
            }
        }
        int step = 0;
        for (int p = 0; p < placed.persons(); p++) {
            if ((++step & 0xFFFF) == 0) {
                cancel.check();
            }
            byte[][] byYear = weeks[p];
            for (int d = 1; d < nd; d++) {
                int trin = placed.trin(p, d);
                if (trin == 0 || !sums.defined(Source.DREAM, d)) {
                    continue;
                }
                int education = 0;
                int employment = 0;
                int year = lastYear[d];
                int week = lastWeek[d];
                for (int i = 0; i < WINDOW; i++) {
                    byte[] cat = byYear == null || year < firstYear ? null : byYear[year - firstYear];
                    byte category = cat == null ? NONE : cat[week];
                    if (category == EDUCATION) {
                        education++;
                    } else if (category == NONE || category == EMPLOYMENT) {
                        employment++;
                    }
                    if (--week == 0) {
                        year--;
                        week = weeksIn(year);
                    }
                }
                int k = placed.kommune(p, d);
                double eduRate = 100.0 * education / WINDOW;
                double empRate = 100.0 * employment / WINDOW;
                sums.add(k, d, FigureId.NT11, eduRate, 1);
                sums.add(k, d, FigureId.NT12, empRate, 1);
                // §6: NT12.1 over trin 2 (§82a/b), or under the catalogue's reading trin 5 (§85).
                int group = variant == WorkspaceSettings.Nt121Variant.SEL85 ? 5 : 2;
                sums.add(k, d, trin == group ? FigureId.NT12_1 : FigureId.NT12_2, empRate, 1);
            }
        }
    }

    /**
     * The categories of a stored year's 53 comma-separated slots into {@code cat[1..53]}, without a
     * string per slot: most codes are three digits and are looked up once each.
     */
    static void parse(String slots, byte[] cat, byte[] threeDigit, Map<String, Byte> categoryOf, ReferenceData reference) {
        int n = slots.length();
        int i = 0;
        for (int w = 1; w <= 53 && i <= n; w++) {
            int j = slots.indexOf(',', i);
            if (j < 0) {
                j = n;
            }
            int a = i;
            int b = j;
            while (a < b && slots.charAt(a) == ' ') {
                a++;
            }
            while (b > a && slots.charAt(b - 1) == ' ') {
                b--;
            }
            if (a == b) {
                cat[w] = NONE;
            } else if (b - a == 3 && isDigit(slots.charAt(a)) && isDigit(slots.charAt(a + 1)) && isDigit(slots.charAt(a + 2))) {
                int v = (slots.charAt(a) - '0') * 100 + (slots.charAt(a + 1) - '0') * 10 + slots.charAt(a + 2) - '0';
                if (threeDigit[v] == 0) {
                    threeDigit[v] = (byte) (category(reference, slots.substring(a, b)) + 1);
                }
                cat[w] = (byte) (threeDigit[v] - 1);
            } else {
                cat[w] = categoryOf.computeIfAbsent(slots.substring(a, b), k -> category(reference, k));
            }
            i = j + 1;
        }
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static byte category(ReferenceData reference, String code) {
        // A code missing from the editable table counts as "other": neither education nor employment.
        DreamKategori c = reference.dreamKode(code).map(DreamKode::category).orElse(DreamKategori.ANDEN);
        switch (c) {
            case UDDANNELSE:
                return EDUCATION;
            case BESKAEFTIGELSE:
                return EMPLOYMENT;
            default:
                return OTHER;
        }
    }

    static int weeksIn(int isoYear) {
        return (int) LocalDate.of(isoYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    /** The Monday of an ISO week (for tests and coverage). */
    static LocalDate monday(int isoYear, int week) {
        return LocalDate.of(isoYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
