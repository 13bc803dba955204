package dk.trappen.core.factsheet;

import dk.trappen.core.figures.FigureException;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonGroups;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What fact sheets need from a workspace, read once so the workspace can be closed before any
 * sheet is drawn: the figures with the workspace's one suppression pattern, the settings (NT12.1
 * variant), the data's coverage and each kommune's chosen comparison group.
 */
public record FactSheetData(PublishedFigures published, WorkspaceSettings settings, DataCoverage coverage,
        Map<Integer, ComparisonGroup> chosenGroups) {

    public FactSheetData {
        chosenGroups = Map.copyOf(chosenGroups);
    }

    /** Reads a workspace; throws {@link FigureException} when its data reach no cut date. */
    public static FactSheetData read(Workspace ws, FigureService figures) {
        return read(ws, figures, ProgressListener.NONE, new CancellationToken());
    }

    public static FactSheetData read(Workspace ws, FigureService figures, ProgressListener progress,
            CancellationToken cancel) {
        PublishedFigures published = figures.published(ws, progress, cancel);
        FigureResult result = published.result();
        if (result.isEmpty() || result.cutDates().isEmpty()) {
            throw new FigureException("figures.noData", ws.directory());
        }
        ComparisonGroups store = new ComparisonGroups(ws, figures.reference());
        Map<Integer, ComparisonGroup> groups = new HashMap<>();
        for (Kommune k : figures.reference().kommuner()) {
            store.chosenFor(k.code()).ifPresent(g -> groups.put(k.code(), g));
        }
        return new FactSheetData(published, WorkspaceSettings.load(ws), DataCoverage.of(ws.importLog().entries()), groups);
    }

    public FigureResult result() {
        return published.result();
    }

    /** The threshold every number on a sheet was suppressed with (the workspace's, never off). */
    public Discretion discretion() {
        return published.discretion();
    }

    /** The cut dates a sheet can be made for, from 31-12-2017. */
    public List<LocalDate> cutDates() {
        return result().cutDates();
    }

    /** The latest cut date the data cover ("seneste opgørelse"). */
    public LocalDate latestCut() {
        List<LocalDate> dates = cutDates();
        return dates.get(dates.size() - 1);
    }

    /** The kommune's saved comparison group; empty means its own region. */
    public Optional<ComparisonGroup> chosenGroup(int kommune) {
        return Optional.ofNullable(chosenGroups.get(kommune));
    }
}
