package dk.trappen.app.ui.analysis;

import dk.trappen.app.AppContext;
import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.common.BackgroundTasks;
import dk.trappen.app.ui.common.FakeDialogService;
import dk.trappen.app.ui.main.MainViewModel;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.reference.Kommune;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The analysis view model on a copy of the imported sample, without any FX toolkit: background work
 * is queued and run by {@link #runWork} on the test's thread, so a test sees what waits for it.
 */
final class OpenSample implements AutoCloseable {

    static final int AARHUS = 751;
    static final int BORNHOLM = 400;
    static final LocalDate LATEST = LocalDate.of(2025, 12, 31);

    private static PublishedFigures withoutGroups;

    final FakeDialogService dialogs = new FakeDialogService();
    final I18n i18n = new I18n(Locale.forLanguageTag("da"));
    final MainViewModel main;
    final AnalysisViewModel vm;
    private final Deque<Runnable> work = new ArrayDeque<>();

    OpenSample(Path tmp) {
        Path ws = SampleWorkspace.copyInto(tmp.resolve("ws"));
        AppContext ctx = TestContexts.inFolder(tmp);
        ctx.preferences().setLastWorkspace(ws);
        ctx.preferences().setLastKommune(AARHUS);
        BackgroundTasks tasks = new BackgroundTasks(work::add, Runnable::run, e -> dialogs.errors.add("uventet: " + e));
        main = new MainViewModel(ctx, i18n, dialogs, tasks);
        vm = new AnalysisViewModel(ctx, main, i18n);
        main.openInitialWorkspace();
        runWork();
    }

    /** Runs the queued background work, and what it queues in turn, until none is left. */
    void runWork() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    int queuedWork() {
        return work.size();
    }

    Selection selection() {
        return vm.selectionProperty().get();
    }

    void choose(int kommune) {
        vm.kommuneProperty().set(kommune(kommune));
        runWork();
    }

    static Kommune kommune(int code) {
        return TestContexts.reference().kommune(code).orElseThrow();
    }

    /** The pattern every output reads, decided from core's own figures with these saved groups. */
    static PublishedFigures published(List<ComparisonGroup> saved) {
        return PublishedFigures.decide(TestContexts.reference(), SampleWorkspace.result(),
                Discretion.of(SampleWorkspace.settings()), saved);
    }

    /** The pattern without saved groups; decided once, as it is costly. */
    static synchronized PublishedFigures published() {
        if (withoutGroups == null) {
            withoutGroups = published(List.of());
        }
        return withoutGroups;
    }

    @Override
    public void close() {
        main.close();
    }
}
