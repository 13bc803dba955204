package dk.trappen.core.figures;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.store.BlockRef;
import dk.trappen.core.store.LprStore;
import dk.trappen.core.store.Session;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * NT18 (key-figures.md §8): a person's psychiatric contacts chained into stays (gap from one end to
 * the next start at most 4 hours), stays of 12 hours or more are admissions, and an admission is
 * followed by a readmission when the person's next admission starts more than 4 hours and at most
 * 30 days after it ends. Counted at D over the admissions that ended in (D⁻, D], of persons counted
 * in NT1–NT6 at D, in the kommune they are counted in. Also the admissions (NT18_INDL) and the rate.
 */
final class ReadmissionFigures {

    static final long CHAIN_GAP = 4 * 3600L;
    static final long ADMISSION = 12 * 3600L;
    static final long READMISSION = 30 * 24 * 3600L;

    private ReadmissionFigures() {
    }

    static void compute(Session s, List<LocalDate> dates, Placement placed, ExtraFigures.Presence presence,
            ExtraSums sums, CancellationToken cancel) {
        int nd = dates.size();
        for (int d = 1; d < nd; d++) {
            // Absent only when the imported contacts lie wholly outside (D⁻, D]: LPR extracts are
            // often cut mid-period, and a half-covered period still has its admissions.
            if (presence.covers(dates.get(d), dates.get(d - 1).plusDays(1))) {
                sums.define(Source.LPR, d);
            } else {
                sums.absent(Source.LPR, d, Source.LPR.notCoveredKey());
            }
        }
        int[] days = dates.stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
        // Only the contacts of persons ever counted in NT1–NT6 matter (readmissions are within one
        // person). Read from the blocks as seconds, then grouped by person and sorted by start here.
        int n = 0;
        int[] person = new int[1024];
        long[] start = new long[1024];
        long[] end = new long[1024];
        for (BlockRef ref : LprStore.BLOCKS.blocks(s)) {
            cancel.check();
            LprStore.Block block = LprStore.BLOCKS.read(s, ref);
            for (int i = 0; i < block.size; i++) {
                int p = block.person[i];
                if (block.psychiatric[i] == 0 || !placed.onStaircase(p)) {
                    continue;
                }
                if (n == person.length) {
                    person = Arrays.copyOf(person, n * 2);
                    start = Arrays.copyOf(start, n * 2);
                    end = Arrays.copyOf(end, n * 2);
                }
                person[n] = p;
                start[n] = block.start[i];
                end[n] = Math.max(start[n], block.end[i]);
                n++;
            }
        }
        int persons = placed.persons();
        int[] first = new int[persons + 1];
        for (int i = 0; i < n; i++) {
            first[person[i] + 1]++;
        }
        for (int p = 0; p < persons; p++) {
            first[p + 1] += first[p];
        }
        int[] fill = first.clone();
        long[] s0 = new long[n];
        long[] e0 = new long[n];
        for (int i = 0; i < n; i++) {
            int at = fill[person[i]]++;
            s0[at] = start[i];
            e0[at] = end[i];
        }
        long[] stays = new long[16]; // start, end pairs of the person's stays
        for (int p = 0; p < persons; p++) {
            int a = first[p];
            int b = first[p + 1];
            if (a == b) {
                continue;
            }
            if ((p & 0xFFFF) == 0) {
                cancel.check();
            }
            sortByStart(s0, e0, a, b);
            int k = 0;
            for (int i = a; i < b; i++) {
                if (k > 0 && s0[i] - stays[2 * k - 1] <= CHAIN_GAP) {
                    stays[2 * k - 1] = Math.max(stays[2 * k - 1], e0[i]);
                } else {
                    if (2 * k + 2 > stays.length) {
                        stays = Arrays.copyOf(stays, stays.length * 2);
                    }
                    stays[2 * k] = s0[i];
                    stays[2 * k + 1] = e0[i];
                    k++;
                }
            }
            count(p, stays, k, days, placed, sums);
        }
    }

    /** Insertion sort of one person's contacts [a, b) by start (a person has few contacts). */
    private static void sortByStart(long[] start, long[] end, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            long s = start[i];
            long e = end[i];
            int j = i - 1;
            while (j >= a && (start[j] > s || (start[j] == s && end[j] > e))) {
                start[j + 1] = start[j];
                end[j + 1] = end[j];
                j--;
            }
            start[j + 1] = s;
            end[j + 1] = e;
        }
    }

    /** Adds one person's admissions (from their {@code n} stays) to the sums. */
    private static void count(int person, long[] stays, int n, int[] days, Placement placed, ExtraSums sums) {
        if (n == 0) {
            return;
        }
        long previousEnd = 0;
        boolean havePrevious = false;
        for (int i = 0; i < n; i++) {
            long start = stays[2 * i];
            long end = stays[2 * i + 1];
            if (end - start < ADMISSION) {
                continue; // ambulant
            }
            if (havePrevious) {
                readmission(person, previousEnd, start - previousEnd, days, placed, sums);
            }
            previousEnd = end;
            havePrevious = true;
        }
        if (havePrevious) {
            readmission(person, previousEnd, Long.MAX_VALUE, days, placed, sums);
        }
    }

    /** An admission that ended at {@code end}, whose next admission starts {@code gap} seconds later. */
    private static void readmission(int person, long end, long gap, int[] days, Placement placed, ExtraSums sums) {
        int endDay = (int) Math.floorDiv(end, 86_400L);
        boolean readmitted = gap > CHAIN_GAP && gap <= READMISSION;
        for (int d = 1; d < days.length; d++) {
            if (endDay > days[d - 1] && endDay <= days[d] && sums.defined(Source.LPR, d)) {
                if (placed.trin(person, d) != 0) {
                    int k = placed.kommune(person, d);
                    sums.add(k, d, FigureId.NT18_INDL, 1, 1);
                    sums.add(k, d, FigureId.NT18, readmitted ? 1 : 0, 1);
                    sums.add(k, d, FigureId.NT18_RATE, readmitted ? 1 : 0, 1);
                }
                return;
            }
        }
    }
}
