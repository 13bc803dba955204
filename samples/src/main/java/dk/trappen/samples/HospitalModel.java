package dk.trappen.samples;

/**
 * Named parameters of the hospital contacts (lpr.csv). Targets from seed 001: 30 % of adults
 * with social services are in contact with psychiatry in a year, 46 % of those on §107; of the
 * overlap group on §107 almost half are admitted in a year, nearly every second admission is
 * followed by an acute readmission, and admitted §107 residents are admitted almost 4 times a
 * year; on §104 under a quarter are admitted; admissions last about 2–3 weeks on average.
 */
final class HospitalModel {

    private HospitalModel() {
    }

    /** LPR history starts here (the readmissions of the first cut date need a run-in). */
    static final java.time.LocalDate FROM = java.time.LocalDate.of(2016, 1, 1);

    /** Spread of the persistent person-level propensity for psychiatric contact (log-normal sigma). */
    static final double FRAILTY_SIGMA = 0.6;

    /**
     * Chance per half-year of any psychiatric contact, by trin (index 1..8, 1 = none), target
     * group. Higher than seed 001's all-målgrupper shares because every person here has a mental
     * illness; §107 highest, §103/§104 lowest.
     */
    static final double[] PSYCH_CONTACT = {0, 0.12, 0.20, 0.13, 0.11, 0.21, 0.33, 0.21, 0.20};
    /** For persons of other målgrupper (physical, cognitive, social). */
    static final double OTHER_GROUP_PSYCH_CONTACT = 0.05;

    /** Mean number of ambulant psychiatric contacts in a half-year with contact (besides the first). */
    static final double AMBULANT_MEAN = 1.0;

    /** Chance of at least one admission in a half-year with contact, by trin: §107 ~0.3 (≈ half a year), §104 ~0.13. */
    static final double[] ADMISSION = {0, 0.12, 0.12, 0.13, 0.12, 0.18, 0.32, 0.22, 0.22};
    /** Chance that an admission is followed by a readmission within 30 days: seed 001 "næsten hver anden" on §107. */
    static final double[] READMISSION = {0, 0.30, 0.30, 0.30, 0.30, 0.35, 0.48, 0.40, 0.38};
    /**
     * Mean number of further, unrelated admission episodes in a half-year with an admission, by
     * trin: high on §107 so that admitted residents reach "næsten 4 gange" a year (seed 001).
     */
    static final double[] EXTRA_EPISODES = {0, 0.25, 0.25, 0.25, 0.25, 0.3, 1.4, 0.35, 0.35};

    /** Admission length: log-normal, median 12 days (mean ~2–3 weeks, seed 001), at most 200 days. */
    static final double ADMISSION_MEDIAN_DAYS = 12;
    static final double ADMISSION_SIGMA = 0.9;
    /** Short admissions of 12–36 hours. */
    static final double SHORT_ADMISSION = 0.08;

    /** An admission begins with a contact in the psychiatric emergency room (chained, <= 4 h gap). */
    static final double VIA_EMERGENCY_ROOM = 0.25;
    /** An admission is split by a transfer between departments (chained). */
    static final double TRANSFER = 0.15;
    /** Of chained gaps: exactly 4 hours (the boundary, still one stay). */
    static final double GAP_EXACTLY_4H = 0.10;
    /** A gap of 4 h 1 min – 6 h: two stays although close (the other side of the boundary). */
    static final double GAP_JUST_OVER_4H = 0.03;
    /** Readmission exactly 30 days after discharge (the boundary, still a readmission). */
    static final double READMIT_EXACTLY_30D = 0.05;

    /** Acute ambulant psychiatric contacts (emergency room, < 12 h, no admission) per half-year with contact. */
    static final double ACUTE_AMBULANT = 0.15;

    /** Ambulant contact types (SKS: ALCA00 fysisk fremmøde; udekontakt; virtuel). */
    static final String[] CONTACT_TYPES = {"fysisk", "ude", "virtuel"};
    static final double[] CONTACT_TYPE_SHARES = {0.65, 0.15, 0.20};

    /** Chance per half-year of somatic hospital contacts (anyone). */
    static final double SOMATIC = 0.08;
    /** Somatic emergency contacts with an alcohol/drug DF1x diagnosis: psychiatric by the diagnosis rule. */
    static final double SOMATIC_WITH_DF = 0.10;

    static final String PSYCHIATRY = "psykiatri";
    static final String CHILD_PSYCHIATRY = "børne- og ungdomspsykiatri";
    static final String[] SOMATIC_SPECIALTIES = {"intern medicin", "akutmedicin", "ortopædisk kirurgi",
        "kirurgi", "neurologi", "oftalmologi"};
    static final String[] SOMATIC_DIAGNOSES = {"DI109", "DE119", "DJ189", "DS525", "DR074", "DK359", "DJ441",
        "DZ039", "DS069", "DT424", "DT510", "DH251"};

    /**
     * Psychiatric diagnosis groups of the target group with their ICD-10 codes, and shares
     * (assumption after seed 000 Tabel 2.1's groups: schizophrenia and affective disorders dominate).
     */
    static final String[][] DIAGNOSES = {
        {"DF200", "DF201", "DF209", "DF219", "DF250", "DF259"},
        {"DF311", "DF322", "DF332", "DF339", "DF329"},
        {"DF410", "DF412", "DF431", "DF432"},
        {"DF603", "DF609", "DF605"},
        {"DF102", "DF109", "DF192"},
        {"DF840", "DF841", "DF900", "DF989"},
        {"DF500", "DF502"},
    };
    static final double[] DIAGNOSIS_SHARES = {0.35, 0.25, 0.10, 0.15, 0.05, 0.07, 0.03};
    /** Some psychiatric contacts carry an observation code instead of a DF code (psychiatric by specialty). */
    static final String OBSERVATION = "DZ038";

    static int pickDiagnosis(Rng rng) {
        return rng.pick(DIAGNOSIS_SHARES);
    }
}
