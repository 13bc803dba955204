package dk.trappen.samples;

import dk.trappen.samples.EpisodeRegistrar.Episode;
import java.time.LocalDate;
import java.util.Map;

/**
 * The life course of one person in the target group (målgruppe 1.2.2.x): entry, half-yearly
 * moves on the staircase, a parallel day service, moves between kommuner, death; each episode
 * registered as spells. Each person has its own random stream, so persons are independent of
 * the order they are generated in.
 */
final class TargetSimulator {

    private static final long SALT = 0x5441_5247L;

    /** Share of women (assumption: the target group is about evenly split). */
    static final double FEMALE_SHARE = 0.48;

    /** Provider type (MODT_TILB_KODE) by trin; mandatory only for stays (DST TIMES MODT_TILB_KODE). */
    private static final Map<Integer, Map<String, Double>> TILBUD = Map.of(
            8, Map.of("3.1.0", 0.7, "3.3.0", 0.3),
            7, Map.of("3.3.0", 0.6, "3.4", 0.4),
            6, Map.of("3.5", 0.8, "3.8", 0.2),
            5, Map.of("4", 0.5, "", 0.5),
            4, Map.of("1.3", 1.0),
            3, Map.of("1.1", 1.0),
            2, Map.of("4", 0.3, "", 0.7));

    /** Residential trin whose residents are often placed in a botilbud in another kommune. */
    static final double PLACED_ELSEWHERE = 0.35;
    /** Non-residential: bopælskommune differs (moved, handlekommune not yet changed). */
    static final double BOPAEL_DIFFERS = 0.03;

    /** Extra spells beside the staircase, per person (assumptions). */
    static final double EXTRA_BEHANDLING = 0.04;
    static final double EXTRA_LEDSAGER = 0.03;
    static final double EXTRA_BPA = 0.004;
    static final double EXTRA_KONTANT = 0.004;
    static final double EXTRA_OTHER_MAALGRUPPE = 0.07;

    private final ScaleSetup setup;
    private final Periods periods;
    private final Codes codes;
    private final EpisodeRegistrar registrar;
    private final long seed;
    private final int forebyggendeFrom;
    private final int until;

    TargetSimulator(ScaleSetup setup, Periods periods, Codes codes, long seed) {
        this.setup = setup;
        this.periods = periods;
        this.codes = codes;
        this.seed = seed;
        this.until = periods.until();
        this.registrar = new EpisodeRegistrar(until);
        this.forebyggendeFrom = (int) StaircaseModel.FOREBYGGENDE_FROM.toEpochDay();
    }

    /** Entrants of cohort {@code cohort} (-1 = the stock on 1 January 2014). */
    Person simulate(KommuneProfile profile, int cohort, int index, Cpr cpr) {
        Rng rng = Rng.of(seed, SALT, profile.kommune(), cohort, index);
        int home = profile.kommune();
        int entryDay;
        if (cohort < 0) {
            entryDay = periods.start(0);
        } else {
            int last = Math.min(periods.cut(cohort), until);
            entryDay = periods.start(cohort) + rng.nextInt(last - periods.start(cohort) + 1);
        }
        double year = Periods.yearOf(entryDay);
        double[] shares = cohort < 0 ? StaircaseModel.INITIAL_SHARES.clone()
                : StaircaseModel.entryShares(year, entryDay >= forebyggendeFrom);
        for (int t = 2; t <= 8; t++) {
            shares[t] *= profile.tilt()[t];
        }
        int trin = rng.pick(shares);

        LocalDate entry = LocalDate.ofEpochDay(entryDay);
        int band = rng.pick(StaircaseModel.ENTRY_AGE_SHARES);
        LocalDate birth;
        if (band == 0 && cohort >= 0) {
            // Turning 18 in the period: some spells start on the 18th birthday, others months before.
            birth = rng.chance(0.3) ? entry.minusYears(18) : entry.minusYears(18).plusDays(1 + rng.nextInt(360));
        } else {
            int[] range = StaircaseModel.ENTRY_AGE_BANDS[band == 0 ? 1 : band];
            int shift = cohort < 0 ? 3 : 0; // the stock has aged since it entered
            birth = entry.minusYears(range[0] + shift + rng.nextInt(range[1] - range[0] + 1)).minusDays(rng.nextInt(365));
        }
        boolean female = rng.chance(FEMALE_SHARE);
        String pnr = cpr.issue(birth, female, rng);
        Person p = new Person(rng.nextLong(), pnr, (int) birth.toEpochDay(), female, true, periods.count());
        p.frailty = rng.lognormal(1, HospitalModel.FRAILTY_SIGMA);
        p.diagnosis = HospitalModel.pickDiagnosis(rng);
        p.firstPeriod = Math.max(cohort, 0);
        String maalgruppe = codes.targetMaalgruppe(rng);

        int start = entryDay;
        if (cohort < 0) {
            int history = (int) rng.exponential(StaircaseModel.STOCK_HISTORY_YEARS[trin] * 365.25);
            int earliest = (int) birth.plusYears(17).toEpochDay();
            start = Math.max(earliest, entryDay - history);
        }
        new Course(p, rng, maalgruppe, home).run(trin, start, cohort);
        addExtraSpells(p, rng, entryDay);
        return p;
    }

    /** The mutable state of one life course while it is simulated. */
    private final class Course {
        final Person p;
        final Rng rng;
        final String maalgruppe;
        int kommune;
        int main;
        boolean outside;
        Episode mainEp;
        Episode dayEp;

        Course(Person p, Rng rng, String maalgruppe, int kommune) {
            this.p = p;
            this.rng = rng;
            this.maalgruppe = maalgruppe;
            this.kommune = kommune;
        }

        void run(int trin, int start, int cohort) {
            main = trin;
            mainEp = open(trin, kommune, start, kommune);
            for (int h = p.firstPeriod; h < periods.count(); h++) {
                if (h != cohort) {
                    if (step(h)) {
                        return;
                    }
                }
                p.trin[h] = Math.max(main, dayEp == null ? 0 : dayEp.trin);
                p.kommune[h] = kommune;
            }
            if (mainEp != null) {
                registrar.register(mainEp, Spell.OPEN, p.spells, rng);
            }
            if (dayEp != null) {
                registrar.register(dayEp, Spell.OPEN, p.spells, rng);
            }
        }

        /** One half-year; true when the person died. */
        boolean step(int h) {
            int from = periods.start(h);
            int to = Math.min(periods.cut(h), until);
            if (to < from) {
                return false;
            }
            double age = p.ageYears(from);
            int ageBand = age < 40 ? 0 : age < 60 ? 1 : age < 70 ? 2 : 3;
            double death = StaircaseModel.DEATH_BY_AGE[ageBand] * (main >= 6 ? StaircaseModel.DEATH_HIGH_TRIN_FACTOR : 1);
            if (rng.chance(death)) {
                die(h, from + rng.nextInt(to - from + 1));
                return true;
            }
            if (outside) {
                return false;
            }
            if (rng.chance(StaircaseModel.MOVE)) {
                move(h, transitionDay(h), setup.moveDestination(kommune, rng));
            } else {
                int t = transitionDay(h);
                double[] pv = StaircaseModel.transitions(main, Periods.yearOf(t), t >= forebyggendeFrom);
                int next = rng.pick(pv);
                if (next != main && next >= 1) {
                    change(h, t, next);
                }
            }
            dayService(h);
            return false;
        }

        void change(int h, int t, int next) {
            if (mainEp != null) {
                registrar.register(mainEp, endBefore(h, t), p.spells, rng);
            }
            mainEp = next >= 2 ? open(next, kommune, t, kommune) : null;
            main = next;
            if (dayEp != null && main < 5) {
                registrar.register(dayEp, Math.max(dayEp.start, t - 1), p.spells, rng);
                dayEp = null;
            }
        }

        void move(int h, int t, int dest) {
            if (dayEp != null) {
                registrar.register(dayEp, Math.max(dayEp.start, t - 1), p.spells, rng);
                dayEp = null;
            }
            if (!setup.contains(dest)) {
                // Moved out of the extract: the services here end; the person lives on elsewhere.
                if (mainEp != null) {
                    registrar.register(mainEp, endBefore(h, t), p.spells, rng);
                }
                mainEp = null;
                main = 1;
                outside = true;
                kommune = dest;
                return;
            }
            if (mainEp != null) {
                int end = t - 1;
                if (rng.chance(RegisterQuirks.MOVE_OVERLAP)) {
                    end = Math.min(Math.min(periods.cut(h) - 1, until),
                            t + 1 + rng.nextInt(RegisterQuirks.MAX_MOVE_OVERLAP_DAYS));
                    end = Math.max(end, t - 1);
                }
                registrar.register(mainEp, end, p.spells, rng);
                // A resident of a botilbud keeps the paying kommune it came from (opholdskommune rule).
                int betaling = main >= 6 ? mainEp.betaling : dest;
                mainEp = open(main, dest, t, betaling);
            }
            kommune = dest;
        }

        void dayService(int h) {
            if (main >= 5 && dayEp == null && rng.chance(StaircaseModel.DAY_SERVICE_START)) {
                int t = transitionDay(h);
                dayEp = open(rng.chance(0.8) ? 3 : 4, kommune, t, kommune);
            } else if (dayEp != null && rng.chance(StaircaseModel.DAY_SERVICE_STOP)) {
                int t = transitionDay(h);
                registrar.register(dayEp, Math.max(dayEp.start, t - 1), p.spells, rng);
                dayEp = null;
            }
        }

        void die(int h, int day) {
            p.death = day;
            for (Episode e : new Episode[] {mainEp, dayEp}) {
                if (e == null) {
                    continue;
                }
                int end = day;
                double r = rng.nextDouble();
                if (r < RegisterQuirks.DEATH_END_LATE) {
                    end = Math.min(until, day + 1 + rng.nextInt(RegisterQuirks.MAX_DEATH_LATE_DAYS));
                } else if (r < RegisterQuirks.DEATH_END_LATE + RegisterQuirks.DEATH_END_EARLY) {
                    end = day - 1 - rng.nextInt(30);
                }
                registrar.register(e, Math.max(e.start, end), p.spells, rng);
            }
            mainEp = null;
            dayEp = null;
            for (int k = h; k < periods.count(); k++) {
                boolean deadAtCut = day <= periods.cut(k);
                p.trin[k] = deadAtCut ? -1 : Math.max(main, 0);
                p.kommune[k] = kommune;
            }
        }

        Episode open(int trin, int handle, int start, int betaling) {
            String code = codes.staircaseCode(trin, rng);
            String tilbud = pick(TILBUD.get(trin));
            int bopael = handle;
            if (trin >= 6 ? rng.chance(PLACED_ELSEWHERE) : rng.chance(BOPAEL_DIFFERS)) {
                bopael = setup.neighbour(handle, rng);
            }
            return new Episode(trin, code, tilbud, maalgruppe, handle, betaling, bopael, start);
        }

        String pick(Map<String, Double> weighted) {
            return TargetSimulator.pick(weighted, rng);
        }

        /** The last day of the old spell when a change takes effect on day t (with the register's quirks). */
        int endBefore(int h, int t) {
            if (t == periods.start(h)) {
                return t - 1; // ends exactly on the previous cut date
            }
            double r = rng.nextDouble();
            if (r < RegisterQuirks.END_TOUCHES) {
                return t;
            }
            r -= RegisterQuirks.END_TOUCHES;
            if (r < RegisterQuirks.END_OVERLAPS) {
                int end = Math.min(t + 1 + rng.nextInt(RegisterQuirks.MAX_OVERLAP_DAYS),
                        Math.min(periods.cut(h) - 1, until));
                return Math.max(end, t - 1);
            }
            r -= RegisterQuirks.END_OVERLAPS;
            if (r < RegisterQuirks.END_GAP) {
                return Math.max(periods.cut(h - 1), t - 2 - rng.nextInt(RegisterQuirks.MAX_GAP_DAYS));
            }
            return t - 1;
        }

        /** The day a change takes effect in period h: mostly any day, sometimes on a cut-date boundary. */
        int transitionDay(int h) {
            int from = periods.start(h);
            int cut = periods.cut(h);
            int to = Math.min(cut, until);
            double r = rng.nextDouble();
            if (r < RegisterQuirks.CHANGE_AFTER_CUT_DATE) {
                return from;
            }
            if (r < RegisterQuirks.CHANGE_AFTER_CUT_DATE + RegisterQuirks.CHANGE_ON_CUT_DATE && cut <= until) {
                return cut;
            }
            return Math.min(to, from + 1 + rng.nextInt(Math.max(1, to - from)));
        }
    }

    static String pick(Map<String, Double> weighted, Rng rng) {
        String[] keys = weighted.keySet().toArray(String[]::new);
        java.util.Arrays.sort(keys); // Map.of iterates in no fixed order
        double[] w = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            w[i] = weighted.get(keys[i]);
        }
        return keys[rng.pick(w)];
    }

    /** Services beside the staircase and registrations under another målgruppe. */
    private void addExtraSpells(Person p, Rng rng, int entryDay) {
        addExtra(p, rng, entryDay, EXTRA_BEHANDLING, Codes.BEHANDLING, "2.1", maalgruppeOf(p), 300);
        addExtra(p, rng, entryDay, EXTRA_LEDSAGER, Codes.LEDSAGER, "", maalgruppeOf(p), 900);
        addExtra(p, rng, entryDay, EXTRA_BPA, Codes.BPA, "", maalgruppeOf(p), 1500);
        addExtra(p, rng, entryDay, EXTRA_KONTANT, Codes.KONTANT_TILSKUD, "", maalgruppeOf(p), 1500);
        if (rng.chance(EXTRA_OTHER_MAALGRUPPE)) {
            String mg = rng.chance(0.5) ? codes.pick(Codes.SOCIAL, rng) : codes.pick(Codes.COGNITIVE, rng);
            String code = rng.chance(0.5) ? codes.staircaseCode(3, rng) : codes.staircaseCode(5, rng);
            addExtra(p, rng, entryDay, 1.0, code, "", mg, 400);
        }
    }

    private static String maalgruppeOf(Person p) {
        return p.spells.isEmpty() ? "1.2.2" : p.spells.get(0).maalgruppe();
    }

    private void addExtra(Person p, Rng rng, int entryDay, double chance, String code, String tilbud,
            String maalgruppe, double meanDays) {
        if (!rng.chance(chance) || !codes.known(code)) {
            return;
        }
        int last = Math.min(until, p.death == Person.NO_DEATH ? until : p.death - 1);
        int first = Math.max(entryDay, periods.start(0));
        if (last <= first) {
            return;
        }
        int start = first + rng.nextInt(last - first + 1);
        int h = periods.periodOf(start);
        int kommune = h >= 0 && h < periods.count() && p.kommune[h] != 0 ? p.kommune[h] : 0;
        if (!setup.contains(kommune)) {
            return;
        }
        int end = start + (int) rng.exponential(meanDays);
        if (p.death != Person.NO_DEATH) {
            end = Math.min(end, p.death);
        }
        Episode e = new Episode(codes.trinOf(code), code, tilbud, maalgruppe, kommune, kommune, kommune, start);
        registrar.register(e, end > until ? Spell.OPEN : end, p.spells, rng);
    }
}
