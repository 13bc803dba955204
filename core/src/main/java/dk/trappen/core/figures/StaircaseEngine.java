package dk.trappen.core.figures;

import dk.trappen.core.Messages;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;

/**
 * The sweep of key-figures.md §2–§5 over primitive arrays: spells are grouped by person (a counting
 * sort on the compact person ids), then each person's trin and handlekommune at every date are
 * worked out in two small reused arrays and added to the per-kommune counters. Nothing is kept per
 * person and date.
 */
final class StaircaseEngine {

    private static final int PROGRESS_STEPS = 20;

    private StaircaseEngine() {
    }

    /**
     * Counters per kommune index, date index and slot: {@code counts[(k * days.length + d) * Slots.COUNT + slot]}.
     *
     * @param kommuneIndex per spell: the index of its handlekommune, ordered as the codes are (so the
     *                     lowest index is the lowest code, for §3's last tie rule)
     * @param days         epoch days of the dates; movements are counted from date d-1 to d, d >= 1
     */
    static int[] count(RegisterData data, int[] kommuneIndex, int kommuner, int[] days, StaircaseRules rules,
            CancellationToken cancel, ProgressListener progress) {
        return count(data, kommuneIndex, kommuner, days, rules, cancel, progress, null);
    }

    /**
     * As above; when {@code placed} is given, also records who is counted in NT1–NT6 where (NT11,
     * NT12 and NT18 are over those persons, so they come from the same sweep), and every person's
     * trin at each date whatever the age (NT13.1).
     */
    static int[] count(RegisterData data, int[] kommuneIndex, int kommuner, int[] days, StaircaseRules rules,
            CancellationToken cancel, ProgressListener progress, Placement placed) {
        boolean earliestStart = rules.tie() == StaircaseRules.HandlekommuneTie.EARLIEST_START;
        boolean deathsApart = rules.deaths() == StaircaseRules.DeathRule.SEPARATE_LINE;
        boolean moversApart = rules.kommuneChange() == StaircaseRules.KommuneChangeRule.LEFT_OUT;
        int n = data.spells();
        int persons = data.personSlots();
        int nd = days.length;
        int[] counts = new int[kommuner * nd * Slots.COUNT];
        if (n == 0 || nd == 0) {
            return counts;
        }
        // Group the spells by person: first[p] .. first[p+1] are person p's spells.
        int[] first = new int[persons + 1];
        for (int s = 0; s < n; s++) {
            first[data.person()[s] + 1]++;
        }
        for (int p = 0; p < persons; p++) {
            first[p + 1] += first[p];
        }
        int[] fill = first.clone();
        int[] kom = new int[n];
        int[] trin = new int[n];
        int[] start = new int[n];
        int[] end = new int[n];
        for (int s = 0; s < n; s++) {
            int at = fill[data.person()[s]]++;
            kom[at] = kommuneIndex[s];
            trin[at] = data.trin()[s];
            start[at] = data.start()[s];
            end[at] = data.end()[s];
        }
        cancel.check();

        int[] trinAt = new int[nd];
        int[] komAt = new int[nd];
        int step = Math.max(1, persons / PROGRESS_STEPS);
        String message = Messages.danish("figures.progress.staircase");
        for (int p = 0; p < persons; p++) {
            if (p % step == 0) {
                cancel.check();
                progress.progress(p, persons, message);
            }
            int a = first[p];
            int b = first[p + 1];
            if (a == b) {
                continue;
            }
            for (int d = 0; d < nd; d++) {
                // §2: the highest trin among the spells active at D (both ends inclusive); §3: of
                // those, the latest start (a setting: the earliest), then the lowest kommunekode.
                int day = days[d];
                int bestTrin = 1;
                int bestKom = -1;
                int bestStart = 0; // set by the first active spell: its trin (>= 2) beats 1
                for (int s = a; s < b; s++) {
                    if (start[s] <= day && end[s] >= day) {
                        int t = trin[s];
                        boolean betterStart = earliestStart ? start[s] < bestStart : start[s] > bestStart;
                        if (t > bestTrin || (t == bestTrin
                                && (betterStart || (start[s] == bestStart && kom[s] < bestKom)))) {
                            bestTrin = t;
                            bestKom = kom[s];
                            bestStart = start[s];
                        }
                    }
                }
                trinAt[d] = bestTrin;
                komAt[d] = bestKom;
            }
            int adultFrom = data.adultFrom()[p];
            int death = data.death()[p];
            for (int d = 0; d < nd; d++) {
                if (placed != null && trinAt[d] >= 2) {
                    placed.putRegisterTrin(p, d, trinAt[d]); // §7: NT13.1 takes trin 2 whatever the age
                }
                if (trinAt[d] >= 2 && days[d] >= adultFrom) {
                    counts[(komAt[d] * nd + d) * Slots.COUNT + Slots.stock(trinAt[d])]++;
                    if (placed != null) {
                        placed.put(p, d, trinAt[d], komAt[d]);
                    }
                }
            }
            for (int d = 1; d < nd; d++) {
                int from = trinAt[d - 1];
                if (from < 2 || days[d - 1] < adultFrom) {
                    continue; // §5's base: adults on trin 2–8 at D⁻
                }
                int k = komAt[d - 1];
                int cell = (k * nd + d) * Slots.COUNT;
                if (deathsApart && death <= days[d]) {
                    counts[cell + Slots.matrix(from, FigureId.DEATH)]++;
                    continue;
                }
                boolean moved = trinAt[d] >= 2 && !activeIn(k, days[d], a, b, kom, start, end);
                if (moved) {
                    counts[cell + Slots.SKIFT]++;
                }
                counts[cell + Slots.matrix(from, moved && moversApart ? FigureId.MOVED : trinAt[d])]++;
            }
        }
        progress.progress(persons, persons, message);
        return counts;
    }

    /** Whether any of the person's staircase spells active on {@code day} is in kommune index {@code k}. */
    private static boolean activeIn(int k, int day, int a, int b, int[] kom, int[] start, int[] end) {
        for (int s = a; s < b; s++) {
            if (kom[s] == k && start[s] <= day && end[s] >= day) {
                return true;
            }
        }
        return false;
    }
}
