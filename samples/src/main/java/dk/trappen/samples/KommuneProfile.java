package dk.trappen.samples;

/**
 * How one kommune differs from the average: size of its target group, its preference for each
 * trin (kommuner organise services differently) and its cost level. Drawn from the seed and the
 * kommune code only, so a kommune looks the same at every scale.
 */
record KommuneProfile(int kommune, double prevalence, double[] tilt, double costLevel) {

    private static final long SALT = 0x5052_4F46L;

    /** Spread of unit costs between kommuner (seed 003 Tabel 3.8: min/max differ by a factor of 10+). */
    static final double COST_SIGMA = 0.25;

    static KommuneProfile of(long seed, int kommune) {
        Rng rng = Rng.of(seed, SALT, kommune);
        double prevalence = rng.lognormal(1, StaircaseModel.KOMMUNE_PREVALENCE_SIGMA);
        double[] tilt = new double[9];
        for (int t = 2; t <= 8; t++) {
            tilt[t] = rng.lognormal(1, StaircaseModel.KOMMUNE_TRIN_SIGMA);
        }
        return new KommuneProfile(kommune, prevalence, tilt, rng.lognormal(1, COST_SIGMA));
    }
}
