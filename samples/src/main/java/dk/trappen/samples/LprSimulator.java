package dk.trappen.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A person's hospital contacts: psychiatric ambulant contacts, acute emergency-room contacts,
 * admissions made of one or more chained contacts, readmissions, and some somatic contacts.
 * Intensity follows the person's trin in each half-year (see {@link HospitalModel}).
 */
final class LprSimulator {

    private static final long SALT = 0x4C50_5233L;
    private static final int DAY = 1440;

    private final Periods periods;
    private final long seed;
    private final int fromDay;
    private final long limit;

    LprSimulator(Periods periods, long seed) {
        this.periods = periods;
        this.seed = seed;
        this.fromDay = (int) HospitalModel.FROM.toEpochDay();
        this.limit = (long) (periods.until() + 1) * DAY - 1;
    }

    List<Contact> contacts(Person p) {
        Rng rng = Rng.of(seed, SALT, p.key);
        List<Contact> out = new ArrayList<>();
        long deathLimit = p.death == Person.NO_DEATH ? limit : Math.min(limit, (long) (p.death + 1) * DAY - 1);
        int home = p.kommune[p.firstPeriod];
        int lastTrin = 1;
        for (int h = Math.max(0, periods.periodOf(fromDay)); h < periods.count(); h++) {
            int from = Math.max(periods.start(h), fromDay);
            int to = Math.min(Math.min(periods.cut(h), periods.until()), p.death == Person.NO_DEATH ? Integer.MAX_VALUE : p.death);
            if (to < from) {
                break;
            }
            if (p.ageYears(from) < 15) {
                continue;
            }
            int trin = p.trin[h] > 0 ? p.trin[h] : p.trin[h] < 0 ? lastTrin : 1;
            lastTrin = trin;
            int kommune = p.kommune[h] != 0 ? p.kommune[h] : home;
            double contact = p.target ? HospitalModel.PSYCH_CONTACT[trin] * p.frailty : HospitalModel.OTHER_GROUP_PSYCH_CONTACT;
            if (rng.chance(Math.min(0.95, contact))) {
                psychiatric(p, rng, trin, kommune, from, to, out);
            }
            if (rng.chance(HospitalModel.SOMATIC)) {
                somatic(p, rng, kommune, from, to, out);
            }
        }
        List<Contact> kept = new ArrayList<>(out.size());
        for (Contact c : out) {
            if (c.start() < (long) fromDay * DAY || c.start() > deathLimit) {
                continue;
            }
            long end = Math.min(c.end(), deathLimit);
            if (end > limit || end < c.start()) {
                continue;
            }
            kept.add(end == c.end() ? c : new Contact(c.start(), end, c.speciale(), c.diagnose(), c.type(), c.prioritet(), c.bopael()));
        }
        Collections.sort(kept);
        return kept;
    }

    private void psychiatric(Person p, Rng rng, int trin, int kommune, int from, int to, List<Contact> out) {
        int span = to - from + 1;
        int ambulant = 1 + rng.geometric(HospitalModel.AMBULANT_MEAN * StrictMath.sqrt(p.frailty));
        for (int i = 0; i < ambulant; i++) {
            int day = weekday(from + rng.nextInt(span));
            long start = (long) day * DAY + 8 * 60 + 15 * rng.nextInt(29);
            long end = start + 15 * rng.between(2, 6);
            String type = HospitalModel.CONTACT_TYPES[rng.pick(HospitalModel.CONTACT_TYPE_SHARES)];
            out.add(new Contact(start, end, specialty(p, day), diagnosis(p, rng), type, rng.chance(0.95) ? "planlagt" : "akut", kommune));
        }
        if (rng.chance(HospitalModel.ACUTE_AMBULANT)) {
            int day = from + rng.nextInt(span);
            long start = (long) day * DAY + rng.nextInt(DAY);
            out.add(new Contact(start, start + rng.between(60, 8 * 60), specialty(p, day), diagnosis(p, rng), "fysisk", "akut", kommune));
        }
        if (!rng.chance(Math.min(0.9, HospitalModel.ADMISSION[trin] * StrictMath.sqrt(p.frailty)))) {
            return;
        }
        int episodes = 1 + Math.min(4, rng.geometric(HospitalModel.EXTRA_EPISODES[trin]));
        long start = (long) (from + rng.nextInt(span)) * DAY;
        for (int e = 0; e < episodes && start <= (long) to * DAY + DAY - 1; e++) {
            boolean acute = rng.chance(0.8);
            start += acute ? rng.nextInt(DAY) : 8 * 60 + 15 * rng.nextInt(12);
            long end = admission(p, rng, start, acute, kommune, out);
            // Readmissions: more than 4 hours and at most 30 days after discharge.
            int chain = 0;
            while (chain < 6 && rng.chance(HospitalModel.READMISSION[trin])) {
                long gap = rng.chance(HospitalModel.READMIT_EXACTLY_30D) ? 30L * DAY : rng.between(6 * 60, 30 * DAY);
                end = admission(p, rng, end + gap, true, kommune, out);
                chain++;
            }
            start = (end / DAY + 31 + rng.nextInt(20)) * DAY; // the next unrelated episode: after the 30-day window
        }
    }

    /** One admission of one or more chained contacts; returns its end. */
    private long admission(Person p, Rng rng, long start, boolean acute, int kommune, List<Contact> out) {
        int day = (int) (start / DAY);
        String spec = specialty(p, day);
        String diag = p.target ? code(p, rng) : diagnosis(p, rng);
        String prio = acute ? "akut" : "planlagt";
        long cur = start;
        if (acute && rng.chance(HospitalModel.VIA_EMERGENCY_ROOM)) {
            long er = rng.between(120, 360);
            out.add(new Contact(cur, cur + er, spec, diag, "fysisk", prio, kommune));
            cur += er + chainGap(rng);
        }
        long length;
        if (rng.chance(HospitalModel.SHORT_ADMISSION)) {
            length = rng.between(12 * 60, 36 * 60);
        } else {
            length = (long) Math.min(200.0 * DAY, Math.max(DAY, rng.lognormal(HospitalModel.ADMISSION_MEDIAN_DAYS,
                    HospitalModel.ADMISSION_SIGMA) * DAY));
        }
        long end = cur + length;
        if (length > 3 * DAY && rng.chance(HospitalModel.TRANSFER)) {
            long split = cur + DAY + rng.nextInt((int) Math.min(Integer.MAX_VALUE - 1, length - 2 * DAY));
            out.add(new Contact(cur, split, spec, diag, "fysisk", prio, kommune));
            long next = split + chainGap(rng);
            end = Math.max(end, next + 60);
            out.add(new Contact(next, end, spec, diag, "fysisk", prio, kommune));
        } else {
            out.add(new Contact(cur, end, spec, diag, "fysisk", prio, kommune));
        }
        return end;
    }

    /** Gap between chained contacts: mostly within 3 hours, sometimes exactly 4 h, rarely just over. */
    private static long chainGap(Rng rng) {
        double r = rng.nextDouble();
        if (r < HospitalModel.GAP_EXACTLY_4H) {
            return 240;
        }
        if (r < HospitalModel.GAP_EXACTLY_4H + HospitalModel.GAP_JUST_OVER_4H) {
            return rng.between(241, 360);
        }
        return rng.chance(0.5) ? 0 : rng.between(1, 180);
    }

    private void somatic(Person p, Rng rng, int kommune, int from, int to, List<Contact> out) {
        int n = rng.chance(0.7) ? 1 : 2;
        for (int i = 0; i < n; i++) {
            int day = from + rng.nextInt(to - from + 1);
            long start = (long) day * DAY + rng.nextInt(DAY);
            String spec = rng.pick(HospitalModel.SOMATIC_SPECIALTIES);
            String diag = rng.pick(HospitalModel.SOMATIC_DIAGNOSES);
            boolean acute = spec.equals("akutmedicin") || rng.chance(0.4);
            if (spec.equals("akutmedicin") && rng.chance(HospitalModel.SOMATIC_WITH_DF)) {
                diag = rng.chance(0.7) ? "DF100" : "DF109";
            }
            long length = rng.chance(0.15) ? rng.between(DAY, 5 * DAY) : rng.between(30, 5 * 60);
            out.add(new Contact(start, start + length, spec, diag, "fysisk", acute ? "akut" : "planlagt", kommune));
        }
    }

    private String specialty(Person p, int day) {
        return p.ageYears(day) < 18 ? HospitalModel.CHILD_PSYCHIATRY : HospitalModel.PSYCHIATRY;
    }

    /** The person's own diagnosis mostly; sometimes another group's, or an observation code. */
    private String diagnosis(Person p, Rng rng) {
        double r = rng.nextDouble();
        if (r < 0.05) {
            return HospitalModel.OBSERVATION;
        }
        if (r < 0.15) {
            return rng.pick(HospitalModel.DIAGNOSES[HospitalModel.pickDiagnosis(rng)]);
        }
        return code(p, rng);
    }

    private static String code(Person p, Rng rng) {
        String[] codes = HospitalModel.DIAGNOSES[p.diagnosis];
        // The first code of a group is the person's usual one.
        return rng.chance(0.7) ? codes[(int) (Math.abs(p.key) % codes.length)] : rng.pick(codes);
    }

    /** Planned ambulant contacts fall on weekdays. */
    private static int weekday(int day) {
        DayOfWeek d = LocalDate.ofEpochDay(day).getDayOfWeek();
        return d == DayOfWeek.SATURDAY ? day - 1 : d == DayOfWeek.SUNDAY ? day + 1 : day;
    }
}
