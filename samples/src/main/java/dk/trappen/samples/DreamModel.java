package dk.trappen.samples;

import dk.trappen.core.reference.DreamKategori;
import dk.trappen.core.reference.DreamKode;
import dk.trappen.core.reference.ReferenceData;
import java.time.LocalDate;

/**
 * Named parameters of the weekly DREAM benefit codes. Education codes come from
 * resources/dream_koder.csv (category uddannelse); 783 førtidspension and 890 sygedagpenge are
 * the table's unverified recollections. 730 and 741 are INVENTED placeholders for other
 * benefits (kontanthjælp-like, ressourceforløb-like): DREAM's real code list is not public here,
 * and any code missing from the table falls into "anden". An empty cell is "ingen ydelse"
 * (self-supporting or employed), which is what NT12 counts.
 */
final class DreamModel {

    /** First week of the extract (ISO 2016-W01); the key figures need only 2017 on. */
    static final LocalDate FROM = LocalDate.of(2016, 1, 4);

    static final String NONE = "";
    static final String FOERTIDSPENSION = "783";
    static final String SYGEDAGPENGE = "890";
    /** Folkepension: one of 997–999 in the table, which one is unverified; 998 chosen. */
    static final String FOLKEPENSION = "998";
    static final String KONTANTHJAELP_LIKE = "730";
    static final String RESSOURCE_LIKE = "741";

    /** Share with førtidspension when first seen, by trin 1..8 (§103 normally requires it); assumption. */
    static final double[] PENSION_AT_START = {0, 0.25, 0.15, 0.50, 0.80, 0.40, 0.50, 0.70, 0.80};
    /** Weekly chance of being granted førtidspension, by trin (≈ 3–8 % a year). */
    static final double[] PENSION_WEEKLY = {0, 0.0006, 0.0006, 0.0012, 0.0015, 0.0010, 0.0016, 0.0016, 0.0016};

    /** States without pension: none, education, sygedagpenge, kontanthjælp-like, ressourceforløb-like. */
    static final int S_NONE = 0;
    static final int S_EDUCATION = 1;
    static final int S_SICK = 2;
    static final int S_CASH = 3;
    static final int S_RESOURCE = 4;
    /** Mean run length in weeks of each state. */
    static final double[] MEAN_WEEKS = {26, 40, 15, 30, 50};
    /** State shares by trin 1..8; few without benefit at §107/§108, most at §82 (assumption). */
    static final double[][] STATE_SHARES = {
        {0, 0, 0, 0, 0},
        {0.45, 0.10, 0.15, 0.20, 0.10},
        {0.40, 0.15, 0.20, 0.15, 0.10},
        {0.15, 0.05, 0.10, 0.40, 0.30},
        {0.15, 0.05, 0.10, 0.40, 0.30},
        {0.25, 0.08, 0.17, 0.30, 0.20},
        {0.08, 0.04, 0.16, 0.47, 0.25},
        {0.07, 0.02, 0.08, 0.53, 0.30},
        {0.05, 0.02, 0.08, 0.55, 0.30},
    };
    /** Yearly growth of the no-benefit share after 2017 (employment efforts, seed 002 §3.3 expects a rise). */
    static final double NONE_TREND = 0.03;
    /** Share of persons missing from the DREAM extract entirely (all weeks count as no benefit). */
    static final double ABSENT = 0.02;

    final String educationYouth;
    final String educationHigher;

    DreamModel(ReferenceData ref) {
        String youth = "651";
        String higher = "652";
        String first = null;
        boolean hasYouth = false;
        boolean hasHigher = false;
        for (DreamKode k : ref.dreamKoder()) {
            if (k.category() == DreamKategori.UDDANNELSE) {
                first = first == null ? k.code() : first;
                hasYouth |= k.code().equals(youth);
                hasHigher |= k.code().equals(higher);
            }
        }
        this.educationYouth = hasYouth || first == null ? youth : first;
        this.educationHigher = hasHigher || first == null ? higher : first;
    }
}
