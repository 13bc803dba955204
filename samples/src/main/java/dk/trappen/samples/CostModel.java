package dk.trappen.samples;

/**
 * Named parameters of the accounts (regnskab.csv). Unit costs are kroner per full-year user in
 * 2014 prices, from seed 003 Tabel 3.8 (weighted means of 46–47 kommuner) where it has them.
 */
final class CostModel {

    private CostModel() {
    }

    /** By trin 1..8 (index 2 unused: §82 is priced per code below). */
    static final double[] UNIT_COST_2014 = {
        0, 0, 0,
        144_347, // 3 §104: Tabel 3.8 delområde 9
        133_242, // 4 §103: Tabel 3.8 delområde 8
        140_000, // 5 §85 own home: assumption, below the §85 mean 163,970 that includes botilbudslignende
        698_644, // 6 §107: Tabel 3.8 note, weighted mean without the one outlier kommune
        300_000, // 7 botilbudslignende §85: assumption, about twice home support
        866_098, // 8 §108: Tabel 3.8 delområde 2
    };
    /** §82a/§82b per full-year user: assumption (short, time-limited support; no source). */
    static final double UNIT_COST_82 = 45_000;
    /** §99 støtte- og kontaktperson (5.38.53 grp 002), kroner per adult inhabitant: assumption. */
    static final double SKP_PER_ADULT = 25;
    /** §82c (grp 013) from 2021, as a share of §82a+b costs: assumption. */
    static final double SHARE_82C = 0.10;
    static final int FROM_82C = 2021;
    /** Price and wage growth per year from 2014 (assumption, about the KL pris- og lønskøn). */
    static final double PRICE_GROWTH = 0.02;
    /** Year-to-year noise of a kommune's account line (log-normal sigma). */
    static final double YEAR_NOISE = 0.06;

    /** How a line's net amount is split over arter: residential (trin 6–8) and support (others). */
    static final String[] ARTS = {"1.0", "2.2", "4.0", "4.6", "7.6"};
    static final double[] RESIDENTIAL_SPLIT = {0.55, 0.05, 0.08, 0.40, -0.08};
    static final double[] SUPPORT_SPLIT = {0.78, 0.03, 0.12, 0.09, -0.02};

    /** Lines to be left out: state refunds for costly single cases (dranst 2, art 8.6) on §107/§108. */
    static final double REFUND_SHARE = 0.05;
    /** ... and calculated costs (art 0.0) on §85. */
    static final double ART0_SHARE = 0.02;

    /** Functions outside the mapping (must be ignored): §110 forsorgshjem, §101 misbrug; kroner per adult. */
    static final String[][] UNMAPPED = {{"5.38.42", "001", "120"}, {"5.38.45", "001", "90"}};
}
