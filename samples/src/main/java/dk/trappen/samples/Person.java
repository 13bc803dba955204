package dk.trappen.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * One simulated person: identity, the register spells, and per half-year period the highest
 * trin at the period's cut date (0 = not yet in the simulation or dead) and the kommune of
 * residence, which the hospital contacts, DREAM weeks and measurements are drawn from.
 */
final class Person {

    static final int NO_DEATH = Integer.MAX_VALUE;

    final long key;
    final String pnr;
    final int birth;
    final boolean female;
    final boolean target;
    final int[] trin;
    final int[] kommune;
    final List<Spell> spells = new ArrayList<>();
    int death = NO_DEATH;
    /** First period the person is simulated in. */
    int firstPeriod;
    /** Persistent propensity for psychiatric contact (1 = typical). */
    double frailty = 1;
    /** Index into the hospital model's diagnosis groups. */
    int diagnosis;

    Person(long key, String pnr, int birth, boolean female, boolean target, int periods) {
        this.key = key;
        this.pnr = pnr;
        this.birth = birth;
        this.female = female;
        this.target = target;
        this.trin = new int[periods];
        this.kommune = new int[periods];
    }

    boolean alive(int day) {
        return day < death;
    }

    /** Approximate age, cheap enough for per-week use. */
    double ageYears(int day) {
        return (day - birth) / 365.2425;
    }
}
