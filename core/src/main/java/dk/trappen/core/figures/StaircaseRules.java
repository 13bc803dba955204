package dk.trappen.core.figures;

/**
 * The "Decision:" lines of key-figures.md §3 and §5, each a setting with the spec's default.
 *
 * @param tie           §3: which of several active spells at the same highest trin gives the kommune
 * @param nt8           §5 NT8: which lower trin counts as "down the staircase" from trin 5
 * @param deaths        §5: how a person with a death date on or before D is counted
 * @param kommuneChange §5: how a person whose staircase spells at D are all in another kommune is counted
 */
public record StaircaseRules(HandlekommuneTie tie, Nt8Scope nt8, DeathRule deaths, KommuneChangeRule kommuneChange) {

    public StaircaseRules {
        if (tie == null || nt8 == null || deaths == null || kommuneChange == null) {
            throw new IllegalArgumentException("every staircase rule must be given");
        }
    }

    /** The spec's decisions. */
    public static StaircaseRules defaults() {
        return new StaircaseRules(HandlekommuneTie.LATEST_START, Nt8Scope.ANY_LOWER_TRIN, DeathRule.SEPARATE_LINE,
                KommuneChangeRule.COUNTED_AND_LINE);
    }

    /** §3: among active spells at the highest trin, which decides the kommune (then the lowest code). */
    public enum HandlekommuneTie {
        /** The latest start date: a later registration overrides an earlier one (the spec's decision). */
        LATEST_START,
        /** The earliest start date: the first registration keeps the person. */
        EARLIEST_START
    }

    /** §5 NT8: from trin 5 at D⁻ to which trin at D. */
    public enum Nt8Scope {
        /** Trin 4 or lower, none (trin 1) included (the spec's decision). */
        ANY_LOWER_TRIN,
        /** Trin 2–4 only: leaving the staircase altogether is not counted. */
        LOWER_STEP_ON_STAIRCASE
    }

    /** §5: a person with a known death date on or before D. */
    public enum DeathRule {
        /** Left out of NT7–NT10, counted in the "død" line and matrix column (the spec's decision). */
        SEPARATE_LINE,
        /** Counted by the trin at D like anyone else; no "død" line. */
        AS_MOVEMENT
    }

    /** §5: a person whose staircase spells at D are all in another kommune than at D⁻. */
    public enum KommuneChangeRule {
        /** Counted normally in the kommune of D⁻ and also in the informative SKIFT line (the spec's decision). */
        COUNTED_AND_LINE,
        /** Left out of NT7–NT10 and counted in SKIFT and a matrix column of its own. */
        LEFT_OUT
    }
}
