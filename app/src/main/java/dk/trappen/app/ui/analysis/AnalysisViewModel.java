package dk.trappen.app.ui.analysis;

import dk.trappen.app.AppContext;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonGroups;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selection every analysis screen shares (kommune, comparison group, cut date, which comparison
 * lines) and the figures behind it. The figures are computed in the background whenever the
 * workspace or its data change; a change of selection only re-slices them, so it is instant.
 */
public final class AnalysisViewModel {

    private static final Logger LOG = Logger.getLogger(AnalysisViewModel.class.getName());

    private final AppContext context;
    private final ReferenceData reference;
    private final ComparisonUnits units;
    private final MainViewModel main;
    private final I18n i18n;

    private final ReadOnlyObjectWrapper<FigureResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Discretion> discretion = new ReadOnlyObjectWrapper<>(Discretion.withThreshold(5));
    private final ReadOnlyObjectWrapper<WorkspaceSettings> settings = new ReadOnlyObjectWrapper<>(WorkspaceSettings.defaults());
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper();

    private final ObservableList<Kommune> kommuner = FXCollections.observableArrayList();
    private final ObjectProperty<Kommune> kommune = new SimpleObjectProperty<>();
    private final ObservableList<GroupChoice> groups = FXCollections.observableArrayList();
    private final ObjectProperty<GroupChoice> group = new SimpleObjectProperty<>();
    private final ObservableList<LocalDate> cutDates = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> cutDate = new SimpleObjectProperty<>();
    private final BooleanProperty showGroup = new SimpleBooleanProperty(true);
    private final BooleanProperty showRegion = new SimpleBooleanProperty(true);
    private final BooleanProperty showKlynge = new SimpleBooleanProperty(false);
    private final BooleanProperty showLand = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>();

    /** Discretion is applied once per unit and result; switching kommune reuses region and land. */
    /** The workspace's one suppression pattern: every cell on screen is read from it. */
    private PublishedFigures published;
    private boolean updating;

    public AnalysisViewModel(AppContext context, MainViewModel main, I18n i18n) {
        this.context = context;
        this.reference = context.reference();
        this.units = new ComparisonUnits(reference);
        this.main = main;
        this.i18n = i18n;
        Collator danish = Collator.getInstance(java.util.Locale.forLanguageTag("da"));
        kommuner.setAll(reference.kommuner().stream().sorted(Comparator.comparing(Kommune::name, danish))
                .collect(Collectors.toList()));
        emptyMessage.set(i18n.text("analysis.noWorkspace"));
        kommune.addListener((o, a, b) -> {
            if (b != null && !updating) {
                context.preferences().setLastKommune(b.code());
                selectChosenGroup();
            }
            refresh();
        });
        group.addListener((o, a, b) -> {
            if (!updating) {
                rememberGroupChoice(b);
            }
            refresh();
        });
        cutDate.addListener((o, a, b) -> refresh());
        showGroup.addListener((o, a, b) -> refresh());
        showRegion.addListener((o, a, b) -> refresh());
        showKlynge.addListener((o, a, b) -> refresh());
        showLand.addListener((o, a, b) -> refresh());
        main.workspaceProperty().addListener((o, a, b) -> recompute());
        main.dataChangesProperty().addListener((o, a, b) -> recompute());
    }

    /** Computes the open workspace's figures in the background (cached in core, so usually quick). */
    public void recompute() {
        Workspace ws = main.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        computing.set(true);
        main.tasks().work(i18n.text("task.computeFigures"), (progress, cancel) -> {
            WorkspaceSettings s = WorkspaceSettings.load(ws);
            FigureResult r = context.figures().compute(ws, s, progress, cancel);
            List<ComparisonGroup> saved = new ComparisonGroups(ws, reference).list();
            return new Computed(ws, r, s, saved, context.figures().published(ws, s, r, saved));
        }).onSuccess(this::computed).onError(e -> {
            computing.set(false);
            emptyMessage.set(main.userMessage(e));
            LOG.log(java.util.logging.Level.WARNING, "Nøgletallene kunne ikke beregnes", e);
        }).start();
    }

    private void computed(Computed c) {
        computing.set(false);
        if (c.workspace() != main.workspaceProperty().get()) {
            return; // a workspace switched meanwhile; its own computation follows
        }
        updating = true;
        try {
            published = c.published();
            settings.set(c.settings());
            discretion.set(c.published().discretion());
            result.set(c.result());
            emptyMessage.set(c.result().isEmpty() ? i18n.text("analysis.noData") : "");
            cutDates.setAll(c.result().cutDates());
            if (cutDate.get() == null || !cutDates.contains(cutDate.get())) {
                cutDate.set(cutDates.isEmpty() ? null : cutDates.get(cutDates.size() - 1));
            }
            if (kommune.get() == null || !c.result().kommuner().contains(kommune.get().code())) {
                kommune.set(initialKommune(c.result()));
            }
            fillGroups(c.saved());
            selectChosenGroup();
        } finally {
            updating = false;
        }
        refresh();
    }

    /**
     * The kommune shown last if it has persons on the staircase, else the one with most such persons
     * at the latest cut date (population data name every kommune, so "in the data" is not enough).
     */
    private Kommune initialKommune(FigureResult r) {
        if (r.isEmpty() || r.cutDates().isEmpty()) {
            return kommune.get();
        }
        LocalDate latest = r.cutDates().get(r.cutDates().size() - 1);
        java.util.function.IntPredicate onStaircase = code ->
                r.count(code, latest, dk.trappen.core.figures.FigureId.STAIRCASE_TOTAL) > 0;
        java.util.OptionalInt last = context.preferences().lastKommune();
        if (last.isPresent() && r.kommuner().contains(last.getAsInt()) && onStaircase.test(last.getAsInt())) {
            return reference.kommune(last.getAsInt()).orElse(null);
        }
        return r.kommuner().stream()
                .max(Comparator.comparingInt((Integer code) -> r.count(code, latest, dk.trappen.core.figures.FigureId.STAIRCASE_TOTAL)))
                .flatMap(reference::kommune).orElse(kommuner.isEmpty() ? null : kommuner.get(0));
    }

    private void fillGroups(List<ComparisonGroup> saved) {
        List<GroupChoice> out = new ArrayList<>();
        out.add(new GroupChoice(i18n.text("selection.group.default"), Optional.empty(), false));
        for (ComparisonGroup g : saved) {
            out.add(new GroupChoice(g.name(), Optional.of(g), true));
        }
        for (ComparisonGroup g : units.readyMadeGroups()) {
            out.add(new GroupChoice(g.name(), Optional.of(g), false));
        }
        groups.setAll(out);
    }

    /** Shows the group saved as the kommune's choice in the workspace, else the default. */
    private void selectChosenGroup() {
        Workspace ws = main.workspaceProperty().get();
        if (ws == null || kommune.get() == null || groups.isEmpty()) {
            return;
        }
        Optional<ComparisonGroup> chosen = new ComparisonGroups(ws, reference).chosenFor(kommune.get().code());
        boolean was = updating;
        updating = true;
        try {
            group.set(chosen.flatMap(g -> groups.stream().filter(c -> c.group().map(g::equals).orElse(false)).findFirst())
                    .orElse(groups.get(0)));
        } finally {
            updating = was;
        }
    }

    private void rememberGroupChoice(GroupChoice choice) {
        Workspace ws = main.workspaceProperty().get();
        if (ws == null || kommune.get() == null || choice == null) {
            return;
        }
        ComparisonGroups store = new ComparisonGroups(ws, reference);
        if (choice.group().isPresent() && !choice.saved()) {
            // A ready-made group becomes a saved one so it can be the kommune's remembered choice.
            if (store.find(choice.label()).isEmpty()) {
                store.create(choice.group().get());
            }
        }
        store.choose(kommune.get().code(), choice.group().map(ComparisonGroup::name));
    }

    /**
     * Saves a group the user picked and makes it the kommune's comparison group. The store is written
     * in the background; the choice shows when that is done, and the pattern is then decided anew
     * with the new group among the units (a background computation of its own).
     */
    public void saveGroup(String name, List<Integer> members) {
        Workspace ws = main.workspaceProperty().get();
        Kommune k = kommune.get();
        if (ws == null) {
            return;
        }
        main.tasks().work(i18n.text("task.saveGroup"), (progress, cancel) -> {
            ComparisonGroup g = new ComparisonGroup(name, members); // checks the name and members
            ComparisonGroups store = new ComparisonGroups(ws, reference);
            if (store.find(g.name()).isPresent()) {
                store.update(g.name(), g);
            } else {
                store.create(g);
            }
            if (k != null) {
                store.choose(k.code(), Optional.of(g.name()));
            }
            return new Saved(g, store.list());
        }).onSuccess(saved -> groupSaved(ws, saved.group(), saved.all())).onError(e -> main.dialogs().showError(
                i18n.text("group.error.title"), main.userMessage(e), e)).start();
    }

    private void groupSaved(Workspace ws, ComparisonGroup g, List<ComparisonGroup> saved) {
        if (ws != main.workspaceProperty().get()) {
            return; // a workspace switched meanwhile; the group stays saved in its own
        }
        updating = true;
        try {
            fillGroups(saved);
            group.set(groups.stream().filter(c -> c.saved() && c.label().equals(g.name())).findFirst().orElse(groups.get(0)));
        } finally {
            updating = false;
        }
        refresh();
        recompute();
    }

    /** Re-slices the computed figures for the current selection; cheap, on the FX thread. */
    private void refresh() {
        if (updating) {
            return;
        }
        FigureResult r = result.get();
        Kommune k = kommune.get();
        LocalDate d = cutDate.get();
        if (r == null || r.isEmpty() || k == null || d == null) {
            selection.set(null);
            return;
        }
        long start = System.nanoTime();
        Optional<ComparisonGroup> chosen = group.get() == null ? Optional.empty() : group.get().group();
        List<ComparisonUnit> all = units.comparisonsFor(k.code(), chosen).stream().filter(u -> visible(u.level()))
                .collect(Collectors.toList());
        List<DisplaySeries> together = together(r, all);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (together.get(i) != null) {
                lines.add(new Line(all.get(i), together.get(i), catalogue()));
            }
        }
        selection.set(new Selection(r, k, d, lines, discretion.get()));
        LOG.fine(() -> "Udvalg opdateret på " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /**
     * The lines' cells from the workspace's one pattern, so a unit shown beside a unit inside it
     * gives nothing away that any other output would not. A group saved a moment ago waits for the
     * pattern decided with it (its recomputation is under way) and is left out until then.
     */
    private List<DisplaySeries> together(FigureResult r, List<ComparisonUnit> shownUnits) {
        List<DisplaySeries> out = new ArrayList<>();
        for (ComparisonUnit u : shownUnits) {
            out.add(published.covers(u.kommuner()) ? published.shown(u) : null);
        }
        return out;
    }

    private boolean visible(Level level) {
        switch (level) {
            case KOMMUNE:
                return true;
            case SAMMENLIGNINGSGRUPPE:
                return showGroup.get();
            case REGION:
                return showRegion.get();
            case SUNDHEDSKLYNGE:
                return showKlynge.get();
            case LAND:
                return showLand.get();
            default:
                return false; // DST's kommunegruppe is offered as a comparison group instead
        }
    }

    /** The workspace's one suppression pattern behind the current selection; null before the first computation. */
    public PublishedFigures published() {
        return published;
    }

    /** Any unit's cells in the workspace's one pattern (Alle kommuner uses it). */
    public DisplaySeries shownFor(ComparisonUnit u) {
        return published.shown(u);
    }

    public ComparisonUnits units() {
        return units;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** The figure catalogue under the workspace's settings: titles (NT12.1's follows its setting), units, decimals. */
    public FigureCatalogue catalogue() {
        return FigureCatalogue.of(reference, settings.get());
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyObjectProperty<FigureResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Discretion> discretionProperty() {
        return discretion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why there is nothing to show (no workspace, no data, a failure); empty when figures are shown. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ObservableList<Kommune> kommuner() {
        return kommuner;
    }

    public ObjectProperty<Kommune> kommuneProperty() {
        return kommune;
    }

    public ObservableList<GroupChoice> groups() {
        return groups;
    }

    public ObjectProperty<GroupChoice> groupProperty() {
        return group;
    }

    public ObservableList<LocalDate> cutDates() {
        return cutDates;
    }

    public ObjectProperty<LocalDate> cutDateProperty() {
        return cutDate;
    }

    public BooleanProperty showGroupProperty() {
        return showGroup;
    }

    public BooleanProperty showRegionProperty() {
        return showRegion;
    }

    public BooleanProperty showKlyngeProperty() {
        return showKlynge;
    }

    public BooleanProperty showLandProperty() {
        return showLand;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public MainViewModel main() {
        return main;
    }

    private record Saved(ComparisonGroup group, List<ComparisonGroup> all) {
    }

    private record Computed(Workspace workspace, FigureResult result, WorkspaceSettings settings,
            List<ComparisonGroup> saved, PublishedFigures published) {
    }
}
