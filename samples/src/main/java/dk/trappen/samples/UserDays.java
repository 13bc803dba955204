package dk.trappen.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Days of service per betalingskommune, year and ydelseskode, summed over persons while they
 * are generated (overlapping spells of one person and code count once, as for helårsbrugere in
 * unit-costs.md). The accounts are then priced from these full-year users.
 */
final class UserDays {

    private final Map<Integer, Integer> kommuneIndex = new HashMap<>();
    private final int firstYear;
    private final int years;
    private final int until;
    private final Map<String, double[][]> days = new HashMap<>();

    UserDays(ScaleSetup setup, int firstYear, int lastYear, int until) {
        int i = 0;
        for (var k : setup.kommuner) {
            kommuneIndex.put(k.code(), i++);
        }
        this.firstYear = firstYear;
        this.years = lastYear - firstYear + 1;
        this.until = until;
    }

    void add(Person p) {
        Map<String, List<int[]>> byKey = new HashMap<>();
        for (Spell s : p.spells) {
            if (!kommuneIndex.containsKey(s.betaling())) {
                continue;
            }
            int end = s.ongoing() ? until : Math.min(until, s.end());
            byKey.computeIfAbsent(s.code() + "|" + s.betaling(), k -> new ArrayList<>()).add(new int[] {s.start(), end});
        }
        for (var e : byKey.entrySet()) {
            String[] key = e.getKey().split("\\|");
            double[][] table = days.computeIfAbsent(key[0], k -> new double[kommuneIndex.size()][years]);
            double[] row = table[kommuneIndex.get(Integer.parseInt(key[1]))];
            List<int[]> spans = e.getValue();
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
            int curStart = spans.get(0)[0];
            int curEnd = spans.get(0)[1];
            for (int i = 1; i <= spans.size(); i++) {
                if (i < spans.size() && spans.get(i)[0] <= curEnd + 1) {
                    curEnd = Math.max(curEnd, spans.get(i)[1]);
                    continue;
                }
                addSpan(row, curStart, curEnd);
                if (i < spans.size()) {
                    curStart = spans.get(i)[0];
                    curEnd = spans.get(i)[1];
                }
            }
        }
    }

    private void addSpan(double[] row, int start, int end) {
        for (int y = 0; y < years; y++) {
            int from = (int) LocalDate.of(firstYear + y, 1, 1).toEpochDay();
            int to = (int) LocalDate.of(firstYear + y, 12, 31).toEpochDay();
            int overlap = Math.min(end, to) - Math.max(start, from) + 1;
            if (overlap > 0) {
                row[y] += overlap;
            }
        }
    }

    /** Full-year users of a code in a kommune and year. */
    double fullYearUsers(String code, int kommune, int year) {
        double[][] table = days.get(code);
        Integer k = kommuneIndex.get(kommune);
        if (table == null || k == null || year < firstYear || year >= firstYear + years) {
            return 0;
        }
        return table[k][year - firstYear] / 365.0;
    }
}
