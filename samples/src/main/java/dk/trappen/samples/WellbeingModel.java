package dk.trappen.samples;

/**
 * Named parameters of the kommune's own WHO-5 and Brief INSPIRE-O measurements. Mean WHO-5
 * around 45 with a wide spread, so all three risk groups (> 50, 36–50, <= 35; seed 002 §3.5)
 * are well filled; lower the higher the trin; improving a little each year (seed 002 expects
 * wellbeing to rise). Assumptions, no published distribution.
 */
final class WellbeingModel {

    private WellbeingModel() {
    }

    /** Measurements start in the half-year ending 31-12-2017, the first cut date. */
    static final java.time.LocalDate FROM = java.time.LocalDate.of(2017, 7, 1);
    /** Share of the kommune's persons on the staircase who take part at all. */
    static final double PARTICIPATES = 0.5;
    /** Chance that a participant is measured in a half-year, and of a second measurement in it. */
    static final double MEASURED = 0.7;
    static final double SECOND = 0.1;
    /** Mean WHO-5 score by trin 1..8. */
    static final double[] BASE = {0, 50, 54, 47, 48, 45, 36, 40, 40};
    static final double PERSON_SD = 12;
    static final double NOISE_SD = 9;
    /** Points per year after mid-2017. */
    static final double TREND = 1.2;
    /** Rows that give WHO5_SCORE instead of the five items. */
    static final double SCORE_ONLY = 0.15;
    /** Rows with a Brief INSPIRE-O score. */
    static final double WITH_INSPIRE = 0.65;
}
