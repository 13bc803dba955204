package dk.trappen.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An independent, plain-Java count over ydelser.csv (no generator internals): trin(p, D) = the
 * highest target-group trin among spells active at D, both ends inclusive; the kommune is that
 * spell's handlekommune (latest start, then lowest code); adults only.
 */
class StaircaseSanityTest {

    private static final Map<String, Integer> TRIN = Map.of("1.8.1", 8, "1.12.0.1", 7, "1.8.2", 6, "1.12.0.2", 5,
            "1.4", 4, "1.1", 3, "1.18.1", 2, "1.18.2", 2);

    static int[] count(List<String[]> rows, int kommune, LocalDate d) {
        Map<String, String[]> best = new HashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            Integer t = TRIN.get(r[4]);
            if (t == null || !r[6].startsWith("1.2.2")) {
                continue;
            }
            LocalDate start = LocalDate.parse(r[7]);
            LocalDate end = r[8].isEmpty() ? LocalDate.MAX : LocalDate.parse(r[8]);
            if (start.isAfter(d) || end.isBefore(d)) {
                continue;
            }
            String[] b = best.get(r[0]);
            if (b == null || better(r, b)) {
                best.put(r[0], r);
            }
        }
        int[] perTrin = new int[9];
        for (Map.Entry<String, String[]> e : best.entrySet()) {
            boolean adult = !Cpr.birthDate(e.getKey()).plusYears(18).isAfter(d);
            if (adult && Integer.parseInt(e.getValue()[1]) == kommune) {
                perTrin[TRIN.get(e.getValue()[4])]++;
            }
        }
        return perTrin;
    }

    private static boolean better(String[] a, String[] b) {
        int c = Integer.compare(TRIN.get(a[4]), TRIN.get(b[4]));
        if (c == 0) {
            c = a[7].compareTo(b[7]);
        }
        if (c == 0) {
            c = Integer.compare(Integer.parseInt(b[1]), Integer.parseInt(a[1]));
        }
        return c > 0;
    }

    @Test
    void largeKommuneAtLatestCutDateHasEveryTrinAndMostAtTrin5() throws Exception {
        List<String[]> rows = SmallSample.readUtf8(SmallSample.defaults().resolve(SampleGenerator.YDELSER));
        int[] n = count(rows, 751, LocalDate.of(2025, 12, 31));
        for (int t = 2; t <= 8; t++) {
            assertTrue(n[t] > 0, "no one at trin " + t + ": " + Arrays.toString(n));
            if (t != 5) {
                assertTrue(n[5] > n[t], "trin 5 is not the largest: " + Arrays.toString(n));
            }
        }
    }

    @Test
    void preventionStartsAfter2018AndTopStepsShrink() throws Exception {
        List<String[]> rows = SmallSample.readUtf8(SmallSample.defaults().resolve(SampleGenerator.YDELSER));
        int[] first = new int[9];
        int[] last = new int[9];
        for (int k : ScaleSetup.SMALL_KOMMUNER) {
            int[] a = count(rows, k, LocalDate.of(2017, 12, 31));
            int[] b = count(rows, k, LocalDate.of(2025, 12, 31));
            for (int t = 0; t < 9; t++) {
                first[t] += a[t];
                last[t] += b[t];
            }
        }
        assertEquals(0, first[2], "§82a/b did not exist on 31-12-2017");
        assertTrue(last[2] > 20, Arrays.toString(last));
        double topFirst = (first[6] + first[7] + first[8]) / (double) Arrays.stream(first).sum();
        double topLast = (last[6] + last[7] + last[8]) / (double) Arrays.stream(last).sum();
        assertTrue(topLast < topFirst, "share at trin 6-8 should fall: " + topFirst + " -> " + topLast);
    }
}
