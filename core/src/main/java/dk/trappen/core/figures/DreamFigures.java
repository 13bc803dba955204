package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.reference.DreamKategori;
import dk.trappen.core.reference.DreamKode;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.BlockRef;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.DreamStore;
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

    static void compute(Session s, ReferenceData reference, WorkspaceSettings.Nt121Variant variant,
            List<LocalDate> dates, Placement placed, ExtraFigures.Presence presence, ExtraSums sums,
            CancellationToken cancel) {
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
        // Indexed by person id and then by year from firstYear: the loop below looks a year up for
        // every week of every window, where boxed map look-ups were half of the DREAM time.
        int firstYear = nd > 1 ? lastYear[1] - 2 : 0;
        int years = nd > 1 ? lastYear[nd - 1] - firstYear + 1 : 0;
        byte[][][] weeks = new byte[placed.persons()][][];
        // The entries apply in import and block order, each overriding the weeks it covers.
        List<BlockRef> blocks = years > 0 ? DreamStore.BLOCKS.blocks(s) : List.of();
        for (BlockRef ref : blocks) {
            cancel.check();
            DreamStore.Block b = DreamStore.BLOCKS.read(s, ref);
            byte[] categoryOfIndex = new byte[b.dictionarySize()];
            for (int i = 0; i < categoryOfIndex.length; i++) {
                categoryOfIndex[i] = categoryOf.computeIfAbsent(b.code(i), k -> category(reference, k));
            }
            int at = 0;
            for (int i = 0; i < b.size; i++) {
                long m = b.weeks[i];
                int person = b.person[i];
                int y = b.year[i] - firstYear;
                if (y < 0 || y >= years || !placed.onStaircase(person)) {
                    at += Long.bitCount(m);
                    continue;
                }
                if (weeks[person] == null) {
                    weeks[person] = new byte[years][];
                }
                byte[] cat = weeks[person][y];
                if (cat == null) {
                    cat = new byte[54];
                    weeks[person][y] = cat;
                }
                for (; m != 0; m &= m - 1) {
                    cat[Long.numberOfTrailingZeros(m) + 1] = categoryOfIndex[b.codes[at++]];
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

    private static byte category(ReferenceData reference, String stored) {
        // Spaces around a code were trimmed when weeks were stored as text; a blank code is no benefit.
        int a = 0;
        int b = stored.length();
        while (a < b && stored.charAt(a) == ' ') {
            a++;
        }
        while (b > a && stored.charAt(b - 1) == ' ') {
            b--;
        }
        if (a == b) {
            return NONE;
        }
        String code = stored.substring(a, b);
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
