package dk.trappen.core.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** All reference tables, loaded and cross-checked; immutable. */
public final class ReferenceData {

    private final Map<Integer, Region> regions;
    private final Map<Integer, Kommunegruppe> kommunegrupper;
    private final Map<Integer, Kommune> kommuner;
    private final List<KlyngeMedlemskab> klynger;
    private final Map<Integer, Trin> trin;
    private final Map<String, Ydelse> ydelser;
    private final Map<String, Maalgruppe> maalgrupper;
    private final List<KontoplanLinje> kontoplan;
    private final List<Diagnosegruppe> diagnosegrupper;
    private final Map<String, DreamKode> dreamKoder;
    private final List<Figure> catalogue;
    private final Map<String, Figure> figures;
    private final Map<Integer, TidligereKommune> formerKommuner;

    ReferenceData(List<Region> regions, List<Kommunegruppe> kommunegrupper, List<Kommune> kommuner,
            List<KlyngeMedlemskab> klynger, List<Trin> trin, List<Ydelse> ydelser, List<Maalgruppe> maalgrupper,
            List<KontoplanLinje> kontoplan, List<Diagnosegruppe> diagnosegrupper, List<DreamKode> dreamKoder,
            List<Figure> catalogue, List<Figure> extras, List<TidligereKommune> formerKommuner) {
        this.regions = index(regions, Region::code);
        this.kommunegrupper = index(kommunegrupper, Kommunegruppe::code);
        this.kommuner = index(kommuner, Kommune::code);
        this.klynger = List.copyOf(klynger);
        this.trin = index(trin, Trin::trin);
        this.ydelser = index(ydelser, Ydelse::code);
        this.maalgrupper = index(maalgrupper, Maalgruppe::code);
        this.kontoplan = List.copyOf(kontoplan);
        this.diagnosegrupper = List.copyOf(diagnosegrupper);
        this.dreamKoder = index(dreamKoder, DreamKode::code);
        this.catalogue = List.copyOf(catalogue);
        List<Figure> all = new ArrayList<>(catalogue);
        all.addAll(extras);
        this.figures = index(all, Figure::id);
        this.formerKommuner = index(formerKommuner, TidligereKommune::code);
    }

    private static <K, V> Map<K, V> index(List<V> values, java.util.function.Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V v : values) {
            map.put(key.apply(v), v);
        }
        return Collections.unmodifiableMap(map);
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public Optional<Region> region(int code) {
        return Optional.ofNullable(regions.get(code));
    }

    public List<Kommunegruppe> kommunegrupper() {
        return List.copyOf(kommunegrupper.values());
    }

    public Optional<Kommunegruppe> kommunegruppe(int code) {
        return Optional.ofNullable(kommunegrupper.get(code));
    }

    /** The kommuner in the order of the table (by code). */
    public List<Kommune> kommuner() {
        return List.copyOf(kommuner.values());
    }

    public Optional<Kommune> kommune(int code) {
        return Optional.ofNullable(kommuner.get(code));
    }

    public List<Kommune> kommunerInRegion(int regionCode) {
        return kommuner.values().stream().filter(k -> k.regionCode() == regionCode).collect(Collectors.toList());
    }

    public List<KlyngeMedlemskab> klyngeMedlemskaber() {
        return klynger;
    }

    /** The sundhedsklynger a kommune sits in: one, or two for the five split kommuner. */
    public List<String> klyngerOf(int kommuneCode) {
        List<String> out = new ArrayList<>();
        for (KlyngeMedlemskab m : klynger) {
            if (m.kommuneCode() == kommuneCode) {
                out.add(m.klynge());
            }
        }
        return out;
    }

    /** The distinct sundhedsklynger in table order. */
    public List<String> klynger() {
        return klynger.stream().map(KlyngeMedlemskab::klynge).distinct().collect(Collectors.toList());
    }

    public List<Kommune> kommunerInKlynge(String klynge) {
        return klynger.stream().filter(m -> m.klynge().equals(klynge))
                .map(m -> kommuner.get(m.kommuneCode())).collect(Collectors.toList());
    }

    /** Steps 8 down to 1. */
    public List<Trin> trin() {
        return List.copyOf(trin.values());
    }

    public Optional<Trin> trin(int step) {
        return Optional.ofNullable(trin.get(step));
    }

    public List<Ydelse> ydelser() {
        return List.copyOf(ydelser.values());
    }

    public Optional<Ydelse> ydelse(String code) {
        return Optional.ofNullable(ydelser.get(code));
    }

    public List<Maalgruppe> maalgrupper() {
        return List.copyOf(maalgrupper.values());
    }

    public Optional<Maalgruppe> maalgruppe(String code) {
        return Optional.ofNullable(maalgrupper.get(code));
    }

    public List<KontoplanLinje> kontoplan() {
        return kontoplan;
    }

    public List<Diagnosegruppe> diagnosegrupper() {
        return diagnosegrupper;
    }

    public List<DreamKode> dreamKoder() {
        return List.copyOf(dreamKoder.values());
    }

    public Optional<DreamKode> dreamKode(String code) {
        return Optional.ofNullable(dreamKoder.get(code));
    }

    /** The key figures of the catalogue ({@code noegletal.csv}) in catalogue order, without the extra figures. */
    public List<Figure> figures() {
        return catalogue;
    }

    /** The catalogue's key figures of an area, in catalogue order. */
    public List<Figure> figures(Omraade area) {
        return catalogue.stream().filter(n -> n.area() == area).collect(Collectors.toList());
    }

    /**
     * A figure by id: a key figure of the catalogue or an extra figure ({@code ekstra_figurer.csv}, its
     * pattern rows expanded: {@code M8_5}, {@code M2_D}, …).
     */
    public Optional<Figure> figure(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    /** A kommune code abolished in 2007, if the code is one. */
    public Optional<TidligereKommune> formerKommune(int code) {
        return Optional.ofNullable(formerKommuner.get(code));
    }

    public List<TidligereKommune> formerKommuner() {
        return List.copyOf(formerKommuner.values());
    }
}
