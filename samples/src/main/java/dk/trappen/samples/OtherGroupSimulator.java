package dk.trappen.samples;

import dk.trappen.samples.EpisodeRegistrar.Episode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Persons outside the target group (physical, cognitive, social målgrupper), who share the
 * register and must be left out by the target-group rule. They carry most of the services off
 * the staircase (§96 BPA, §97, §95, §98). Kept a minority (real other groups are larger than
 * the target group) because only their presence and codes matter for the figures.
 */
final class OtherGroupSimulator {

    private static final long SALT = 0x4F54_4852L;

    /** Distinct other-group persons over the whole period per 1,000 adults (assumption). */
    static final double PER_1000 = 7;
    /** Shares of the three kinds of other-group persons. */
    static final double[] KIND_SHARES = {0.35, 0.45, 0.20};
    /** Yearly mortality (physical: older persons). */
    static final double[] DEATH_PER_YEAR = {0.03, 0.012, 0.015};
    /** Age range by kind. */
    static final int[][] AGES = {{40, 85}, {18, 70}, {20, 65}};

    private static final Map<String, Double> PHYSICAL_SERVICES = ordered("1.13.2", 0.15, "1.13.4", 0.30, "1.17", 0.05,
            "1.12.0.2", 0.25, "1.8.1", 0.10, "1.1", 0.15);
    private static final Map<String, Double> COGNITIVE_SERVICES = ordered("1.8.1", 0.25, "1.12.0.2", 0.30, "1.1", 0.25,
            "1.4", 0.12, "1.8.2", 0.04, "1.12.0.1", 0.08, "1.13.4", 0.05);
    private static final Map<String, Double> SOCIAL_SERVICES = ordered("1.8.2", 0.15, "1.12.0.2", 0.40, "1.3", 0.20,
            "1.18.2", 0.10, "1.1", 0.15);

    private final ScaleSetup setup;
    private final Periods periods;
    private final Codes codes;
    private final EpisodeRegistrar registrar;
    private final long seed;
    private final int until;
    private final int forebyggendeFrom;

    OtherGroupSimulator(ScaleSetup setup, Periods periods, Codes codes, long seed) {
        this.setup = setup;
        this.periods = periods;
        this.codes = codes;
        this.seed = seed;
        this.until = periods.until();
        this.registrar = new EpisodeRegistrar(until);
        this.forebyggendeFrom = (int) StaircaseModel.FOREBYGGENDE_FROM.toEpochDay();
    }

    private static Map<String, Double> ordered(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }

    static int count(ScaleSetup setup, int kommune) {
        return (int) Math.round(PER_1000 * setup.scaledAdults(kommune) / 1000);
    }

    Person simulate(int kommune, int index, Cpr cpr) {
        Rng rng = Rng.of(seed, SALT, kommune, index);
        int kind = rng.pick(KIND_SHARES);
        String maalgruppe = kind == 0 ? codes.pick(Codes.PHYSICAL, rng)
                : kind == 1 ? codes.pick(Codes.COGNITIVE, rng) : codes.pick(Codes.SOCIAL, rng);
        boolean stock = rng.chance(0.5);
        int first = periods.start(0);
        int entry = stock ? first : first + rng.nextInt(until - first + 1);
        int age = rng.between(AGES[kind][0], AGES[kind][1]);
        LocalDate birth = LocalDate.ofEpochDay(entry).minusYears(age).minusDays(rng.nextInt(365));
        boolean female = rng.chance(0.5);
        Person p = new Person(rng.nextLong(), cpr.issue(birth, female, rng), (int) birth.toEpochDay(), female, false,
                periods.count());
        p.firstPeriod = periods.periodOf(entry);
        for (int h = p.firstPeriod; h < periods.count(); h++) {
            p.trin[h] = 1;
            p.kommune[h] = kommune;
        }
        // Death: a yearly hazard from entry on.
        double years = (until - entry) / 365.25;
        double t = rng.exponential(1 / DEATH_PER_YEAR[kind]);
        if (t < years) {
            p.death = entry + (int) (t * 365.25);
            for (int h = periods.periodOf(p.death); h < periods.count(); h++) {
                p.trin[h] = -1;
            }
        }
        Map<String, Double> services = kind == 0 ? PHYSICAL_SERVICES : kind == 1 ? COGNITIVE_SERVICES : SOCIAL_SERVICES;
        int n = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
        if (maalgruppe.equals("1.1.5")) {
            service(p, rng, Codes.DOEVBLINDE, maalgruppe, kommune, entry, stock);
        }
        for (int i = 0; i < n; i++) {
            String code = TargetSimulator.pick(services, rng);
            service(p, rng, code, maalgruppe, kommune, entry, stock);
        }
        return p;
    }

    private void service(Person p, Rng rng, String code, String maalgruppe, int kommune, int entry, boolean stock) {
        if (!codes.known(code)) {
            return;
        }
        int start = stock && rng.chance(0.7) ? entry - (int) rng.exponential(5 * 365.25)
                : entry + (int) Math.min(until - entry, rng.exponential(365));
        int trin = codes.trinOf(code);
        if (trin == 2 && start < forebyggendeFrom) {
            start = forebyggendeFrom + rng.nextInt(365);
        }
        start = Math.max(start, p.birth + 17 * 365 + 5);
        if (start > until || start >= p.death) {
            return;
        }
        int end = start + (int) rng.exponential(trin >= 6 || trin == 0 ? 5 * 365.25 : 2 * 365.25);
        if (p.death != Person.NO_DEATH) {
            end = Math.min(end, p.death);
        }
        int bopael = trin >= 6 && rng.chance(0.3) ? setup.neighbour(kommune, rng) : kommune;
        String tilbud = code.equals(Codes.BEHANDLING) ? "2.1" : trin == 8 ? "3.1.0" : trin == 6 ? "3.5" : "";
        Episode e = new Episode(trin, code, tilbud, maalgruppe, kommune, kommune, bopael, start);
        registrar.register(e, end > until ? Spell.OPEN : end, p.spells, rng);
    }
}
