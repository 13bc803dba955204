package dk.trappen.samples;

import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scale means in numbers: which kommuner the extract holds, which share of their real
 * target group is drawn, and which kommuner run their own WHO-5 measurements.
 */
final class ScaleSetup {

    /** SMALL: a large city, a middle-sized kommune and an island kommune. */
    static final List<Integer> SMALL_KOMMUNER = List.of(751, 730, 400);
    /** KOMMUNE: one mid-size kommune's own extract (Holbæk, about 58,000 adults). */
    static final int KOMMUNE_KOMMUNE = 316;

    /**
     * Share of the real target group that SMALL draws: chosen so that the committed folder stays
     * under about 5 MB (dream.csv has one row of ~520 weekly cells per person). Populations in
     * befolkning.csv stay real, so per-10,000 rates in SMALL are about this share of reality.
     */
    static final double SMALL_FRACTION = 0.2;

    /** Kommuner that measure WHO-5 themselves in NATIONAL: every 4th in code order (assumption: a minority does). */
    static final int NATIONAL_MEASURING_EVERY = 4;

    final SampleScale scale;
    final List<Kommune> kommuner;
    final Set<Integer> inScale;
    final Set<Integer> measuring;
    final double fraction;
    final PopulationTable population;
    final List<Kommune> all;

    private ScaleSetup(SampleScale scale, List<Kommune> kommuner, Set<Integer> measuring, double fraction,
            PopulationTable population, List<Kommune> all) {
        this.scale = scale;
        this.kommuner = List.copyOf(kommuner);
        Set<Integer> codes = new LinkedHashSet<>();
        kommuner.forEach(k -> codes.add(k.code()));
        this.inScale = codes;
        this.measuring = measuring;
        this.fraction = fraction;
        this.population = population;
        this.all = all;
    }

    static ScaleSetup of(SampleScale scale, ReferenceData ref, PopulationTable population) {
        List<Kommune> all = ref.kommuner();
        switch (scale) {
            case SMALL: {
                List<Kommune> ks = new ArrayList<>();
                for (int code : SMALL_KOMMUNER) {
                    ks.add(ref.kommune(code).orElseThrow(() -> new IllegalStateException("kommune " + code)));
                }
                // The big and the middle kommune measure; the island does not (only a subset measure at all).
                return new ScaleSetup(scale, ks, Set.of(751, 730), SMALL_FRACTION, population, all);
            }
            case KOMMUNE: {
                Kommune k = ref.kommune(KOMMUNE_KOMMUNE).orElseThrow();
                return new ScaleSetup(scale, List.of(k), Set.of(k.code()), 1.0, population, all);
            }
            case NATIONAL: {
                Set<Integer> measuring = new LinkedHashSet<>();
                for (int i = 0; i < all.size(); i++) {
                    if (i % NATIONAL_MEASURING_EVERY == 0 || SMALL_KOMMUNER.contains(all.get(i).code())) {
                        measuring.add(all.get(i).code());
                    }
                }
                return new ScaleSetup(scale, all, measuring, 1.0, population, all);
            }
            default:
                throw new IllegalArgumentException(String.valueOf(scale));
        }
    }

    boolean contains(int kommune) {
        return inScale.contains(kommune);
    }

    /** Adults of a kommune times the scale's fraction: the base that person counts scale with. */
    double scaledAdults(int kommune) {
        return population.row(kommune).adults() * fraction;
    }

    /**
     * A kommune to move to: mostly within the region, weighted by adults (any of the 98; the
     * caller decides what a move out of the extract means).
     */
    int moveDestination(int from, Rng rng) {
        int region = all.stream().filter(k -> k.code() == from).findFirst().map(Kommune::regionCode).orElse(0);
        boolean inRegion = rng.chance(StaircaseModel.MOVE_IN_REGION);
        double[] w = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Kommune k = all.get(i);
            if (k.code() != from && (!inRegion || k.regionCode() == region)) {
                w[i] = population.row(k.code()).adults();
            }
        }
        return all.get(rng.pick(w)).code();
    }

    /** A kommune in the same region (a botilbud placed outside the own kommune). */
    int neighbour(int from, Rng rng) {
        int region = all.stream().filter(k -> k.code() == from).findFirst().map(Kommune::regionCode).orElse(0);
        double[] w = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Kommune k = all.get(i);
            if (k.code() != from && k.regionCode() == region) {
                w[i] = population.row(k.code()).adults();
            }
        }
        return all.get(rng.pick(w)).code();
    }
}
