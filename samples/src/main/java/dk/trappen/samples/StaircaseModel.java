package dk.trappen.samples;

import java.time.LocalDate;

/**
 * The named parameters of the target group's movement on the staircase. Trin are indexed 1..8
 * (index 0 unused); trin 1 means "no service on the staircase". Sources are given per value;
 * where no public figure exists the value is a stated assumption chosen so that the published
 * pattern holds: most people at §85 (trin 5), fewest at the top, drift down the staircase.
 */
final class StaircaseModel {

    private StaircaseModel() {
    }

    /**
     * Target-group adults on the staircase (trin >= 2) per 1,000 adults at a cut date. Seed 001:
     * "knap 6 ud af 1.000 voksne" are in the overlap group and 30 % of adults with social services
     * are in psychiatry, i.e. about 20 per 1,000 adults receive social services; assumption: about
     * a third of them are in the sindslidelse target group once each person is counted once.
     */
    static final double PREVALENCE_PER_1000 = 6.5;

    /** Spread of the prevalence between kommuner (log-normal sigma): seed 001 reports 5–7+ per 1,000 by region. */
    static final double KOMMUNE_PREVALENCE_SIGMA = 0.2;

    /** Spread of each kommune's preference for each trin (log-normal sigma): kommuner organise services differently. */
    static final double KOMMUNE_TRIN_SIGMA = 0.25;

    /**
     * Share of the stock at each trin on 1 January 2014 (highest trin). Assumption after the
     * ordering of HAND01 sizes (§85 the largest service, §107/§108 the smallest for this group);
     * no trin 2, because §82a/b did not exist yet.
     */
    static final double[] INITIAL_SHARES = {0, 0, 0, 0.19, 0.07, 0.53, 0.07, 0.08, 0.06};

    /** Trin of new entrants (before the yearly shift); trin 2 only once §82a/b exist. Assumption. */
    static final double[] ENTRY_SHARES = {0, 0, 0.22, 0.09, 0.03, 0.56, 0.07, 0.02, 0.01};

    /** Entrants per half-year as a share of the kommune's target stock: turnover that keeps the stock growing slowly. Tuned. */
    static final double ENTRY_RATE = 0.075;

    /** Yearly growth of the entry rate: the target group grew (PwC 2020: adults with a psychiatric diagnosis 389k in 2014, 507k in 2018). */
    static final double ENTRY_GROWTH_PER_YEAR = 0.02;

    /**
     * §82a/§82b (trin 2) came into force on 1 July 2018 (lov om social service, as amended
     * 2018; registration of §82b mandatory from 1 July 2020, research notes §1.1).
     */
    static final LocalDate FOREBYGGENDE_FROM = LocalDate.of(2018, 7, 1);

    /**
     * Half-year transition probabilities between trin, base year 2017: row = from, column = to;
     * the diagonal (staying) is whatever is left. Mostly staying; from every trin more move down
     * than up; §107 is temporary, so trin 6 moves most; §82b is time-limited, so trin 2 leaves
     * fastest. Assumptions in the spirit of seed 002 §3.2 (movements expected downwards).
     */
    static final double[][] TRANSITIONS = {
        // to: -  1      2      3      4      5      6      7      8
        {0, 0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0.008, 0.002, 0.0005, 0.012, 0.002, 0.000, 0.000}, // from 1 (re-entry)
        {0, 0.300, 0, 0.010, 0.000, 0.060, 0.000, 0.000, 0.000}, // from 2
        {0, 0.070, 0.010, 0, 0.010, 0.035, 0.004, 0.000, 0.000}, // from 3
        {0, 0.050, 0.000, 0.030, 0, 0.025, 0.000, 0.000, 0.000}, // from 4
        {0, 0.085, 0.015, 0.008, 0.006, 0, 0.013, 0.004, 0.002}, // from 5
        {0, 0.040, 0.000, 0.005, 0.000, 0.115, 0, 0.030, 0.015}, // from 6
        {0, 0.015, 0.000, 0.000, 0.000, 0.030, 0.008, 0, 0.006}, // from 7
        {0, 0.008, 0.000, 0.000, 0.000, 0.012, 0.004, 0.010, 0}, // from 8
    };

    /**
     * The drift toward lower steps (seed 002 §3.1 expects the top steps to fall and the bottom to
     * rise): per year after 2017 moves up are multiplied by (1 - UP_TREND * years), moves down by
     * (1 + DOWN_TREND * years), and entrants shift from trin 6–8 to trin 2.
     */
    static final double UP_TREND = 0.04;
    static final double DOWN_TREND = 0.03;
    static final double ENTRY_TREND = 0.05;

    /** Chance per half-year that a person changes handlekommune (assumption; a few per cent a year). */
    static final double MOVE = 0.012;
    /** Of those moves, the share within the own region. */
    static final double MOVE_IN_REGION = 0.65;

    /**
     * Death per half-year by age (below 40, 40–59, 60–69, 70+), roughly twice the population's
     * mortality (excess mortality of people with severe mental illness), with a factor for trin
     * 6–8 where the frailest live. Assumption.
     */
    static final double[] DEATH_BY_AGE = {0.0015, 0.004, 0.010, 0.030};
    static final double DEATH_HIGH_TRIN_FACTOR = 1.6;

    /** Chance per half-year that a person at trin 5 or higher starts a §104/§103 day service beside it. */
    static final double DAY_SERVICE_START = 0.035;
    /** Chance per half-year that such a parallel day service stops. */
    static final double DAY_SERVICE_STOP = 0.15;

    /** Mean years a spell had already run on 1 January 2014, by trin (stock history). Assumption. */
    static final double[] STOCK_HISTORY_YEARS = {0, 0, 0, 3.5, 4.0, 2.5, 0.8, 4.0, 6.0};

    /** Age at entry, by band 17, 18–24, 25–34, 35–44, 45–54, 55–64, 65–79 (assumption, young-heavy as in seed 001). */
    static final int[][] ENTRY_AGE_BANDS = {{17, 17}, {18, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 79}};
    static final double[] ENTRY_AGE_SHARES = {0.05, 0.25, 0.25, 0.18, 0.14, 0.09, 0.04};

    /** Transition probabilities from a trin in a year, with the trend applied and §82 before its start removed. */
    static double[] transitions(int from, double year, boolean forebyggendeExists) {
        double years = Math.max(0, year - 2017.5);
        double up = Math.max(0.4, 1 - UP_TREND * years);
        double down = 1 + DOWN_TREND * years;
        double[] p = new double[9];
        double moving = 0;
        for (int to = 1; to <= 8; to++) {
            if (to == from || (to == 2 && !forebyggendeExists)) {
                continue;
            }
            double factor = from == 1 ? 1 : to > from ? up : down;
            p[to] = TRANSITIONS[from][to] * factor;
            moving += p[to];
        }
        p[from] = Math.max(0, 1 - moving);
        return p;
    }

    /** Trin shares of entrants in a year. */
    static double[] entryShares(double year, boolean forebyggendeExists) {
        double years = Math.max(0, year - 2017.5);
        double[] s = ENTRY_SHARES.clone();
        double shift = Math.min(0.5, ENTRY_TREND * years);
        for (int t = 6; t <= 8; t++) {
            double moved = s[t] * shift;
            s[t] -= moved;
            s[2] += moved;
        }
        if (!forebyggendeExists) {
            // Before §82a/b, part of those who would get prevention got §85 instead; the rest got nothing.
            s[5] += s[2] * 0.3;
            s[2] = 0;
        }
        return s;
    }
}
