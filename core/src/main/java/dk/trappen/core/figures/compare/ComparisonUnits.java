package dk.trappen.core.figures.compare;

import dk.trappen.core.Messages;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.Kommunegruppe;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The comparison units of §10 built from the reference tables. */
public final class ComparisonUnits {

    private final ReferenceData reference;

    public ComparisonUnits(ReferenceData reference) {
        this.reference = reference;
    }

    /** Every unit of a level in table order; for {@link Level#SAMMENLIGNINGSGRUPPE} the ready-made ones (the kommunegrupper). */
    public List<ComparisonUnit> units(Level level) {
        switch (level) {
            case KOMMUNE:
                return reference.kommuner().stream().map(this::kommune).collect(Collectors.toList());
            case SAMMENLIGNINGSGRUPPE:
                return readyMadeGroups().stream().map(g -> group(g)).collect(Collectors.toList());
            case KOMMUNEGRUPPE:
                return reference.kommunegrupper().stream().map(this::kommunegruppe).collect(Collectors.toList());
            case REGION:
                return reference.regions().stream().map(this::region).collect(Collectors.toList());
            case SUNDHEDSKLYNGE:
                return reference.klynger().stream().map(this::klynge).collect(Collectors.toList());
            case LAND:
                return List.of(land());
            default:
                throw new IllegalArgumentException(level.name());
        }
    }

    /** The units of a level that hold the kommune (two sundhedsklynger for a split kommune). */
    public List<ComparisonUnit> unitsContaining(Level level, int kommune) {
        return units(level).stream().filter(u -> u.contains(kommune)).collect(Collectors.toList());
    }

    public ComparisonUnit kommune(Kommune k) {
        return new ComparisonUnit(Level.KOMMUNE, Integer.toString(k.code()), k.name(), List.of(k.code()));
    }

    public Optional<ComparisonUnit> kommune(int code) {
        return reference.kommune(code).map(this::kommune);
    }

    public ComparisonUnit region(Region r) {
        return new ComparisonUnit(Level.REGION, Integer.toString(r.code()), r.name(), codes(reference.kommunerInRegion(r.code())));
    }

    public ComparisonUnit kommunegruppe(Kommunegruppe g) {
        return new ComparisonUnit(Level.KOMMUNEGRUPPE, Integer.toString(g.code()), g.name(), codes(reference.kommuner()
                .stream().filter(k -> k.kommunegruppeCode() == g.code()).collect(Collectors.toList())));
    }

    public ComparisonUnit klynge(String klynge) {
        return new ComparisonUnit(Level.SUNDHEDSKLYNGE, klynge, klynge, codes(reference.kommunerInKlynge(klynge)));
    }

    public ComparisonUnit land() {
        return new ComparisonUnit(Level.LAND, Messages.danish("figures.unit.land"), Messages.danish("figures.unit.land"),
                codes(reference.kommuner()));
    }

    public ComparisonUnit group(ComparisonGroup g) {
        return new ComparisonUnit(Level.SAMMENLIGNINGSGRUPPE, g.name(), g.name(), g.kommuner());
    }

    /** A kommune's comparison group when none is chosen: the kommuner of its own region. */
    public ComparisonUnit defaultGroup(int kommune) {
        Kommune k = reference.kommune(kommune).orElseThrow(() -> new IllegalArgumentException("unknown kommune " + kommune));
        Region r = reference.region(k.regionCode()).orElseThrow();
        String name = Messages.danish("figures.unit.defaultGroup", r.name());
        return new ComparisonUnit(Level.SAMMENLIGNINGSGRUPPE, name, name, codes(reference.kommunerInRegion(r.code())));
    }

    /** DST's kommunegrupper offered as ready-made comparison groups. */
    public List<ComparisonGroup> readyMadeGroups() {
        List<ComparisonGroup> out = new ArrayList<>();
        for (Kommunegruppe g : reference.kommunegrupper()) {
            List<Integer> members = kommunegruppe(g).kommuner();
            if (!members.isEmpty()) {
                out.add(new ComparisonGroup(g.name(), members));
            }
        }
        return out;
    }

    /**
     * Everything a kommune is compared with (§10), in display order: the kommune, its comparison group
     * ({@code chosen}, or its region's kommuner), its region, its sundhedsklynge(r), its DST
     * kommunegruppe and hele landet. Earlier cut dates come from the series of each unit.
     */
    public List<ComparisonUnit> comparisonsFor(int kommune, Optional<ComparisonGroup> chosen) {
        Kommune k = reference.kommune(kommune).orElseThrow(() -> new IllegalArgumentException("unknown kommune " + kommune));
        List<ComparisonUnit> out = new ArrayList<>();
        out.add(kommune(k));
        out.add(chosen.map(this::group).orElseGet(() -> defaultGroup(kommune)));
        out.addAll(unitsContaining(Level.REGION, kommune));
        out.addAll(unitsContaining(Level.SUNDHEDSKLYNGE, kommune));
        out.addAll(unitsContaining(Level.KOMMUNEGRUPPE, kommune));
        out.add(land());
        return out;
    }

    private static List<Integer> codes(List<Kommune> kommuner) {
        return kommuner.stream().map(Kommune::code).collect(Collectors.toList());
    }
}
