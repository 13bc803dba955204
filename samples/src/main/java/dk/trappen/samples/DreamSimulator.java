package dk.trappen.samples;

/**
 * A person's weekly DREAM codes: førtidspension is absorbing, folkepension from 65, otherwise
 * runs of no benefit, education, sick pay and other benefits whose mix follows the trin of the
 * week (few without benefit at §108). Empty before 18 and after death.
 */
final class DreamSimulator {

    private static final long SALT = 0x4452_4541L;

    private final DreamWeeks weeks;
    private final DreamModel model;
    private final long seed;

    DreamSimulator(DreamWeeks weeks, DreamModel model, long seed) {
        this.weeks = weeks;
        this.model = model;
        this.seed = seed;
    }

    /** Whether the person is in the extract at all. */
    boolean inExtract(Person p) {
        return !Rng.of(seed, SALT, p.key, 1).chance(DreamModel.ABSENT);
    }

    /** Fills {@code codes} (one per week) for the person. */
    void codes(Person p, String[] codes) {
        Rng rng = Rng.of(seed, SALT, p.key);
        Boolean pension = null;
        int state = -1;
        int left = 0;
        for (int w = 0; w < weeks.size(); w++) {
            int day = weeks.monday[w];
            double age = p.ageYears(day);
            if (!p.alive(day) || age < 18) {
                codes[w] = DreamModel.NONE;
                continue;
            }
            int h = weeks.period[w];
            int trin = p.trin[h] > 0 ? p.trin[h] : 1;
            if (age >= 65) {
                codes[w] = DreamModel.FOLKEPENSION;
                continue;
            }
            if (pension == null) {
                double factor = age < 25 ? 0.3 : age < 35 ? 0.7 : 1;
                pension = rng.chance(DreamModel.PENSION_AT_START[trin] * factor);
            } else if (!pension && rng.chance(DreamModel.PENSION_WEEKLY[trin])) {
                pension = true;
            }
            if (pension) {
                codes[w] = DreamModel.FOERTIDSPENSION;
                continue;
            }
            if (left <= 0) {
                double[] shares = DreamModel.STATE_SHARES[trin].clone();
                shares[DreamModel.S_NONE] *= 1 + DreamModel.NONE_TREND * Math.max(0, Periods.yearOf(day) - 2017);
                if (age >= 35) {
                    shares[DreamModel.S_EDUCATION] *= 0.2;
                }
                state = rng.pick(shares);
                left = 1 + rng.geometric(DreamModel.MEAN_WEEKS[state]);
            }
            left--;
            codes[w] = code(state, age);
        }
    }

    private String code(int state, double age) {
        switch (state) {
            case DreamModel.S_EDUCATION:
                return age < 22 ? model.educationYouth : model.educationHigher;
            case DreamModel.S_SICK:
                return DreamModel.SYGEDAGPENGE;
            case DreamModel.S_CASH:
                return DreamModel.KONTANTHJAELP_LIKE;
            case DreamModel.S_RESOURCE:
                return DreamModel.RESSOURCE_LIKE;
            default:
                return DreamModel.NONE;
        }
    }
}
