package dk.trappen.core.export;

import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.store.WorkspaceSettings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a workbook shows, read from the workspace once, so the workbook is built without it.
 * Every number leaves through {@link #shown}: the units' series after discretion.
 */
final class ExportData {

    private final ReferenceData reference;
    private final FigureResult result;
    private final Discretion discretion;
    private final WorkspaceSettings settings;
    private final List<ImportLogEntry> imports;
    private final Kommune kommune;
    private final LocalDate cutDate;
    private final LocalDateTime created;
    private final String version;
    private final List<ComparisonUnit> units;
    private final ComparisonUnit focus;
    private final ComparisonUnit group;
    /** The units' cells after discretion applied to them together (see {@link #suppressTogether}). */
    private final Map<ComparisonUnit, DisplaySeries> shown = new HashMap<>();
    /** With all kommuner: each kommune's cells, suppressed together with the regions and hele landet. */
    private final Map<Integer, DisplaySeries> kommuneShown = new HashMap<>();

    /**
     * @param kommune the exported kommune, or null for all kommuner
     * @param chosen  the kommune's chosen comparison group (empty: its region's kommuner)
     */
    ExportData(ReferenceData reference, FigureResult result, WorkspaceSettings settings, List<ImportLogEntry> imports,
            Kommune kommune, Optional<ComparisonGroup> chosen, LocalDate cutDate, LocalDateTime created, String version) {
        this.reference = reference;
        this.result = result;
        this.discretion = Discretion.of(settings);
        this.settings = settings;
        this.imports = List.copyOf(imports);
        this.kommune = kommune;
        this.cutDate = cutDate;
        this.created = created;
        this.version = version;
        ComparisonUnits all = new ComparisonUnits(reference);
        if (kommune == null) {
            // Without one kommune the area sheets compare the regions with the country.
            units = new ArrayList<>(all.units(Level.REGION));
            units.add(all.land());
            focus = all.land();
            group = null;
        } else {
            // The four columns: the kommune, its comparison group, its region, hele landet.
            List<ComparisonUnit> around = all.comparisonsFor(kommune.code(), chosen);
            units = around.stream().filter(u -> u.level() == Level.KOMMUNE || u.level() == Level.SAMMENLIGNINGSGRUPPE
                    || u.level() == Level.REGION || u.level() == Level.LAND).collect(Collectors.toList());
            focus = units.get(0);
            group = units.get(1);
        }
        suppressTogether();
    }

    /**
     * Discretion over everything the workbook shows at once. Each unit's own relations are not
     * enough when units that contain one another stand side by side: a region shown with every one
     * of its kommuner but one gives that one away, and a region shown beside one of its kommuner
     * gives away the rest of the region (region − kommune), which may be a count of 1–4. So every
     * total is related to its parts: with all kommuner, each region and hele landet to its kommuner
     * at the cut date and hele landet to the regions at every date shown; with one kommune, each
     * shown unit to any shown unit inside it and the remainder, which is only derived, never shown.
     */
    private void suppressTogether() {
        List<FigureSeries> series = new ArrayList<>();
        List<Discretion.Sum> sums = new ArrayList<>();
        Set<LocalDate> shownDates = new HashSet<>(dates());
        units.forEach(u -> series.add(u.series(result)));
        if (kommune == null) {
            int land = units.size() - 1;
            sums.add(new Discretion.Sum(land, range(0, land), shownDates));
            List<Integer> codes = result.kommuner();
            for (int code : codes) {
                series.add(result.series(code));
            }
            List<Integer> all = new ArrayList<>();
            for (int r = 0; r < land; r++) {
                List<Integer> parts = new ArrayList<>();
                for (int k = 0; k < codes.size(); k++) {
                    if (units.get(r).contains(codes.get(k))) {
                        parts.add(units.size() + k);
                        all.add(units.size() + k);
                    }
                }
                sums.add(new Discretion.Sum(r, parts, Set.of(cutDate)));
            }
            sums.add(new Discretion.Sum(land, all, Set.of(cutDate)));
        } else {
            for (int outer = 0; outer < units.size(); outer++) {
                for (int inner = 0; inner < units.size(); inner++) {
                    Set<Integer> big = new HashSet<>(units.get(outer).kommuner());
                    Set<Integer> small = new HashSet<>(units.get(inner).kommuner());
                    if (big.size() > small.size() && big.containsAll(small)) {
                        big.removeAll(small);
                        sums.add(new Discretion.Sum(outer, List.of(inner), result.series(big), shownDates));
                    }
                }
            }
        }
        List<DisplaySeries> together = discretion.applyTogether(series, sums);
        for (int i = 0; i < units.size(); i++) {
            shown.put(units.get(i), together.get(i));
        }
        if (kommune == null) {
            List<Integer> codes = result.kommuner();
            for (int k = 0; k < codes.size(); k++) {
                kommuneShown.put(codes.get(k), together.get(units.size() + k));
            }
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    ReferenceData reference() {
        return reference;
    }

    FigureResult result() {
        return result;
    }

    Discretion discretion() {
        return discretion;
    }

    WorkspaceSettings settings() {
        return settings;
    }

    List<ImportLogEntry> imports() {
        return imports;
    }

    /** The exported kommune; empty for all kommuner. */
    Optional<Kommune> kommune() {
        return Optional.ofNullable(kommune);
    }

    boolean allKommuner() {
        return kommune == null;
    }

    LocalDate cutDate() {
        return cutDate;
    }

    LocalDateTime created() {
        return created;
    }

    String version() {
        return version;
    }

    /** The columns of the area sheets, in order: kommune, group, region, land (or the regions and land). */
    List<ComparisonUnit> units() {
        return units;
    }

    /** The unit whose development and transition matrix are shown: the kommune, or hele landet. */
    ComparisonUnit focus() {
        return focus;
    }

    /** The kommune's comparison group; empty for all kommuner. */
    Optional<ComparisonUnit> group() {
        return Optional.ofNullable(group);
    }

    /** The kommune's region; empty for all kommuner. */
    Optional<ComparisonUnit> region() {
        return allKommuner() ? Optional.empty() : Optional.of(units.get(2));
    }

    ComparisonUnit land() {
        return units.get(units.size() - 1);
    }

    /** The cut dates of the time series: from 2017-12-31 to the export's cut date. */
    List<LocalDate> dates() {
        return result.cutDates().stream().filter(d -> !d.isAfter(cutDate)).collect(Collectors.toList());
    }

    /** The year-end dates of the series (the accounts' figures are yearly, at 31 December). */
    List<LocalDate> yearEnds() {
        return dates().stream().filter(d -> d.getMonth() == Month.DECEMBER).collect(Collectors.toList());
    }

    /** The latest 31 December on or before the cut date, if the series reaches one. */
    Optional<LocalDate> latestYearEnd() {
        List<LocalDate> ends = yearEnds();
        return ends.isEmpty() ? Optional.empty() : Optional.of(ends.get(ends.size() - 1));
    }

    /** A shown unit's cells after discretion, over its whole series (so a cell reads the same in every sheet). */
    DisplaySeries shown(ComparisonUnit unit) {
        DisplaySeries s = shown.get(unit);
        if (s == null) {
            throw new IllegalArgumentException(unit.name() + " is not shown in this workbook");
        }
        return s;
    }

    /** With all kommuner: a kommune's cells after discretion. */
    DisplaySeries shown(int code) {
        return kommuneShown.get(code);
    }
}
