package dk.trappen.core.export;

import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.ImportLogEntry;
import dk.trappen.core.figures.WorkspaceSettings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a workbook shows, read from the workspace once, so the workbook is built without it.
 * Every number leaves through {@link #shown}: the units' cells in the workspace's one suppression
 * pattern, the same cells the window, the fact sheets and the command line show.
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
    /** The workspace's one suppression pattern: every cell of the workbook is read from it. */
    private final PublishedFigures published;

    /**
     * @param kommune the exported kommune, or null for all kommuner
     * @param chosen  the kommune's chosen comparison group (empty: its region's kommuner)
     */
    ExportData(ReferenceData reference, PublishedFigures published, WorkspaceSettings settings, List<ImportLogEntry> imports,
            Kommune kommune, Optional<ComparisonGroup> chosen, LocalDate cutDate, LocalDateTime created, String version) {
        this.reference = reference;
        this.published = published;
        this.result = published.result();
        this.discretion = published.discretion();
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

    /** A shown unit's cells, as every output shows them (the workspace's one pattern). */
    DisplaySeries shown(ComparisonUnit unit) {
        if (!units.contains(unit)) {
            throw new IllegalArgumentException(unit.name() + " is not shown in this workbook");
        }
        return published.shown(unit);
    }

    /** With all kommuner: a kommune's cells. */
    DisplaySeries shown(int code) {
        return published.kommune(code);
    }
}
