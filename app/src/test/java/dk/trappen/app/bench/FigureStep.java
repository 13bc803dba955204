package dk.trappen.app.bench;

import dk.trappen.core.figures.FigureService;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.util.Locale;

/**
 * All key figures NT1–NT20.6 for all kommuner and cut dates of a workspace: the first cold run in a
 * fresh JVM, then cold runs (new service, the copy kept in the workspace cleared) after a warm-up,
 * cached runs (same service) and new sessions (the copy kept in the workspace). Leaves the figures
 * kept in the workspace, as a user's session would. {@code FigureStep WORKSPACE [RUNS]}.
 */
public final class FigureStep {

    private FigureStep() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ReferenceData ref = Bench.reference();
        try (Workspace ws = Workspace.open(dir)) {
            Bench.resetPeaks();
            long t = System.nanoTime();
            cold(ws, ref);
            double first = Bench.millisSince(t);
            Bench.Spread cold = Bench.time(1, runs, () -> cold(ws, ref));
            long peak = Bench.peakHeapMb();
            FigureService service = new FigureService(ref);
            service.compute(ws);
            Bench.Spread cached = Bench.time(1, runs * 3, () -> service.compute(ws));
            Bench.Spread session = Bench.time(1, runs, () -> new FigureService(ref).compute(ws));
            Bench.emit("figures.first", String.format(Locale.ROOT, "%.0f", first));
            Bench.emit("figures.cold", cold.text(), peak);
            Bench.emit("figures.cached", cached.text());
            Bench.emit("figures.session", session.text());
        }
    }

    private static Object cold(Workspace ws, ReferenceData ref) {
        FigureService service = new FigureService(ref);
        service.clearCache(ws);
        return service.compute(ws);
    }
}
