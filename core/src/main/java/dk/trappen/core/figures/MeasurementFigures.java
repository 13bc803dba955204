package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.store.MeasurementStore;
import dk.trappen.core.store.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NT13–NT17 (key-figures.md §7) from the stored measurements (scores 0–100; items were summed and
 * checked at import). Per person (register id, else local id) and cut date D, the latest measurement
 * in the six months (D⁻, D] counts, in the kommune the measurement names. Which one is "latest" is a
 * setting ({@link WorkspaceSettings.WellbeingMeasurement}), read the same way by every WHO-5 figure
 * (NT13, NT13.1/13.2, NT15, and both periods of NT16/NT17) and by NT14: by default WHO-5 and
 * INSPIRE-O are taken each from the latest measurement that has it; the alternative takes the
 * latest measurement whatever it carries.
 */
final class MeasurementFigures {

    private static final int NONE = -1;
    /** Instruments for {@link #latest}: any row, a row with a WHO-5 score, a row with an INSPIRE-O score. */
    private static final int ANY = 0;
    private static final int WHO5 = 1;
    private static final int INSPIRE = 2;

    private MeasurementFigures() {
    }

    /**
     * One stored measurement; scores {@link #NONE} when not given; person -1 for a local id;
     * sel82 whether its INDSATS column names §82, §82a or §82b ({@link Indsats#isSel82}).
     */
    private record Row(int person, int kommune, int day, int who5, int inspire, boolean sel82) {
    }

    static void compute(Session s, WorkspaceSettings.WellbeingMeasurement rule, List<LocalDate> dates, int[] codes,
            Placement placed, ExtraSums sums, CancellationToken cancel) {
        boolean perInstrument = rule == WorkspaceSettings.WellbeingMeasurement.PER_INSTRUMENT;
        Map<String, List<Row>> byPerson = new HashMap<>();
        // In date order and then as stored, so of two measurements the same day the later stored counts.
        MeasurementStore.inDateOrder(s, m -> {
            boolean linked = m.person() != null;
            String key = linked ? "p" + m.person() : "l" + m.localId();
            int k = Arrays.binarySearch(codes, m.kommune());
            if (k < 0) {
                return; // a kommune code outside the reference table and the register
            }
            byPerson.computeIfAbsent(key, x -> new ArrayList<>()).add(new Row(linked ? m.person() : -1, k, m.day(),
                    m.who5() == null ? NONE : m.who5(), m.inspire() == null ? NONE : m.inspire(),
                    Indsats.isSel82(m.indsats())));
        });
        int nd = dates.size();
        int[] days = dates.stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
        for (int d = 1; d < nd; d++) {
            sums.define(Source.MAALINGER, d);
        }
        int n = 0;
        for (List<Row> rows : byPerson.values()) {
            if ((++n & 0xFFFF) == 0) {
                cancel.check();
            }
            for (int d = 1; d < nd; d++) {
                int to = days[d];
                int from = days[d - 1];
                int before = (int) CutDates.previous(dates.get(d - 1)).toEpochDay();
                // §7: per instrument (the default), or the person's latest row and only what it carries.
                Row last = perInstrument ? null : latest(rows, from, to, ANY);
                Row who5 = perInstrument ? latest(rows, from, to, WHO5) : with(last, WHO5);
                Row inspire = perInstrument ? latest(rows, from, to, INSPIRE) : with(last, INSPIRE);
                if (inspire != null) {
                    sums.add(inspire.kommune(), d, FigureId.NT14, inspire.inspire(), 1);
                }
                if (who5 == null) {
                    continue;
                }
                int k = who5.kommune();
                sums.add(k, d, FigureId.NT13, who5.who5(), 1);
                sums.add(k, d, sel82(who5, d, placed) ? FigureId.NT13_1 : FigureId.NT13_2, who5.who5(), 1);
                int group = riskGroup(who5.who5());
                sums.add(k, d, FigureId.NT15_1, group == 1 ? 1 : 0, 1);
                sums.add(k, d, FigureId.NT15_2, group == 2 ? 1 : 0, 1);
                sums.add(k, d, FigureId.NT15_3, group == 3 ? 1 : 0, 1);
                Row earlier = perInstrument ? latest(rows, before, from, WHO5)
                        : with(latest(rows, before, from, ANY), WHO5);
                if (earlier != null) {
                    int was = riskGroup(earlier.who5());
                    // Group 1 is the best: a lower number is a move up.
                    sums.add(k, d, FigureId.NT16, group < was ? 1 : 0, 1);
                    sums.add(k, d, FigureId.NT17, group > was ? 1 : 0, 1);
                }
            }
        }
    }

    /**
     * §7, NT13.1: whether the measured person receives §82a/b at date index d. A person in the
     * services register (any spell in the store) is judged by the register alone: trin(p, D) = 2 of
     * §2, whatever the age (a minor on an active target-group §82a/b spell is at trin 2; a person
     * with no such spell active at D, or on a higher trin, is not, whatever INDSATS says). Anyone
     * else (a local id, or a PNR the register does not hold) by the row's INDSATS column.
     */
    private static boolean sel82(Row row, int d, Placement placed) {
        return placed.inRegister(row.person()) ? placed.registerTrin(row.person(), d) == 2 : row.sel82();
    }

    /** 1 "ikke umiddelbar risiko" (&gt; 50), 2 "risiko" (36–50), 3 "stor risiko" (0–35). */
    static int riskGroup(int who5) {
        return who5 > 50 ? 1 : who5 >= 36 ? 2 : 3;
    }

    /** The last row (rows are in date order) in (from, to] that has the instrument ({@link #ANY}: any row). */
    private static Row latest(List<Row> rows, int from, int to, int instrument) {
        Row found = null;
        for (Row r : rows) {
            if (r.day() > to) {
                break;
            }
            if (r.day() > from && has(r, instrument)) {
                found = r;
            }
        }
        return found;
    }

    /** The row if it has the instrument, else null (the person is not counted for it). */
    private static Row with(Row r, int instrument) {
        return r != null && has(r, instrument) ? r : null;
    }

    private static boolean has(Row r, int instrument) {
        return instrument == ANY || (instrument == WHO5 ? r.who5() : r.inspire()) != NONE;
    }
}
