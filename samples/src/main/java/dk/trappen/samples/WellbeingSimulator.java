package dk.trappen.samples;

import java.util.List;
import java.util.Set;

/** Measurements of one person in the kommuner that measure (latest counts within a half-year). */
final class WellbeingSimulator {

    private static final long SALT = 0x5748_4F35L;

    private final Periods periods;
    private final Codes codes;
    private final Set<Integer> measuring;
    private final long seed;
    private final int fromPeriod;
    private final java.util.Map<String, String> indsats;

    WellbeingSimulator(Periods periods, Codes codes, Set<Integer> measuring, java.util.Map<String, String> indsats,
            long seed) {
        this.periods = periods;
        this.codes = codes;
        this.measuring = measuring;
        this.indsats = indsats;
        this.seed = seed;
        this.fromPeriod = periods.periodOf((int) WellbeingModel.FROM.toEpochDay());
    }

    void measure(Person p, List<Measurement> out) {
        if (!p.target) {
            return;
        }
        Rng rng = Rng.of(seed, SALT, p.key);
        if (!rng.chance(WellbeingModel.PARTICIPATES)) {
            return;
        }
        double personal = WellbeingModel.PERSON_SD * rng.gaussian();
        for (int h = Math.max(fromPeriod, p.firstPeriod); h < periods.count(); h++) {
            if (p.trin[h] < 2 || !measuring.contains(p.kommune[h]) || !rng.chance(WellbeingModel.MEASURED)) {
                continue;
            }
            int from = periods.start(h);
            int to = Math.min(Math.min(periods.cut(h), periods.until()), p.death - 1);
            if (to < from) {
                continue;
            }
            int n = rng.chance(WellbeingModel.SECOND) ? 2 : 1;
            for (int i = 0; i < n; i++) {
                int day = from + rng.nextInt(to - from + 1);
                out.add(measurement(p, rng, p.trin[h], p.kommune[h], day, personal));
            }
        }
    }

    private Measurement measurement(Person p, Rng rng, int trin, int kommune, int day, double personal) {
        double years = Math.max(0, Periods.yearOf(day) - 2017.5);
        double score = WellbeingModel.BASE[trin] + personal + WellbeingModel.NOISE_SD * rng.gaussian()
                + WellbeingModel.TREND * years;
        int raw = (int) Math.max(0, Math.min(25, Math.round(score / 4)));
        int[] items = rng.chance(WellbeingModel.SCORE_ONLY) ? null : items(raw, rng);
        int inspire = -1;
        if (rng.chance(WellbeingModel.WITH_INSPIRE)) {
            inspire = (int) Math.max(0, Math.min(100, Math.round(25 + 0.75 * raw * 4 + 10 * rng.gaussian())));
        }
        return new Measurement(p.pnr, kommune, day, items, raw * 4, inspire, indsatsAt(p, day, trin));
    }

    /** Five items 0–5 summing to raw, spread unevenly as real answers are. */
    static int[] items(int raw, Rng rng) {
        int[] it = new int[5];
        for (int i = 0; i < 5; i++) {
            it[i] = raw / 5;
        }
        for (int i = 0; i < raw % 5; i++) {
            it[i]++;
        }
        for (int k = 0; k < 4; k++) {
            int a = rng.nextInt(5);
            int b = rng.nextInt(5);
            if (a != b && it[a] < 5 && it[b] > 0) {
                it[a]++;
                it[b]--;
            }
        }
        return it;
    }

    /** The law of the person's highest target-group service that day, e.g. "§85" or "§82b". */
    private String indsatsAt(Person p, int day, int trin) {
        String best = null;
        int bestTrin = 0;
        for (Spell s : p.spells) {
            int t = codes.trinOf(s.code());
            if (t > bestTrin && s.start() <= day && (s.ongoing() || s.end() >= day) && s.maalgruppe().startsWith("1.2.2")) {
                best = s.code();
                bestTrin = t;
            }
        }
        return best == null ? "" : indsats.getOrDefault(best, "");
    }
}
