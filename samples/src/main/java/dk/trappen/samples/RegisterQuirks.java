package dk.trappen.samples;

/**
 * How registrations deviate from the clean life course, so that import and the counting rules
 * meet what real extracts contain (seed 000 Boks 1.1: overlapping re-registrations; seed 003
 * §3.1: spells starting or ending on the cut date are counted). Shares are assumptions.
 */
final class RegisterQuirks {

    private RegisterQuirks() {
    }

    /** A change takes effect on the first day of a half-year, so the old spell ends exactly on a cut date. */
    static final double CHANGE_AFTER_CUT_DATE = 0.05;
    /** A new spell starts exactly on a cut date. */
    static final double CHANGE_ON_CUT_DATE = 0.04;
    /** The old spell ends on the day the new one starts (one shared day). */
    static final double END_TOUCHES = 0.08;
    /** The old spell runs on for days after the new one started (late closing). */
    static final double END_OVERLAPS = 0.12;
    static final int MAX_OVERLAP_DAYS = 45;
    /** A gap of some days without registration between two services. */
    static final double END_GAP = 0.05;
    static final int MAX_GAP_DAYS = 20;

    /** An ongoing spell written with 31-12-9999 instead of an empty end date. */
    static final double SENTINEL_END = 0.15;

    /** Per year of a spell: it is closed and registered again (re-visitation), same service. */
    static final double REREGISTER_PER_YEAR = 0.08;
    /** Of those, the new registration starts before the old one is closed (Boks 1.1). */
    static final double REREGISTER_OVERLAPPING = 0.25;
    static final int MAX_REREGISTER_OVERLAP = 90;
    /** The same row delivered twice. */
    static final double EXACT_DUPLICATE = 0.003;

    /** After a death: spells end on the death date, some days later (closed late), or earlier. */
    static final double DEATH_END_LATE = 0.15;
    static final int MAX_DEATH_LATE_DAYS = 60;
    static final double DEATH_END_EARLY = 0.05;

    /** On a move within the extract, the old kommune's spell ends after the new one starts. */
    static final double MOVE_OVERLAP = 0.25;
    static final int MAX_MOVE_OVERLAP_DAYS = 60;
}
