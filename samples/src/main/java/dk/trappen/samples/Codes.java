package dk.trappen.samples;

import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Ydelse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The register codes the generator writes, taken from the reference tables where they live
 * there (so an edited table is followed) and weighted by the assumptions below.
 */
final class Codes {

    /** Within trin 2: §82b (individual, time-limited) is the common one; §82a reporting is voluntary (research notes §1.1). */
    private static final Map<String, Double> CODE_WEIGHTS = Map.of("1.18.1", 0.3, "1.18.2", 0.7);

    /**
     * Sub-codes of the target group as registered (assumption): many kommuner report only the
     * main code 1.2.2; psychotic disorders (forandret virkelighedsopfattelse) the largest sub-code.
     */
    private static final Map<String, Double> TARGET_MAALGRUPPER = Map.of("1.2.2", 0.40, "1.2.2.3", 0.20,
            "1.2.2.2", 0.12, "1.2.2.1", 0.07, "1.2.2.4", 0.12, "1.2.2.5", 0.03, "1.2.2.6", 0.06);

    /** Other målgrupper, by the kind of person who gets them (assumption). */
    static final Map<String, Double> PHYSICAL = Map.of("1.1", 0.30, "1.1.1", 0.40, "1.1.2", 0.10, "1.1.3", 0.08,
            "1.1.4", 0.07, "1.1.5", 0.05);
    static final Map<String, Double> COGNITIVE = Map.of("1.2.1", 0.20, "1.2.1.1", 0.05, "1.2.1.2.1", 0.05,
            "1.2.1.2.2", 0.15, "1.2.1.3", 0.05, "1.2.1.3.1", 0.15, "1.2.1.3.2", 0.15, "1.2.1.4", 0.20);
    static final Map<String, Double> SOCIAL = Map.of("2", 1.0);

    static final String BEHANDLING = "1.3";
    static final String LEDSAGER = "1.13.4";
    static final String BPA = "1.13.2";
    static final String KONTANT_TILSKUD = "1.17";
    static final String DOEVBLINDE = "1.13.3";

    private final String[][] byTrin = new String[9][];
    private final double[][] byTrinWeights = new double[9][];
    private final Map<String, Integer> trinOf = new java.util.HashMap<>();
    private final ReferenceData ref;

    private Codes(ReferenceData ref) {
        this.ref = ref;
        for (int t = 2; t <= 8; t++) {
            List<String> codes = new ArrayList<>();
            for (Ydelse y : ref.ydelser()) {
                if (y.trin() == t) {
                    codes.add(y.code());
                }
            }
            if (codes.isEmpty()) {
                throw new IllegalStateException("no ydelseskode for trin " + t + " in the reference tables");
            }
            byTrin[t] = codes.toArray(String[]::new);
            byTrinWeights[t] = codes.stream().mapToDouble(c -> CODE_WEIGHTS.getOrDefault(c, 1.0)).toArray();
        }
        for (Ydelse y : ref.ydelser()) {
            trinOf.put(y.code(), y.trin());
        }
    }

    static Codes of(ReferenceData ref) {
        return new Codes(ref);
    }

    String staircaseCode(int trin, Rng rng) {
        return byTrin[trin][rng.pick(byTrinWeights[trin])];
    }

    /** Trin of a code, 0 when off the staircase or unknown. */
    int trinOf(String code) {
        return trinOf.getOrDefault(code, 0);
    }

    boolean known(String ydelse) {
        return ref.ydelse(ydelse).isPresent();
    }

    String targetMaalgruppe(Rng rng) {
        return pick(TARGET_MAALGRUPPER, rng);
    }

    /** A weighted pick among the codes that exist in the reference table. */
    String pick(Map<String, Double> weighted, Rng rng) {
        List<String> keys = new ArrayList<>(weighted.keySet());
        keys.removeIf(k -> ref.maalgruppe(k).isEmpty());
        keys.sort(null); // Map.of has no stable order: sort for determinism
        if (keys.isEmpty()) {
            throw new IllegalStateException("none of " + weighted.keySet() + " is in maalgrupper.csv");
        }
        double[] w = keys.stream().mapToDouble(weighted::get).toArray();
        return keys.get(rng.pick(w));
    }
}
